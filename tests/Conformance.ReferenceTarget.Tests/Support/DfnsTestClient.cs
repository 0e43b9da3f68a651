using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>Plain HttpClient calls against the Dfns half, with the user action flow done by hand.</summary>
/// <remarks>With <c>legacyHeaders</c> false (the current API) no X-DFNS-NONCE is sent unless a call names one; the app id follows the profile (none for the current API).</remarks>
internal sealed class DfnsTestClient(HttpClient http, TestProfile profile, TimeProvider time, bool legacyHeaders = true)
{
    public const string CurrentUsersActivate = "/auth/users/{0}/activate";
    public const string CurrentUsersDeactivate = "/auth/users/{0}/deactivate";

    public const string ActivatePath = "/auth/credentials/activate";
    public const string DeactivatePath = "/auth/credentials/deactivate";
    public const string UsersActivatePath = "/auth/manage/users/activate";
    public const string UsersDeactivatePath = "/auth/manage/users/deactivate";

    public TestProfile Profile => profile;

    public string FreshNonce() => TestNonce.Create(time.GetUtcNow());

    public HttpRequestMessage Build(DfnsCall call)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
        var bearer = call.Bearer ?? profile.DfnsIdentities[call.Identity].Token;
        if (bearer.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        }

        var appId = call.AppId ?? profile.AppId;
        if (appId.Length > 0)
        {
            request.Headers.Add("X-DFNS-APPID", appId);
        }

        var nonce = call.Nonce ?? (legacyHeaders ? FreshNonce() : "");
        if (nonce.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("X-DFNS-NONCE", nonce);
        }

        if (call.UserAction is not null)
        {
            request.Headers.TryAddWithoutValidation("X-DFNS-USERACTION", call.UserAction);
        }

        foreach (var (name, value) in call.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (call.Body is not null)
        {
            request.Content = new StringContent(call.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(call.ContentType);
        }

        return request;
    }

    public async Task<Reply> SendAsync(DfnsCall call) => await Reply.ReadAsync(await http.SendAsync(Build(call)));

    /// <summary>POST /auth/action/init for the binding; returns the challenge response.</summary>
    public Task<Reply> InitAsync(string identity, string method, string path, string payload) =>
        SendAsync(new DfnsCall("POST", "/auth/action/init", Json(new JsonObject
        {
            ["userActionHttpMethod"] = method,
            ["userActionHttpPath"] = path,
            ["userActionPayload"] = payload,
            ["userActionServerKind"] = "Api",
        })) { Identity = identity });

    /// <summary>The clientData of D17, signed with the identity's key, posted to /auth/action.</summary>
    public Task<Reply> CompleteAsync(string identity, JsonElement challenge, Func<byte[], byte[]>? tamper = null)
    {
        var key = profile.DfnsIdentities[identity];
        var clientData = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["type"] = "key.get",
            ["challenge"] = challenge.GetProperty("challenge").GetString(),
        }.ToJsonString());
        var signature = TestSigner.Sign(key.Algorithm, key.PrivateKeyPem, clientData);
        signature = tamper?.Invoke(signature) ?? signature;
        return SendAsync(new DfnsCall("POST", "/auth/action", Json(new JsonObject
        {
            ["challengeIdentifier"] = challenge.GetProperty("challengeIdentifier").GetString(),
            ["firstFactor"] = new JsonObject
            {
                ["kind"] = "Key",
                ["credentialAssertion"] = new JsonObject
                {
                    ["credId"] = key.CredentialId,
                    ["clientData"] = TestNonce.Base64Url(clientData),
                    ["signature"] = TestNonce.Base64Url(signature),
                },
            },
        })) { Identity = identity });
    }

    /// <summary>init → sign → complete; returns the one-time X-DFNS-USERACTION token.</summary>
    public async Task<string> UserActionAsync(string method, string path, string payload, string identity = "privileged")
    {
        var init = await InitAsync(identity, method, path, payload);
        Assert.That(init.Code, Is.EqualTo(200), init.ToString());
        var complete = await CompleteAsync(identity, init.Json);
        Assert.That(complete.Code, Is.EqualTo(200), complete.ToString());
        return complete.Json.GetProperty("userAction").GetString()!;
    }

    /// <summary>A fully signed PUT on one of the activation paths; a null body sends none (the current user paths).</summary>
    public async Task<Reply> SignedPutAsync(string path, string? body, string identity = "privileged", string? nonce = null)
    {
        var token = await UserActionAsync("PUT", path, body ?? "", identity);
        return await SendAsync(new DfnsCall("PUT", path, body) { Identity = identity, UserAction = token, Nonce = nonce });
    }

    public Task<Reply> SetCredentialAsync(string credentialUuid, bool activate, string identity = "privileged") =>
        SignedPutAsync(activate ? ActivatePath : DeactivatePath, CredentialBody(credentialUuid), identity);

    public Task<Reply> SetUserAsync(string userId, bool activate, string identity = "privileged") =>
        SignedPutAsync(activate ? UsersActivatePath : UsersDeactivatePath, UserBody(userId), identity);

    /// <summary>The probe: isActive of one of the privileged user's credentials via GET /auth/credentials.</summary>
    public async Task<bool> CredentialActiveAsync(string credentialUuid)
    {
        var reply = await SendAsync(new DfnsCall("GET", "/auth/credentials"));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        return reply.Json.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("credentialUuid").GetString() == credentialUuid)
            .GetProperty("isActive").GetBoolean();
    }

    public async Task<Dictionary<string, bool>> CredentialStatesAsync()
    {
        var reply = await SendAsync(new DfnsCall("GET", "/auth/credentials"));
        return reply.Json.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("credentialUuid").GetString()!, i => i.GetProperty("isActive").GetBoolean());
    }

    public async Task<bool> UserActiveAsync(string userId)
    {
        var reply = await SendAsync(new DfnsCall("GET", $"/auth/users/{userId}"));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        return reply.Json.GetProperty("isActive").GetBoolean();
    }

    public static string CredentialBody(string credentialUuid) => Json(new JsonObject { ["credentialUuid"] = credentialUuid });

    public static string UserBody(string userId) => Json(new JsonObject { ["userId"] = userId });

    public static string Json(JsonNode node) => node.ToJsonString(new JsonSerializerOptions());
}
