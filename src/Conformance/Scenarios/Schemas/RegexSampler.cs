using System.Text;
using System.Text.RegularExpressions;

namespace Conformance.Scenarios.Schemas;

/// <summary>
/// Strings that match (or do not match) a JSON Schema <c>pattern</c>, for the regex subset real
/// specs use: literals and escapes, <c>.</c>, <c>\d \w \s</c> and their negations, character
/// classes with ranges and negation, groups (capturing, <c>(?:</c>, named), alternation,
/// anchors and the quantifiers <c>* + ? {n} {n,} {n,m}</c>. Deterministic: the same pattern
/// gives the same strings. Every answer is checked with the regex engine itself, so an
/// unsupported construct yields no string rather than a wrong one.
/// </summary>
internal static class RegexSampler
{
    private const int MaxPatternCache = 4096;
    private static readonly Dictionary<string, Regex?> Compiled = new(StringComparer.Ordinal);
    private static readonly Lock CacheLock = new();

    /// <summary>A string matching <paramref name="pattern"/> with a length in [min, max], or null.</summary>
    public static string? Matching(string pattern, int minLength, int? maxLength, int variant = 0)
    {
        var regex = Compile(pattern);
        if (regex is null) return null;
        Node tree;
        try
        {
            tree = new Parser(pattern).Parse();
        }
        catch (FormatException)
        {
            return null;
        }

        for (var boost = 0; boost <= Math.Max(minLength, 4) + 1; boost++)
        {
            for (var alternative = 0; alternative < 3; alternative++)
            {
                var builder = new StringBuilder();
                tree.Emit(builder, new EmitOptions(boost, alternative, variant));
                var text = builder.ToString();
                if (Fits(text, minLength, maxLength) && regex.IsMatch(text)) return text;
            }
        }

        return null;
    }

    /// <summary>A string that does not match <paramref name="pattern"/>, with a length in [min, max], or null.</summary>
    public static string? NotMatching(string pattern, int minLength, int? maxLength)
    {
        var regex = Compile(pattern);
        if (regex is null) return null;
        var length = Math.Max(minLength, 1);
        foreach (var filler in new[] { "!", " ", "~", "Z", "z", "0", "-" })
        {
            var text = string.Concat(Enumerable.Repeat(filler, length));
            if (Fits(text, minLength, maxLength) && !regex.IsMatch(text)) return text;
        }

        return Fits("", minLength, maxLength) && !regex.IsMatch("") ? "" : null;
    }

    public static bool IsMatch(string pattern, string text) => Compile(pattern)?.IsMatch(text) ?? false;

    /// <summary>Whether the pattern can be used at all (JSON Schema patterns are ECMA-262; .NET reads the subset specs use).</summary>
    public static bool IsUsable(string pattern) => Compile(pattern) is not null;

    private static bool Fits(string text, int min, int? max) => Length(text) >= min && (max is null || Length(text) <= max);

    // JSON Schema lengths count code points.
    private static int Length(string text) => text.EnumerateRunes().Count();

    private static Regex? Compile(string pattern)
    {
        lock (CacheLock)
        {
            if (Compiled.TryGetValue(pattern, out var known)) return known;
            Regex? regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200));
            }
            catch (ArgumentException)
            {
                regex = null;
            }

            if (Compiled.Count < MaxPatternCache) Compiled[pattern] = regex;
            return regex;
        }
    }

    private readonly record struct EmitOptions(int Boost, int Alternative, int Variant);

    private abstract class Node
    {
        public abstract void Emit(StringBuilder into, EmitOptions options);
    }

    private sealed class Literal(string text) : Node
    {
        public string Text => text;

        public override void Emit(StringBuilder into, EmitOptions options) => into.Append(text);
    }

    private sealed class Empty : Node
    {
        public override void Emit(StringBuilder into, EmitOptions options)
        {
        }
    }

    private sealed class CharSet(List<(char From, char To)> ranges, bool negated) : Node
    {
        public IReadOnlyList<(char From, char To)> Ranges => ranges;

        public bool Negated => negated;

        private const string Candidates = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!+/= ";

        public override void Emit(StringBuilder into, EmitOptions options)
        {
            var allowed = Candidates.Where(c => ranges.Any(r => c >= r.From && c <= r.To) != negated).ToList();
            if (!negated && allowed.Count == 0 && ranges.Count > 0) allowed.Add(ranges[0].From);
            if (allowed.Count == 0) return;

            // A letter or digit reads best; the variant spreads values (unique array items).
            into.Append(allowed[options.Variant % allowed.Count]);
        }
    }

    private sealed class Sequence(List<Node> parts) : Node
    {
        public override void Emit(StringBuilder into, EmitOptions options)
        {
            foreach (var part in parts) part.Emit(into, options);
        }
    }

    private sealed class Alternation(List<Node> branches) : Node
    {
        public override void Emit(StringBuilder into, EmitOptions options) =>
            branches[Math.Min(options.Alternative, branches.Count - 1)].Emit(into, options);
    }

    private sealed class Repeat(Node inner, int min, int? max) : Node
    {
        public override void Emit(StringBuilder into, EmitOptions options)
        {
            var count = min + options.Boost;
            if (max is { } m) count = Math.Min(count, m);
            for (var i = 0; i < count; i++) inner.Emit(into, options);
        }
    }

    /// <summary>Recursive descent over the supported subset; anything else is a <see cref="FormatException"/>.</summary>
    private sealed class Parser(string pattern)
    {
        private int at;

        public Node Parse()
        {
            var node = Alternatives();
            if (at < pattern.Length) throw new FormatException("unbalanced ')'");
            return node;
        }

        private Node Alternatives()
        {
            var branches = new List<Node> { Concatenation() };
            while (Peek('|'))
            {
                at++;
                branches.Add(Concatenation());
            }

            return branches.Count == 1 ? branches[0] : new Alternation(branches);
        }

        private Node Concatenation()
        {
            var parts = new List<Node>();
            while (at < pattern.Length && pattern[at] != '|' && pattern[at] != ')')
            {
                var atom = Atom();
                parts.Add(Quantified(atom));
            }

            return parts.Count == 1 ? parts[0] : new Sequence(parts);
        }

        private Node Quantified(Node atom)
        {
            if (at >= pattern.Length) return atom;
            Node result;
            switch (pattern[at])
            {
                case '*':
                    at++;
                    result = new Repeat(atom, 0, null);
                    break;
                case '+':
                    at++;
                    result = new Repeat(atom, 1, null);
                    break;
                case '?':
                    at++;
                    result = new Repeat(atom, 0, 1);
                    break;
                case '{' when TryBraces(out var min, out var max):
                    result = new Repeat(atom, min, max);
                    break;
                default:
                    return atom;
            }

            if (Peek('?') || Peek('+')) at++; // lazy / possessive: the same strings
            return result;
        }

        private bool TryBraces(out int min, out int? max)
        {
            min = 0;
            max = null;
            var close = pattern.IndexOf('}', at);
            if (close < 0) return false;
            var body = pattern[(at + 1)..close];
            var parts = body.Split(',');
            if (parts.Length is < 1 or > 2 || !int.TryParse(parts[0], out min)) return false;
            if (parts.Length == 1) max = min;
            else if (parts[1].Length > 0)
            {
                if (!int.TryParse(parts[1], out var m)) return false;
                max = m;
            }

            at = close + 1;
            return true;
        }

        private Node Atom()
        {
            var c = pattern[at++];
            switch (c)
            {
                case '^' or '$':
                    return new Empty();
                case '.':
                    return new CharSet([('a', 'z'), ('0', '9')], false);
                case '[':
                    return Class();
                case '(':
                    return Group();
                case '\\':
                    return Escape(inClass: false) is { } set ? set : throw new FormatException("unsupported escape");
                case '*' or '+' or '?':
                    throw new FormatException("quantifier without an atom");
                default:
                    return new Literal(c.ToString());
            }
        }

        private Node Group()
        {
            if (Peek('?'))
            {
                at++;
                if (Peek(':')) at++;
                else if (Peek('<') && at + 1 < pattern.Length && pattern[at + 1] is not ('=' or '!'))
                {
                    var close = pattern.IndexOf('>', at);
                    if (close < 0) throw new FormatException("unterminated group name");
                    at = close + 1;
                }
                else if (Peek('=') || Peek('!'))
                {
                    // A lookahead constrains without consuming: skip it and let the regex check decide.
                    SkipGroup();
                    return new Empty();
                }
                else
                {
                    throw new FormatException("unsupported group");
                }
            }

            var inner = Alternatives();
            if (!Peek(')')) throw new FormatException("unterminated group");
            at++;
            return inner;
        }

        private void SkipGroup()
        {
            var depth = 1;
            while (at < pattern.Length && depth > 0)
            {
                var c = pattern[at++];
                if (c == '\\') at++;
                else if (c == '(') depth++;
                else if (c == ')') depth--;
            }
        }

        private Node Class()
        {
            var negated = Peek('^');
            if (negated) at++;
            var ranges = new List<(char, char)>();
            var first = true;
            while (at < pattern.Length && (pattern[at] != ']' || first))
            {
                first = false;
                char from;
                if (pattern[at] == '\\')
                {
                    at++;
                    var escaped = Escape(inClass: true);
                    if (escaped is CharSet { Negated: false } set)
                    {
                        ranges.AddRange(set.Ranges);
                        continue;
                    }

                    if (escaped is CharSet) throw new FormatException("negated class escape inside a class");

                    from = ((Literal)escaped!).Text[0];
                }
                else
                {
                    from = pattern[at++];
                }

                if (Peek('-') && at + 1 < pattern.Length && pattern[at + 1] != ']')
                {
                    at++;
                    var to = pattern[at] == '\\' ? EscapedChar() : pattern[at++];
                    ranges.Add((from, to));
                }
                else
                {
                    ranges.Add((from, from));
                }
            }

            if (!Peek(']')) throw new FormatException("unterminated class");
            at++;
            return new CharSet(ranges, negated);
        }

        private char EscapedChar()
        {
            at++;
            return Escape(inClass: true) is Literal l ? l.Text[0] : throw new FormatException("class range to a class");
        }

        private Node? Escape(bool inClass)
        {
            if (at >= pattern.Length) throw new FormatException("trailing backslash");
            var c = pattern[at++];
            return c switch
            {
                'd' => new CharSet([('0', '9')], false),
                'D' => new CharSet([('0', '9')], true),
                'w' => new CharSet([('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], false),
                'W' => new CharSet([('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')], true),
                's' => new CharSet([(' ', ' ')], false),
                'S' => new CharSet([(' ', ' '), ('\t', '\t'), ('\n', '\n'), ('\r', '\r')], true),
                'b' when !inClass => new Empty(),
                'B' when !inClass => new Empty(),
                'n' => new Literal("\n"),
                'r' => new Literal("\r"),
                't' => new Literal("\t"),
                'u' when at + 4 <= pattern.Length => Unicode(),
                _ when char.IsLetterOrDigit(c) => throw new FormatException("unsupported escape"),
                _ => new Literal(c.ToString()),
            };
        }

        private Literal Unicode()
        {
            var hex = pattern.Substring(at, 4);
            at += 4;
            return new Literal(((char)Convert.ToInt32(hex, 16)).ToString());
        }

        private bool Peek(char c) => at < pattern.Length && pattern[at] == c;
    }
}
