using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Auth;

/// <summary>
/// Obtains a one-time user action token (dfns-facts §2, D7, D17): asks the init operation for a
/// challenge bound to method, path and payload; signs clientData <c>{"type":"key.get","challenge":…}</c>
/// with the identity's key; sends the assertion to the complete operation, which answers the
/// token. Both calls are authorized with their own operation's security (bearer, app id, a fresh
/// nonce) and recorded as setup exchanges.
/// </summary>
internal sealed class UserActionSigner(
    ApiDocument document,
    IHttpTransport transport,
    SecretRegistry secrets,
    Func<ApiOperation, OutgoingRequest, string, CancellationToken, Task<AuthorizedRequest>> authorizeSetup)
{
    public const string InitLabel = "setup: user action init";
    public const string CompleteLabel = "setup: user action complete";

    public async Task<UserActionResult> SignAsync(UserActionRules rules, UserActionBinding binding, string identity, SigningKey key, CancellationToken cancellationToken)
    {
        var setup = new List<Exchange>();
        var init = await CallAsync(rules.InitOperation, "init", InitBody(binding), InitLabel, identity, setup, cancellationToken);
        if (init.Result is not null) return init.Result;

        var challenge = Text((init.Json as JsonObject)?["challenge"]);
        var challengeIdentifier = Text((init.Json as JsonObject)?["challengeIdentifier"]);
        if (challenge is null || challengeIdentifier is null)
        {
            return Failed(setup, $"{init.Operation!.Label} answered {init.Status} without challenge and challengeIdentifier");
        }

        // As the SDK signers: the credential must be one the challenge allows (allowCredentials.key[].id).
        var allowed = (((init.Json as JsonObject)?["allowCredentials"] as JsonObject)?["key"] as JsonArray)?.Select(k => Text((k as JsonObject)?["id"])).OfType<string>().ToList();
        if (allowed is { Count: > 0 } && !allowed.Contains(key.CredentialId))
        {
            return Failed(setup, $"credential '{key.CredentialId}' of identity '{identity}' is not in the challenge's allowCredentials.key");
        }

        var clientData = Encoding.UTF8.GetBytes(new JsonObject { ["type"] = "key.get", ["challenge"] = challenge }.ToJsonString());
        byte[] signature;
        try
        {
            signature = ChallengeSigner.Sign(key, clientData);
        }
        catch (CryptographicException e)
        {
            return Failed(setup, $"cannot sign with the signingKey of identity '{identity}' ({key.Algorithm}): {e.Message}");
        }

        var completeBody = new JsonObject
        {
            ["challengeIdentifier"] = challengeIdentifier,
            ["firstFactor"] = new JsonObject
            {
                ["kind"] = "Key",
                ["credentialAssertion"] = new JsonObject
                {
                    ["credId"] = key.CredentialId,
                    ["clientData"] = Base64Url.EncodeToString(clientData),
                    ["signature"] = Base64Url.EncodeToString(signature),
                },
            },
        };
        var complete = await CallAsync(rules.CompleteOperation, "complete", completeBody, CompleteLabel, identity, setup, cancellationToken);
        if (complete.Result is not null) return complete.Result;

        if (Text((complete.Json as JsonObject)?["userAction"]) is not { } token)
        {
            return Failed(setup, $"{complete.Operation!.Label} answered {complete.Status} without userAction");
        }

        secrets.Add(token);
        return new UserActionResult(token, setup);
    }

    private static JsonObject InitBody(UserActionBinding binding) => new()
    {
        ["userActionHttpMethod"] = binding.Method,
        ["userActionHttpPath"] = binding.Path,
        ["userActionPayload"] = binding.Payload,
        ["userActionServerKind"] = "Api",
    };

    private async Task<Call> CallAsync(string operationId, string step, JsonObject body, string label, string identity, List<Exchange> setup, CancellationToken cancellationToken)
    {
        if (document.FindOperation(operationId) is not { } operation)
        {
            return new Call(null, null, 0, Failed(setup, $"the spec has no operation '{operationId}' (x-user-action.{step})"));
        }

        var request = OutgoingRequest.Create(operation.Method, operation.Path).WithBody(body.ToJsonString(), "application/json");
        if (step == "complete") request = request.IssuingSecretsIn("userAction");
        var authorized = await authorizeSetup(operation, request, identity, cancellationToken);
        setup.AddRange(authorized.SetupExchanges);
        if (authorized.SkipReason is not null) return new Call(operation, null, 0, new UserActionResult(null, setup, SkipReason: authorized.SkipReason));
        if (authorized.SetupFailure is not null) return new Call(operation, null, 0, new UserActionResult(null, setup, authorized.SetupFailure));

        var sent = await transport.SendAsync(authorized.Request, label, cancellationToken);
        setup.Add(sent.Recorded);
        if (sent.Recorded.TransportError is { } error) return new Call(operation, null, 0, Failed(setup, $"{operation.Label}: {error}"));
        var status = sent.Recorded.Status ?? 0;
        if (status is < 200 or > 299) return new Call(operation, null, status, Failed(setup, $"{operation.Label} answered {status}"));
        return new Call(operation, sent.RawJson, status, null);
    }

    private static UserActionResult Failed(List<Exchange> setup, string reason) => new(null, setup, "user action signing failed: " + reason);

    private static string? Text(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : null;

    private sealed record Call(ApiOperation? Operation, JsonNode? Json, int Status, UserActionResult? Result);
}
