using Conformance.ReferenceTarget.Dfns.Model;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// Result of the common checks: the caller, or the response that rejects the request.
/// <see cref="AnswerReplayAfterEffect"/> is set only by the fault dfns-nonce-replay-applied.
/// </summary>
internal sealed record DfnsAdmission(DfnsUser? Caller, IResult? Rejection, bool AnswerReplayAfterEffect = false);
