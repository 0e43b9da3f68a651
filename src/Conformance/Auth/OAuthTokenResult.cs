using Conformance.Http;

namespace Conformance.Auth;

/// <summary>An access token (from the cache or a token request), or why there is none.</summary>
/// <param name="Exchange">The token request, when one was sent (null for a cached token).</param>
internal sealed record OAuthTokenResult(string? AccessToken, Exchange? Exchange, string? Failure);
