using System.Text;
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

    // A record prints every member by default; this one holds a one-time token that must not
    // reach a log or an assertion message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Request = {Request}, Setup = {SetupExchanges.Count} exchanges, UserActionToken = {(UserActionToken is null ? "(none)" : "[REDACTED]")}, ");
        builder.Append($"SkipReason = {SkipReason}, SetupFailure = {SetupFailure}");
        return true;
    }
}
