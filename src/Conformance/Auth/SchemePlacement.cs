using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Auth;

/// <summary>
/// Puts an apiKey value where its scheme says (OpenAPI 3.1 Security Scheme Object <c>in</c>:
/// header, query or cookie), or takes it out again.
/// </summary>
internal static class SchemePlacement
{
    public static string Name(ApiSecurityScheme scheme) => scheme.ParameterName ?? scheme.Name;

    public static OutgoingRequest Set(OutgoingRequest request, ApiSecurityScheme scheme, string value) => scheme.In switch
    {
        "query" => request with { PathAndQuery = WithQuery(Remove(request, scheme).PathAndQuery, Name(scheme), value) },
        "cookie" => request.WithHeader("Cookie", Cookies(request, scheme).Append($"{Name(scheme)}={value}").Aggregate((a, b) => $"{a}; {b}")),
        _ => request.WithHeader(Name(scheme), value),
    };

    public static OutgoingRequest Remove(OutgoingRequest request, ApiSecurityScheme scheme)
    {
        switch (scheme.In)
        {
            case "query":
                var at = request.PathAndQuery.IndexOf('?');
                if (at < 0) return request;
                var kept = request.PathAndQuery[(at + 1)..].Split('&')
                    .Where(p => !p.StartsWith(Uri.EscapeDataString(Name(scheme)) + "=", StringComparison.Ordinal));
                var query = string.Join("&", kept);
                return request with { PathAndQuery = request.PathAndQuery[..at] + (query.Length > 0 ? "?" + query : "") };
            case "cookie":
                var cookies = Cookies(request, scheme).ToList();
                return cookies.Count > 0 ? request.WithHeader("Cookie", string.Join("; ", cookies)) : request.WithoutHeader("Cookie");
            default:
                return request.WithoutHeader(Name(scheme));
        }
    }

    private static string WithQuery(string pathAndQuery, string name, string value) =>
        pathAndQuery + (pathAndQuery.Contains('?') ? "&" : "?") + Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);

    private static IEnumerable<string> Cookies(OutgoingRequest request, ApiSecurityScheme scheme) =>
        (request.Headers.GetValueOrDefault("Cookie") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        .Where(c => !c.StartsWith(Name(scheme) + "=", StringComparison.Ordinal));
}
