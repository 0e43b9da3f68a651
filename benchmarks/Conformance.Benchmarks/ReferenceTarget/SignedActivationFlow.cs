using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget;

namespace Conformance.Benchmarks.ReferenceTarget;

/// <summary>
/// The full Dfns signed activation as a client does it: POST /auth/action/init → sign clientData
/// with the privileged ECDSA P-256 key → POST /auth/action → PUT /auth/credentials/activate.
/// Everything it needs comes from the target's generated profile.
/// </summary>
internal sealed class SignedActivationFlow : IDisposable
{
    private const string ActivatePath = "/auth/credentials/activate";
    private readonly HttpClient _http;
    private readonly ECDsa _key;
    private readonly string _token;
    private readonly string _appId;
    private readonly string _credId;
    private readonly string _body;

    public SignedActivationFlow(RunningReferenceTarget target)
    {
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = target.BaseUrl };
        using var profile = JsonDocument.Parse(target.ProfileYaml);
        var dfns = profile.RootElement.GetProperty("vendors").GetProperty("dfns");
        var privileged = dfns.GetProperty("identities").GetProperty("privileged");
        _token = privileged.GetProperty("token").GetString()!;
        _appId = dfns.GetProperty("settings").GetProperty("appId").GetString()!;
        _credId = privileged.GetProperty("signingKey").GetProperty("credentialId").GetString()!;
        _key = ECDsa.Create();
        _key.ImportFromPem(privileged.GetProperty("signingKey").GetProperty("privateKeyPem").GetString());
        var credential = dfns.GetProperty("fixtures").GetProperty("credential")[0].GetProperty("id").GetString();
        _body = new JsonObject { ["credentialUuid"] = credential }.ToJsonString();
    }

    /// <summary>One activation; throws unless every step answers 200.</summary>
    public async Task ActivateAsync()
    {
        var init = await PostAsync("/auth/action/init", new JsonObject
        {
            ["userActionHttpMethod"] = "PUT",
            ["userActionHttpPath"] = ActivatePath,
            ["userActionPayload"] = _body,
        });
        var clientData = Encoding.UTF8.GetBytes(new JsonObject { ["type"] = "key.get", ["challenge"] = init.GetProperty("challenge").GetString() }.ToJsonString());
        var signature = _key.SignData(clientData, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        var complete = await PostAsync("/auth/action", new JsonObject
        {
            ["challengeIdentifier"] = init.GetProperty("challengeIdentifier").GetString(),
            ["firstFactor"] = new JsonObject
            {
                ["kind"] = "Key",
                ["credentialAssertion"] = new JsonObject
                {
                    ["credId"] = _credId,
                    ["clientData"] = Base64Url(clientData),
                    ["signature"] = Base64Url(signature),
                },
            },
        });
        using var request = Request(HttpMethod.Put, ActivatePath, _body);
        request.Headers.Add("X-DFNS-USERACTION", complete.GetProperty("userAction").GetString());
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
    }

    private async Task<JsonElement> PostAsync(string path, JsonObject body)
    {
        using var request = Request(HttpMethod.Post, path, body.ToJsonString());
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private HttpRequestMessage Request(HttpMethod method, string path, string body)
    {
        var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        request.Headers.Add("X-DFNS-APPID", _appId);
        var nonce = new JsonObject
        {
            ["uuid"] = Guid.NewGuid().ToString(),
            ["date"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        request.Headers.Add("X-DFNS-NONCE", Base64Url(Encoding.UTF8.GetBytes(nonce.ToJsonString())));
        return request;
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
