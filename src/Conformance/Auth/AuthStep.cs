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
    public static Task<AuthStep> Applied(OutgoingRequest request) => Task.FromResult(new AuthStep(request, []));

    public static Task<AuthStep> Skip(OutgoingRequest request, string reason) => Task.FromResult(new AuthStep(request, [], SkipReason: reason));
}
