using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Dfns.Model;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// The effects of the activation operations. Idempotent as documented: "If the credential is
/// already activated no action is taken" (seed 000; users: seed 002; DECISIONS D18). Only the named
/// resource changes. Unknown ids answer 404 (D10).
/// </summary>
internal sealed class DfnsStateChanges(DfnsWorld world, DfnsReplies replies, ActiveFaults faults, ActiveReadings readings)
{
    /// <summary>D10 and its readings: 404, or 403 (D10-alt-a), or 200 "no action is taken" (D10-alt-b).</summary>
    private IResult Unknown(DfnsOperation op, string message) =>
        readings.Has(Readings.DfnsUnknownId403) ? replies.Error(op, 403, message)
        : readings.Has(Readings.DfnsUnknownId200) ? replies.Success(op)
        : replies.Error(op, 404, message);

    /// <summary>D18: a repeat is a 200 no-op; D18-alt words it otherwise.</summary>
    private IResult Unchanged(DfnsOperation op, string alternative) =>
        readings.Has(Readings.DfnsRepeatOtherMessage) ? replies.Success(op, alternative) : replies.Success(op);

    public IResult Credential(DfnsOperation op, string credentialUuid, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var credential = world.Directory.FindCredential(credentialUuid);
        if (credential is null)
        {
            // An empty id only gets here under dfns-schema-empty-id-accepted; both faults "accept" it.
            return On(FaultNames.DfnsUnknownCredentialOk) || On(FaultNames.DfnsSchemaEmptyIdAccepted)
                ? replies.Success(op)
                : Unknown(op, DfnsMessages.CredentialNotFound);
        }

        lock (world.Directory.Sync)
        {
            if (!activate)
            {
                var wasActive = credential.IsActive;
                credential.IsActive = On(FaultNames.DfnsDeactivateNoop) && credential.IsActive;
                return wasActive ? replies.Success(op) : Unchanged(op, "Credential is already inactive");
            }

            if (credential.IsActive && !On(FaultNames.DfnsReactivateError) && !On(FaultNames.DfnsReactivateToggles) && !On(FaultNames.DfnsActivateFlipsSibling))
            {
                return Unchanged(op, "Credential is already active");
            }

            if (credential.IsActive && On(FaultNames.DfnsReactivateError))
            {
                return replies.Error(op, 400, "Credential is already active");
            }

            credential.IsActive = !(credential.IsActive && On(FaultNames.DfnsReactivateToggles));
            if (On(FaultNames.DfnsActivateFlipsSibling))
            {
                var sibling = world.FixtureCredentials.FirstOrDefault(c => c != credential && c.OwnerUserId == credential.OwnerUserId);
                if (sibling is not null)
                {
                    sibling.IsActive = !sibling.IsActive;
                }
            }
        }

        return replies.Success(op);
    }

    public IResult User(DfnsOperation op, string userId, bool activate)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var user = world.Directory.FindUser(userId);
        if (user is null)
        {
            return Unknown(op, DfnsMessages.UserNotFound);
        }

        lock (world.Directory.Sync)
        {
            if (activate && user.IsActive && On(FaultNames.DfnsUsersReactivateError))
            {
                return replies.Error(op, 400, "User is already active");
            }

            var repeat = user.IsActive == activate;
            user.IsActive = activate || (On(FaultNames.DfnsUsersDeactivateNoop) && user.IsActive);
            if (repeat)
            {
                return Unchanged(op, activate ? "User is already active" : "User is already inactive");
            }
        }

        return replies.Success(op);
    }
}
