using System.Runtime.CompilerServices;

namespace Conformance.Spec;

/// <summary>
/// Finds the documented operation for a method and a path relative to the server URL, the way
/// OpenAPI routes a request: every path template that matches the whole path, concrete segments
/// before templated ones (<see cref="PathTemplate.CompareTo"/>). <c>GET /videos/characters</c>
/// goes to <c>/videos/characters</c> when that path documents GET, else to <c>/videos/{id}</c>.
/// </summary>
internal sealed class OperationRouter
{
    private static readonly ConditionalWeakTable<ApiDocument, OperationRouter> Cache = new();
    private readonly List<(PathTemplate Template, ApiOperation Operation)> routes;

    private OperationRouter(ApiDocument document) =>
        routes = document.Operations
            .Select(o => (Template: PathTemplate.Parse(o.Path), Operation: o))
            .OrderBy(r => r.Template)
            .ToList();

    public static OperationRouter For(ApiDocument document) => Cache.GetValue(document, d => new OperationRouter(d));

    /// <summary>The operation <paramref name="method"/> <paramref name="relativePath"/> goes to; null when none is documented.</summary>
    public ApiOperation? Find(string method, string relativePath) =>
        routes.FirstOrDefault(r => r.Operation.Method.Equals(method, StringComparison.OrdinalIgnoreCase) && r.Template.Matches(relativePath)).Operation;

    /// <summary>
    /// The operation, on another path template, that documents <paramref name="method"/> for
    /// the paths of <paramref name="template"/>: one whose template matches this template read
    /// as a concrete path (<c>GET /videos/{video_id}</c> answers <c>GET /videos/characters</c>).
    /// </summary>
    public ApiOperation? Overlapping(string method, string template) =>
        routes.FirstOrDefault(r => r.Operation.Path != template
            && r.Operation.Method.Equals(method, StringComparison.OrdinalIgnoreCase)
            && r.Template.Matches(template)).Operation;
}
