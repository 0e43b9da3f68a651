namespace Conformance.Spec;

/// <summary>A documented response: status (<c>200</c>, <c>4XX</c> or <c>default</c>) and contents.</summary>
public sealed record ApiResponse(string StatusCode, string? Description, IReadOnlyList<ApiMediaType> Content, string Pointer)
{
    /// <summary>Whether this entry documents <paramref name="status"/> (exact code, then range).</summary>
    public bool Matches(int status) =>
        StatusCode == status.ToString(System.Globalization.CultureInfo.InvariantCulture)
        || (StatusCode.Length == 3 && StatusCode.EndsWith("XX", StringComparison.OrdinalIgnoreCase)
            && StatusCode[0] - '0' == status / 100);

    public bool IsSuccess => StatusCode.StartsWith('2');

    /// <summary>
    /// Set when the response object says <c>x-basis: decision</c> (its <c>x-decision</c>): the spec's
    /// author, not the vendor, chose this status or its body, so a check of it is at most SHOULD.
    /// </summary>
    public string? Decision { get; init; }
}
