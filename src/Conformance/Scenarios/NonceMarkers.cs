namespace Conformance.Scenarios;

/// <summary>
/// Nonce values that depend on the clock, named in a plan and made by the executor's nonce
/// source at send time (generation stays pure). Any other value in <c>AuthPlan.Nonce</c> is sent as is.
/// </summary>
public static class NonceMarkers
{
    public const string Stale = "{{nonce:stale}}";
    public const string Future = "{{nonce:future}}";
    public const string MissingRandom = "{{nonce:missing-random}}";

    /// <summary>Valid base64url, but of text that is not JSON.</summary>
    public const string NotJson = "bm90IGpzb24";

    /// <summary>Not base64url at all.</summary>
    public const string NotBase64Url = "%%% not base64url %%%";

    /// <summary>base64url of <c>{"uuid":"conformance-nonce-without-time"}</c>: no time field.</summary>
    public const string MissingTime = "eyJ1dWlkIjoiY29uZm9ybWFuY2Utbm9uY2Utd2l0aG91dC10aW1lIn0";
}
