using Conformance.Spec.Vocabulary;

namespace Conformance.Spec;

/// <summary>
/// One operation of the spec: what to send (method, path, parameters, body), what may come
/// back (responses), how it is secured, and its vendor semantics from the <c>x-</c> extensions.
/// </summary>
/// <param name="Method">Upper-case HTTP method.</param>
/// <param name="Slug">Stable id: the operationId, or <c>method-path</c> when there is none.</param>
/// <param name="Security">Alternatives (any one suffices), each a set of scheme names (all required).</param>
public sealed record ApiOperation(
    string Method,
    string Path,
    string? OperationId,
    string Slug,
    string? Summary,
    IReadOnlyList<ApiParameter> Parameters,
    ApiRequestBody? RequestBody,
    IReadOnlyList<ApiResponse> Responses,
    IReadOnlyList<IReadOnlyList<string>> Security,
    OperationSemantics Semantics,
    ProbeDefinition? Probe,
    IReadOnlyList<Requirement> Requirements,
    string Pointer,
    int? Line)
{
    /// <summary>
    /// Names of the operation's fields whose values are secrets (<c>format: password</c>,
    /// <c>writeOnly</c>, <c>x-sensitive</c>): returned values of these are redacted everywhere.
    /// </summary>
    public IReadOnlySet<string> SensitiveFields { get; init; } = new HashSet<string>();

    /// <summary>How reports name the operation, e.g. <c>PUT /auth/credentials/activate</c>.</summary>
    public string Label => $"{Method} {Path}";

    /// <summary>The documented responses for <paramref name="status"/>: exact code first, then range, then default.</summary>
    public ApiResponse? ResponseFor(int status) =>
        Responses.FirstOrDefault(r => r.StatusCode == status.ToString(System.Globalization.CultureInfo.InvariantCulture))
        ?? Responses.FirstOrDefault(r => r.Matches(status))
        ?? Responses.FirstOrDefault(r => r.StatusCode == "default");

    /// <summary>The schemes of the first security alternative (the one the suite uses).</summary>
    public IReadOnlyList<string> PrimarySecurity => Security.Count > 0 ? Security[0] : [];

    public bool IsStateChanging => Method is not ("GET" or "HEAD" or "OPTIONS");
}
