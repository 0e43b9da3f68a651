namespace Conformance.Auth;

/// <summary>
/// How one request is to be authorized. The default is a fully valid request for the
/// privileged identity; scenarios break exactly one thing by setting one member.
/// </summary>
public sealed record AuthPlan
{
    public static AuthPlan Valid { get; } = new();

    /// <summary>Profile role whose secrets are used.</summary>
    public string Identity { get; init; } = "privileged";

    /// <summary>Security schemes (by name) to leave out entirely.</summary>
    public IReadOnlySet<string> Omit { get; init; } = new HashSet<string>();

    /// <summary>Security schemes (by name) to send with a forged value of the right shape.</summary>
    public IReadOnlySet<string> Forge { get; init; } = new HashSet<string>();

    /// <summary>Exact nonce header value to send instead of a fresh nonce (malformed, stale, replayed).</summary>
    public string? Nonce { get; init; }

    /// <summary>Exact user-action token to send instead of obtaining a fresh one (reuse).</summary>
    public string? UserActionToken { get; init; }

    /// <summary>Obtain the user-action token for this binding instead of the request's own (mismatch).</summary>
    public UserActionBinding? UserActionFor { get; init; }
}
