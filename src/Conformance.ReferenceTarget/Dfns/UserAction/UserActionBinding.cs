namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>
/// What a user action is bound to: method, path and payload (DECISIONS D7). The payload is the
/// exact body string; an empty body equals "" or "{}" because the official SDKs send either
/// (dfns-facts §2.1).
/// </summary>
internal sealed record UserActionBinding(string Method, string Path, string Payload)
{
    public bool Matches(string method, string path, string body) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Path, path, StringComparison.Ordinal)
        && (Payload == body || (IsEmpty(Payload) && IsEmpty(body)));

    private static bool IsEmpty(string payload) => payload is "" or "{}";
}
