using Conformance.Http;

namespace Conformance.Auth;

/// <summary>
/// The request with its credentials applied, the exchanges it took to get them (user-action
/// signing, token requests), and the one-time values used — so a scenario can replay them.
/// <see cref="SkipReason"/> is set when the profile lacks what the plan needs.
/// </summary>
public sealed record AuthorizedRequest(
    OutgoingRequest Request,
    IReadOnlyList<Exchange> SetupExchanges,
    string? Nonce,
    string? UserActionToken,
    string? SkipReason,
    string? SetupFailure = null)
{
    public static AuthorizedRequest Skipped(OutgoingRequest request, string reason) => new(request, [], null, null, reason);
}
