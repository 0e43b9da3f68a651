using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Dfns.UserAction;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// POST /auth/action/init and POST /auth/action of the current API (bearer only). The challenge
/// carries every property the vendor's OpenAPI requires (challenge, challengeIdentifier,
/// supportedCredentialKinds, userVerification, attestation, allowCredentials,
/// externalAuthenticationUrl) and the optional rp.
/// </summary>
internal sealed class CurrentUserActionEndpoints(CurrentGate gate, UserActionService userActions, DfnsDirectory directory, DfnsReplies replies, ActiveFaults faults)
{
    private static readonly string[] InitFields = ["userActionHttpMethod", "userActionHttpPath", "userActionPayload", "userActionServerKind"];

    public async Task<IResult> InitAsync(HttpContext http)
    {
        var op = CurrentOperations.ActionInit;
        var admission = gate.Admit(http, op);
        if (admission.Caller is not { } caller)
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        if (!JsonBody.TryParseObject(http.Request.ContentType, body, out var root)
            || !JsonBody.OnlyHas(root, InitFields)
            || JsonBody.StringProperty(root, "userActionHttpMethod") is not { Length: > 0 } method
            || JsonBody.StringProperty(root, "userActionHttpPath") is not { Length: > 0 } path
            || JsonBody.StringProperty(root, "userActionPayload") is not { } payload
            || (root.TryGetProperty("userActionServerKind", out var kind) && (kind.ValueKind != JsonValueKind.String || kind.GetString() is not ("Api" or "Staff"))))
        {
            return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        var pending = userActions.Init(caller, new UserActionBinding(method, path, payload), out var identifier);
        return DfnsReplies.Json(200, Challenge(caller, pending, identifier, faults.Applies(FaultNames.DfnsCurrentChallengeLegacyShape, "dfns", op.Id)));
    }

    public async Task<IResult> CompleteAsync(HttpContext http)
    {
        var op = CurrentOperations.ActionComplete;
        var admission = gate.Admit(http, op);
        if (admission.Caller is not { } caller)
        {
            return admission.Rejection!;
        }

        var body = await JsonBody.ReadStringAsync(http.Request);
        if (!JsonBody.TryParseObject(http.Request.ContentType, body, out var root))
        {
            return replies.Error(op, 400, DfnsMessages.BodyInvalid);
        }

        switch (CurrentFactor.Read(root, out var challengeIdentifier, out var assertion))
        {
            case CurrentFactor.Outcome.Invalid:
                return replies.Error(op, 400, DfnsMessages.BodyInvalid);
            case CurrentFactor.Outcome.OtherKind:
                return replies.Error(op, 401, DfnsMessages.NotAuthorized);
        }

        var token = userActions.Complete(caller, challengeIdentifier, assertion, out var status, out var message);
        return token is null ? replies.Error(op, status, message) : DfnsReplies.Json(200, new JsonObject { ["userAction"] = token });
    }

    private JsonObject Challenge(DfnsUser caller, PendingChallenge pending, string identifier, bool legacyShape)
    {
        var keys = new JsonArray();
        var signing = directory.FindCredential(caller.CredentialUuid);
        lock (directory.Sync)
        {
            if (signing is { IsActive: true })
            {
                keys.Add(new JsonObject { ["type"] = "public-key", ["id"] = signing.CredentialId });
            }
        }

        var challenge = new JsonObject
        {
            ["challenge"] = pending.Challenge,
            ["challengeIdentifier"] = identifier,
            ["rp"] = new JsonObject { ["id"] = "conformance.invalid", ["name"] = "Conformance reference target" },
            ["supportedCredentialKinds"] = new JsonArray(
                new JsonObject { ["kind"] = "Key", ["factor"] = "first", ["requiresSecondFactor"] = false }),
            ["userVerification"] = "required",
            ["attestation"] = "direct",
            ["allowCredentials"] = new JsonObject { ["key"] = keys, ["passwordProtectedKey"] = new JsonArray(), ["webauthn"] = new JsonArray() },
            ["externalAuthenticationUrl"] = "",
        };
        if (legacyShape)
        {
            challenge.Remove("attestation");
            challenge.Remove("externalAuthenticationUrl");
        }

        return challenge;
    }
}
