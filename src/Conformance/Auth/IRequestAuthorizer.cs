using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Auth;

/// <summary>
/// Applies the operation's security requirement (its first alternative) to a request, with the
/// providers chosen by each scheme's <c>x-conformance-auth</c> kind.
/// </summary>
internal interface IRequestAuthorizer
{
    Task<AuthorizedRequest> AuthorizeAsync(ApiOperation operation, OutgoingRequest request, AuthPlan plan, CancellationToken cancellationToken);

    /// <summary>Forgets a cached token the target refused with 401, so the next request fetches a new one.</summary>
    bool InvalidateOnUnauthorized(Exchange exchange, AuthPlan plan);
}
