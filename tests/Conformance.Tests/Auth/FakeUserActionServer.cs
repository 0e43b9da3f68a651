using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Tests.Http;

namespace Conformance.Tests.Auth;

/// <summary>
/// A fake of Dfns user action signing (dfns-facts §2): <c>POST /auth/action/init</c> hands out a
/// challenge for a binding; <c>POST /auth/action</c> checks clientData and verifies the signature
/// with the public key, then issues a token. Both require bearer, app id and a nonce.
/// </summary>
internal sealed class FakeUserActionServer : IAsyncDisposable
{
    private readonly Func<byte[], byte[], bool> verify;
    private readonly ConcurrentDictionary<string, string> challenges = new();

    public FakeUserActionServer(Func<byte[], byte[], bool> verify)
    {
        this.verify = verify;
        Server = LoopbackServer.Start(Handle);
    }

    public LoopbackServer Server { get; }

    public int? CompleteStatusOverride { get; set; }

    public string[] AllowedCredentials { get; set; } = [TestKeys.CredentialId];

    public ConcurrentQueue<JsonObject> InitBodies { get; } = new();

    public ConcurrentQueue<string> Issued { get; } = new();

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private async Task Handle(ReceivedRequest request, HttpListenerResponse response)
    {
        if (request.Header("Authorization") != "Bearer " + AuthTestSpec.Token
            || request.Header("X-DFNS-APPID") != AuthTestSpec.AppId
            || string.IsNullOrEmpty(request.Header("X-DFNS-NONCE"))
            || request.Header("X-DFNS-USERACTION") is not null)
        {
            await LoopbackServer.Write(response, 401, "{\"error\":{\"message\":\"Not Authorized.\"}}");
            return;
        }

        var body = JsonNode.Parse(request.Body)!.AsObject();
        switch (request.Method, request.Path)
        {
            case ("POST", "/auth/action/init"):
                InitBodies.Enqueue(body);
                var challenge = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
                var identifier = "ci-" + Guid.NewGuid().ToString("N");
                challenges[identifier] = challenge;
                var allow = new JsonArray(AllowedCredentials.Select(id => (JsonNode)new JsonObject { ["type"] = "public-key", ["id"] = id }).ToArray());
                var answer = new JsonObject
                {
                    ["challenge"] = challenge,
                    ["challengeIdentifier"] = identifier,
                    ["allowCredentials"] = new JsonObject { ["key"] = allow, ["webauthn"] = new JsonArray() },
                };
                await LoopbackServer.Write(response, 200, answer.ToJsonString());
                return;
            case ("POST", "/auth/action"):
                await Complete(body, response);
                return;
            default:
                await LoopbackServer.Write(response, 404, "{}");
                return;
        }
    }

    private async Task Complete(JsonObject body, HttpListenerResponse response)
    {
        if (CompleteStatusOverride is { } status)
        {
            await LoopbackServer.Write(response, status, "{\"error\":{\"message\":\"forced\"}}");
            return;
        }

        var assertion = body["firstFactor"]!["credentialAssertion"]!;
        var clientDataBytes = Base64Url.DecodeFromChars(assertion["clientData"]!.GetValue<string>());
        var clientData = JsonNode.Parse(Encoding.UTF8.GetString(clientDataBytes))!;
        var signature = Base64Url.DecodeFromChars(assertion["signature"]!.GetValue<string>());
        var valid = body["firstFactor"]!["kind"]!.GetValue<string>() == "Key"
            && challenges.TryRemove(body["challengeIdentifier"]!.GetValue<string>(), out var expected)
            && clientData["type"]!.GetValue<string>() == "key.get"
            && clientData["challenge"]!.GetValue<string>() == expected
            && assertion["credId"]!.GetValue<string>() == TestKeys.CredentialId
            && verify(clientDataBytes, signature);
        if (!valid)
        {
            await LoopbackServer.Write(response, 400, "{\"error\":{\"message\":\"Challenge token is not valid.\"}}");
            return;
        }

        var token = "ua-" + Guid.NewGuid().ToString("N");
        Issued.Enqueue(token);
        await LoopbackServer.Write(response, 200, new JsonObject { ["userAction"] = token }.ToJsonString());
    }
}
