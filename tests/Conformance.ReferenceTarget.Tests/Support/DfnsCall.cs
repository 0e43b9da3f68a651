namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>
/// One Dfns request. By default it is complete and valid for the privileged identity except for the
/// user action; tests break one thing with a <c>with</c> expression.
/// </summary>
internal sealed record DfnsCall(string Method, string Path, string? Body = null)
{
    public string Identity { get; init; } = "privileged";
    public string ContentType { get; init; } = "application/json";

    /// <summary>Replaces the identity's token; "" sends no Authorization header.</summary>
    public string? Bearer { get; init; }

    /// <summary>Replaces the app id; "" sends no X-DFNS-APPID header.</summary>
    public string? AppId { get; init; }

    /// <summary>The nonce; null sends a fresh one, "" sends none.</summary>
    public string? Nonce { get; init; }

    public string? UserAction { get; init; }

    /// <summary>Extra raw headers (e.g. the curl samples' "Authoriztion").</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
