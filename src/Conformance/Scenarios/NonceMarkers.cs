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

    /// <summary>A fresh random value under every spelling, and no time field under any spelling.</summary>
    public const string MissingTime = "{{nonce:missing-time}}";

    /// <summary>Valid base64url, but of text that is not JSON.</summary>
    public const string NotJson = "bm90IGpzb24";

    /// <summary>Not base64url at all.</summary>
    public const string NotBase64Url = "%%% not base64url %%%";
}
