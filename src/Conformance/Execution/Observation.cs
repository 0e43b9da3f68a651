using Conformance.Http;

namespace Conformance.Execution;

/// <summary>
/// What reading (or changing) a fixture's state found: the state, the exchanges it took, and
/// why it could not be done when the profile lacks what it needs.
/// </summary>
internal sealed record Observation(string? State, IReadOnlyList<Exchange> Exchanges, string? SkipReason = null);
