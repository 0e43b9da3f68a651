namespace Conformance.Diff.Rules;

/// <summary>Rules on documented status codes.</summary>
internal static class ResponseRules
{
    // A client (and the suite's response/status-documented check) relying on that status now meets
    // an undocumented answer; for an error status, its handling is gone.
    public static readonly DiffRule StatusRemoved = new("response.status.removed", ChangeSeverity.Breaking);

    // A new documented error: clients already have to handle unexpected errors generically.
    public static readonly DiffRule StatusAdded = new("response.status.added", ChangeSeverity.Safe);

    // A new *success* status (e.g. 202 next to 200): clients that test for the one 2xx they knew
    // may treat a success as a failure. Not provably breaking, so risky.
    public static readonly DiffRule SuccessStatusAdded = new("response.success-status.added", ChangeSeverity.Risky);
}
