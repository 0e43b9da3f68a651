using Conformance.Http;

namespace Conformance.Auth;

/// <summary>The result of one provider: the request with its scheme applied, or why not.</summary>
internal sealed record AuthStep(
    OutgoingRequest Request,
    IReadOnlyList<Exchange> Setup,
    string? Nonce = null,
    string? UserActionToken = null,
    string? SkipReason = null,
    string? Failure = null)
{
    // The one-time token must not reach a log or an assertion message through a printout.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Request = {Request}, Setup = {Setup.Count} exchanges, UserActionToken = {(UserActionToken is null ? "(none)" : "[REDACTED]")}, SkipReason = {SkipReason}, Failure = {Failure}");
        return true;
    }

    public static Task<AuthStep> Applied(OutgoingRequest request) => Task.FromResult(new AuthStep(request, []));

    public static Task<AuthStep> Skip(OutgoingRequest request, string reason) => Task.FromResult(new AuthStep(request, [], SkipReason: reason));
}
