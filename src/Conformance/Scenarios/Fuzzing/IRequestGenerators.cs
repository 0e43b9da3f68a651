using Conformance.Spec;

namespace Conformance.Scenarios.Fuzzing;

/// <summary>
/// Maps what the suite knows of an operation's request schemas to property-based generators
/// (CsCheck <c>Gen</c>s that shrink): valid and invalid requests, and valid ones with broken
/// credentials. Pure: generating sends nothing.
/// </summary>
internal interface IRequestGenerators
{
    /// <summary>The generator of an operation's requests, or null with the reason it has none.</summary>
    /// <param name="refusalsOnly">For an operation that changes state: only requests it must refuse (invalid ones, broken credentials).</param>
    (FuzzModel? Model, string? Reason) For(ApiOperation operation, RequestTemplate valid, bool refusalsOnly);
}
