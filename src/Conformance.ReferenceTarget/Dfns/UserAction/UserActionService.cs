using System.Security.Cryptography;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Crypto;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Hosting;

namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>
/// User action signing (dfns-facts §2): init issues a challenge bound to method, path and payload;
/// complete verifies the signed clientData and returns a one-time token; the state-changing call
/// then presents the token for exactly that method, path and payload.
/// </summary>
internal sealed class UserActionService(DfnsDirectory directory, TimeProvider time, ActiveFaults faults, ActiveReadings? readings = null)
{
    private readonly ActiveReadings _readings = readings ?? ActiveReadings.None;

    private BindingMode Mode =>
        _readings.Has(Readings.DfnsUserActionTextBinding) ? BindingMode.ActionText
        : _readings.Has(Readings.DfnsUserActionParsedPayload) ? BindingMode.ParsedPayload
        : BindingMode.Exact;

    // Undocumented lifetimes; long enough for any scenario, short enough to keep the tables small.
    private readonly ExpiringTable<PendingChallenge> _challenges = new(time, TimeSpan.FromMinutes(5));
    private readonly ExpiringTable<IssuedUserAction> _tokens = new(time, TimeSpan.FromMinutes(15));

    public PendingChallenge Init(DfnsUser caller, UserActionBinding binding, out string challengeIdentifier)
    {
        challengeIdentifier = RandomIds.Secret();
        var pending = new PendingChallenge(caller.UserId, Base64Url.Encode(RandomNumberGenerator.GetBytes(32)), binding);
        _challenges.Add(challengeIdentifier, pending);
        return pending;
    }

    /// <summary>Returns the token, or null with the HTTP status and Dfns message to answer.</summary>
    public string? Complete(DfnsUser caller, string challengeIdentifier, KeyAssertion assertion, out int status, out string message)
    {
        status = 200;
        message = "";
        var pending = _challenges.Take(challengeIdentifier);
        if (pending is null || pending.UserId != caller.UserId)
        {
            (status, message) = (400, DfnsMessages.ChallengeInvalid);
            return null;
        }

        var credential = directory.FindCredential(caller.CredentialUuid);
        bool usable;
        lock (directory.Sync)
        {
            // D17-alt-a names the key by its credentialUuid; D17-alt-b verifies ECDSA P-256 only.
            var expectedId = _readings.Has(Readings.DfnsCredIdIsUuid) ? credential?.CredentialUuid : credential?.CredentialId;
            usable = credential is { Verifier: not null, IsActive: true } && expectedId == assertion.CredId
                && (!_readings.Has(Readings.DfnsP256Only) || credential.Verifier is EcdsaP256Verifier);
        }

        if (!usable
            || !ClientDataCheck.TryDecode(assertion.ClientData, pending.Challenge, out var clientData)
            || !Base64Url.TryDecode(assertion.Signature, out var signature)
            || !credential!.Verifier!.Verify(clientData, signature))
        {
            (status, message) = (401, DfnsMessages.NotAuthorized);
            return null;
        }

        var token = RandomIds.Secret();
        _tokens.Add(token, new IssuedUserAction(caller.UserId, pending.Binding));
        return token;
    }

    /// <summary>The check of a state-changing request's X-DFNS-USERACTION (DECISIONS D13).</summary>
    /// <remarks><c>lenient</c>: what a fault of the caller's API lets through (the legacy API's faults are read here).</remarks>
    public UserActionVerdict Check(string? header, DfnsUser caller, string operationId, string method, string path, string body, UserActionLeniency? lenient = null)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", operationId);
        lenient ??= UserActionLeniency.None;

        if (string.IsNullOrEmpty(header))
        {
            return On(FaultNames.DfnsUserActionMissingAccepted) || lenient.AcceptMissing ? UserActionVerdict.Accepted : UserActionVerdict.MissingOrInvalid;
        }

        var issued = _tokens.Find(header);
        if (issued is null || issued.UserId != caller.UserId)
        {
            return On(FaultNames.DfnsUserActionForgedAccepted) || lenient.AcceptForged ? UserActionVerdict.Accepted : UserActionVerdict.MissingOrInvalid;
        }

        if (!issued.Binding.Matches(method, path, body, Mode) && !On(FaultNames.DfnsUserActionMismatchAccepted) && !lenient.IgnoreBinding)
        {
            // A mismatched token is refused without being spent, so it stays usable for its own request.
            return UserActionVerdict.MissingOrInvalid;
        }

        return issued.TryUse() || On(FaultNames.DfnsUserActionReusable) || lenient.Reusable ? UserActionVerdict.Accepted : UserActionVerdict.AlreadyUsed;
    }
}
