using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Endpoints;

/// <summary>POST /auth/action/init and POST /auth/action (dfns-facts §2.1, §2.3).</summary>
internal sealed class UserActionEndpoints(DfnsGate gate, UserActionService userActions, DfnsDirectory directory, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    private bool AnyMediaType => readings.Has(Readings.DfnsAnyContentType);

    private static readonly string[] InitFields = ["userActionHttpMethod", "userActionHttpPath", "userActionPayload", "userActionServerKind"];

    public async Task<IResult> InitAsync(HttpContext http)
    {
        var op = DfnsOperations.ActionInit;
        var admission = await gate.AdmitAsync(http, op);
        if (admission.Caller is null)
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        if (!JsonBody.TryParseObject(http.Request.ContentType, body, out var root, AnyMediaType)
            || (!JsonBody.OnlyHas(root, InitFields) && !readings.Has(Readings.DfnsExtraPropertiesIgnored))
            || JsonBody.StringProperty(root, "userActionHttpMethod") is not { Length: > 0 } method
            || JsonBody.StringProperty(root, "userActionHttpPath") is not { Length: > 0 } path
            || JsonBody.StringProperty(root, "userActionPayload") is not { } payload
            || !IsServerKind(root))
        {
            return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        // A payload outside ASCII reaches only generated requests: the fixed scenarios sign JSON bodies of ids.
        if (faults.Applies(FaultNames.DfnsFuzzPayloadCrash, "dfns", op.Id) && payload.Any(c => c > '\u007f'))
        {
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "Internal Server Error" } }, statusCode: 500);
        }

        var pending = userActions.Init(admission.Caller, new UserActionBinding(method, path, payload), out var identifier);
        return DfnsReplies.Json(200, ChallengeBody(admission.Caller, pending, identifier));
    }

    public async Task<IResult> CompleteAsync(HttpContext http)
    {
        var op = DfnsOperations.ActionComplete;
        var admission = await gate.AdmitAsync(http, op);
        if (admission.Caller is null)
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        if (!JsonBody.TryParseObject(http.Request.ContentType, body, out var root, AnyMediaType)
            || !TryReadKeyAssertion(root, readings.Has(Readings.DfnsExtraPropertiesIgnored), out var challengeIdentifier, out var assertion))
        {
            return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        var token = userActions.Complete(admission.Caller, challengeIdentifier, assertion, out var status, out var message);
        return token is null
            ? replies.Error(op, status, message)
            : DfnsReplies.Json(200, new JsonObject { ["userAction"] = token });
    }

    private static bool IsServerKind(JsonElement root) =>
        !root.TryGetProperty("userActionServerKind", out var kind)
        || (kind.ValueKind == JsonValueKind.String && kind.GetString() is "Api" or "Staff");

    private static bool TryReadKeyAssertion(JsonElement root, bool extraIgnored, out string challengeIdentifier, out KeyAssertion assertion)
    {
        challengeIdentifier = JsonBody.StringProperty(root, "challengeIdentifier") ?? "";
        assertion = new KeyAssertion("", "", "");
        if (challengeIdentifier.Length == 0
            || (!extraIgnored && !JsonBody.OnlyHas(root, "challengeIdentifier", "firstFactor", "secondFactor"))
            || !root.TryGetProperty("firstFactor", out var factor) || factor.ValueKind != JsonValueKind.Object
            || JsonBody.StringProperty(factor, "kind") != "Key"
            || !factor.TryGetProperty("credentialAssertion", out var a) || a.ValueKind != JsonValueKind.Object
            || (!extraIgnored && !JsonBody.OnlyHas(a, "credId", "clientData", "signature", "algorithm")))
        {
            return false;
        }

        var credId = JsonBody.StringProperty(a, "credId");
        var clientData = JsonBody.StringProperty(a, "clientData");
        var signature = JsonBody.StringProperty(a, "signature");
        if (string.IsNullOrEmpty(credId) || string.IsNullOrEmpty(clientData) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        assertion = new KeyAssertion(credId, clientData, signature);
        return true;
    }

    private JsonObject ChallengeBody(DfnsUser caller, PendingChallenge pending, string identifier)
    {
        var keys = new JsonArray();
        var signing = directory.FindCredential(caller.CredentialUuid);
        lock (directory.Sync)
        {
            if (signing is { IsActive: true })
            {
                // D17-alt-a: the server names the key by its credentialUuid.
                var id = readings.Has(Readings.DfnsCredIdIsUuid) ? signing.CredentialUuid : signing.CredentialId;
                keys.Add(new JsonObject { ["type"] = "public-key", ["id"] = id });
            }
        }

        return new JsonObject
        {
            ["challenge"] = pending.Challenge,
            ["challengeIdentifier"] = identifier,
            ["supportedCredentialKinds"] = new JsonArray(
                new JsonObject { ["kind"] = "Key", ["factor"] = "first", ["requiresSecondFactor"] = false }),
            ["userVerification"] = "required",
            ["attestation"] = "direct",
            ["allowCredentials"] = new JsonObject { ["key"] = keys, ["webauthn"] = new JsonArray() },
            ["externalAuthenticationUrl"] = "",
        };
    }
}
