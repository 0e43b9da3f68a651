namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>Outcome of the X-DFNS-USERACTION check (DECISIONS D13).</summary>
internal enum UserActionVerdict
{
    Accepted,
    MissingOrInvalid,
    AlreadyUsed,
}
