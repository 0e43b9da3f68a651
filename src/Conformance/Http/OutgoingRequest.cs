namespace Conformance.Http;

/// <summary>
/// A request before it is sent: method, path relative to the target (with query), headers and
/// body text. Immutable; scenarios derive variants with the <c>With…</c> methods.
/// </summary>
public sealed record OutgoingRequest(
    string Method,
    string PathAndQuery,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    string? ContentType)
{
    public static OutgoingRequest Create(string method, string pathAndQuery) =>
        new(method, pathAndQuery, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), null, null);

    public OutgoingRequest WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };

    public OutgoingRequest WithoutHeader(string name)
    {
        var headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase);
        headers.Remove(name);
        return this with { Headers = headers };
    }

    public OutgoingRequest WithBody(string? body, string? contentType) => this with { Body = body, ContentType = contentType };

    /// <summary>
    /// Top-level fields of the answer that hold a credential this request asks the target to
    /// issue (an OAuth 2.0 <c>access_token</c>, a Dfns <c>userAction</c>). Their values become
    /// run-wide secrets before the answer is recorded; a success answer that cannot be read for
    /// them (not JSON, garbled, without the field) is recorded with its body masked whole, since
    /// it may still carry the credential.
    /// </summary>
    public IReadOnlyList<string> IssuedSecretFields { get; init; } = [];

    public OutgoingRequest IssuingSecretsIn(params string[] fields) => this with { IssuedSecretFields = fields };

    // Headers and body may carry credentials (Authorization, a client_secret form): printing a
    // request shows its line and header names only; recorded exchanges are redacted instead.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"{Method} {PathAndQuery}, Headers = [{string.Join(", ", Headers.Keys)}], Body = {Body?.Length ?? 0} chars");
        return true;
    }
}
