using Conformance.Http;

namespace Conformance.Auth;

/// <summary>A user action token, or why there is none, with the exchanges it took.</summary>
internal sealed record UserActionResult(string? Token, IReadOnlyList<Exchange> Setup, string? Failure = null, string? SkipReason = null);
