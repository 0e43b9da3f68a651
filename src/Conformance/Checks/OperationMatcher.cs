using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>
/// Finds the documented operation a recorded request went to (method + path template), so the
/// response checks judge every exchange — setup and probes too — against its own operation.
/// The target's base path may precede the template.
/// </summary>
internal sealed class OperationMatcher
{
    private static readonly ConditionalWeakTable<ApiDocument, OperationMatcher> Cache = new();
    private readonly List<(ApiOperation Operation, Regex Exact, Regex Prefixed)> patterns;

    private OperationMatcher(ApiDocument document) =>
        patterns = document.Operations
            .Select(o => (o, Template(o.Path, "^"), Template(o.Path, "^(/.*)?")))
            // Literal segments beat parameters: /a/list before /a/{id}.
            .OrderBy(p => p.o.Path.Count(c => c == '{'))
            .ToList();

    public static OperationMatcher For(ApiDocument document) => Cache.GetValue(document, d => new OperationMatcher(d));

    public ApiOperation? Find(string method, string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?')[0];
        var candidates = patterns.Where(p => p.Operation.Method.Equals(method, StringComparison.OrdinalIgnoreCase)).ToList();

        // The whole path first; only then allow a base path before the template, so that a
        // literal template never wins through the prefix (/items/export is /items/{id}, not /export).
        return candidates.FirstOrDefault(p => p.Exact.IsMatch(path)).Operation
            ?? candidates.FirstOrDefault(p => p.Prefixed.IsMatch(path)).Operation;
    }

    private static Regex Template(string path, string start) =>
        new(start + Regex.Replace(Regex.Escape(path), @"\\\{[^/]+?}", "[^/]+") + "/?$", RegexOptions.CultureInvariant);
}
