using System.Text.RegularExpressions;

namespace Conformance.Spec;

/// <summary>
/// An OpenAPI path template (<c>/videos/{video_id}</c>) as segments, matched against a concrete
/// path relative to the server URL (OpenAPI 3.1.0 §4.8.8 Paths Object). No prefix is ever
/// skipped: a template matches the whole path or nothing.
/// </summary>
internal sealed class PathTemplate : IComparable<PathTemplate>
{
    private readonly Segment[] segments;

    private PathTemplate(string text, Segment[] segments)
    {
        Text = text;
        this.segments = segments;
    }

    public string Text { get; }

    public static PathTemplate Parse(string template) =>
        new(template, Split(template).Select(Segment.Of).ToArray());

    /// <summary>
    /// Whether <paramref name="path"/> (relative to the server URL; query and one trailing slash
    /// ignored; percent-encoded segments decoded) is an instance of this template. A parameter
    /// stands for one non-empty segment.
    /// </summary>
    public bool Matches(string path)
    {
        var parts = Split(path.Split('?', '#')[0]);
        if (parts.Length != segments.Length) return false;
        for (var i = 0; i < parts.Length; i++)
        {
            if (!segments[i].Matches(Uri.UnescapeDataString(parts[i]))) return false;
        }

        return true;
    }

    /// <summary>
    /// OpenAPI's precedence: "concrete (non-templated) paths would be matched before their
    /// templated counterparts". Read segment by segment from the left: at the first segment
    /// where two templates differ in kind, a literal beats a partly templated segment
    /// (<c>{id}.json</c>), which beats a whole parameter. Negative when this one goes first.
    /// Templates of different lengths never match the same path; they are ordered by length
    /// first so that the order is total (a sort given "equal" for every pair of different
    /// lengths could leave <c>/a/{id}</c> before <c>/a/list</c> when <c>/b</c> lay between).
    /// </summary>
    public int CompareTo(PathTemplate? other)
    {
        if (other is null) return -1;
        if (segments.Length != other.segments.Length) return segments.Length.CompareTo(other.segments.Length);
        for (var i = 0; i < segments.Length; i++)
        {
            var byKind = segments[i].Kind.CompareTo(other.segments[i].Kind);
            if (byKind != 0) return byKind;
        }

        return 0;
    }

    private static string[] Split(string path)
    {
        var trimmed = path.Trim();
        if (trimmed.Length > 1 && trimmed.EndsWith('/')) trimmed = trimmed[..^1];
        return trimmed.Split('/', StringSplitOptions.None).Skip(1).ToArray();
    }

    private enum SegmentKind
    {
        Literal,
        Partial,
        Parameter,
    }

    private sealed record Segment(SegmentKind Kind, string Literal, Regex? Pattern)
    {
        private static readonly Regex Parameter = new(@"\{[^{}/]+\}", RegexOptions.CultureInvariant);

        public static Segment Of(string text)
        {
            var parameters = Parameter.Matches(text);
            if (parameters.Count == 0) return new Segment(SegmentKind.Literal, text, null);
            if (parameters.Count == 1 && parameters[0].Length == text.Length) return new Segment(SegmentKind.Parameter, text, null);

            // {id}.json: the literal parts must be there, each parameter takes at least one character.
            var pattern = "^" + string.Concat(Parameter.Split(text).Select(Regex.Escape).Zip(
                Enumerable.Repeat("(.+?)", parameters.Count).Append(""), (literal, parameter) => literal + parameter)) + "$";
            return new Segment(SegmentKind.Partial, text, new Regex(pattern, RegexOptions.CultureInvariant));
        }

        public bool Matches(string value) => Kind switch
        {
            SegmentKind.Literal => value == Literal,
            SegmentKind.Parameter => value.Length > 0,
            _ => Pattern!.IsMatch(value),
        };
    }
}
