using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>
/// Finds the documented operation a recorded request went to (method + path template), so the
/// response checks judge every exchange — setup and probes too — against its own operation.
/// The transport sends every operation path under the target URL's own path (its base path);
/// that base path is taken off and the rest routed by OpenAPI's rule (<see cref="OperationRouter"/>).
/// No other prefix is guessed: a request outside the base path went to no documented operation.
/// </summary>
internal sealed class OperationMatcher
{
    private static readonly ConditionalWeakTable<ApiDocument, ConcurrentDictionary<string, OperationMatcher>> Cache = new();
    private readonly OperationRouter router;
    private readonly string basePath;

    private OperationMatcher(ApiDocument document, string basePath)
    {
        router = OperationRouter.For(document);
        this.basePath = basePath;
    }

    /// <param name="basePath">The target URL's path (<c>/api/v1</c> for <c>https://host/api/v1/</c>); empty for a target at the root.</param>
    public static OperationMatcher For(ApiDocument document, string basePath = "") =>
        Cache.GetOrCreateValue(document).GetOrAdd(Normalize(basePath), b => new OperationMatcher(document, b));

    /// <summary>The path of a target URL as a base path: no trailing slash, empty for the root.</summary>
    public static string BasePathOf(Uri target) => Normalize(target.AbsolutePath);

    public ApiOperation? Find(string method, string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsolutePath : url.Split('?', '#')[0];
        if (basePath.Length > 0)
        {
            // Only a whole segment prefix: /api/v1 is the base of /api/v1/items, not of /api/v10/items.
            if (!path.StartsWith(basePath, StringComparison.Ordinal)) return null;
            path = path[basePath.Length..];
            if (path.Length > 0 && path[0] != '/') return null;
        }

        return router.Find(method, path.Length == 0 ? "/" : path);
    }

    private static string Normalize(string basePath)
    {
        var trimmed = basePath.Trim().TrimEnd('/');
        return trimmed.Length == 0 || trimmed[0] == '/' ? trimmed : "/" + trimmed;
    }
}
