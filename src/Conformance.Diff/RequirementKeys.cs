namespace Conformance.Diff;

/// <summary>
/// The requirement keys (specs/README.md) whose scenarios each kind of change touches, so a
/// reviewer sees which verdicts may move and the engine knows what to re-run.
/// </summary>
internal static class RequirementKeys
{
    public static readonly IReadOnlyList<string> RequestSchema = ["schema/invalid-rejected", "positive/accepted"];
    public static readonly IReadOnlyList<string> ResponseSchema = ["response/schema-valid", "positive/accepted"];
    public static readonly IReadOnlyList<string> ErrorSchema = ["response/error-shape", "response/schema-valid"];
    public static readonly IReadOnlyList<string> Status = ["response/status-documented"];
    public static readonly IReadOnlyList<string> Auth = ["auth/missing-rejected", "auth/invalid-rejected"];

    public static readonly IReadOnlyList<string> Nonce =
    [
        "nonce/missing-rejected", "nonce/malformed-rejected", "nonce/stale-rejected",
        "nonce/replay-rejected", "nonce/replay-no-effect", "nonce/concurrent-replay-one-accepted",
    ];

    public static readonly IReadOnlyList<string> UserAction =
        ["user-action/missing-rejected", "user-action/forged-rejected", "user-action/reused-rejected", "user-action/mismatch-rejected"];

    public static readonly IReadOnlyList<string> Repeat = ["idempotent/repeat"];
    public static readonly IReadOnlyList<string> State = ["state/transition"];
    public static readonly IReadOnlyList<string> Resource = ["state/transition", "idempotent/repeat", "unknown-id/rejected"];
    public static readonly IReadOnlyList<string> UnknownId = ["unknown-id/rejected"];
    public static readonly IReadOnlyList<string> Envelope = ["envelope/invariants"];
    public static readonly IReadOnlyList<string> ErrorMessage = ["response/error-shape"];
}
