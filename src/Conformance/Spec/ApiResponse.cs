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
}
