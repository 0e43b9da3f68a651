using System.Text;
using Conformance.Http;

namespace Conformance.Auth;

/// <summary>An access token (from the cache or a token request), or why there is none.</summary>
/// <param name="Exchange">The token request, when one was sent (null for a cached token).</param>
internal sealed record OAuthTokenResult(string? AccessToken, Exchange? Exchange, string? Failure)
{
    /// <summary>Token requests tried before <see cref="Exchange"/> (throttled or cut off), oldest first.</summary>
    public IReadOnlyList<Exchange> Earlier { get; init; } = [];

    // A record prints every member by default; this one holds a secret that must not reach a
    // log or an assertion message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"AccessToken = {(AccessToken is null ? "(none)" : "[REDACTED]")}, Failure = {Failure}");
        return true;
    }
}

