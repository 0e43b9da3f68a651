using System.Globalization;

namespace Conformance.Spec.Vocabulary;

/// <summary>An expected status: one code, a list of codes, or a class such as <c>4xx</c>.</summary>
public sealed record StatusMatcher(IReadOnlyList<int> Codes, IReadOnlyList<int> Classes)
{
    public static StatusMatcher Exactly(params int[] codes) => new(codes, []);

    public static StatusMatcher OfClass(int hundreds) => new([], [hundreds]);

    public bool Matches(int status) => Codes.Contains(status) || Classes.Contains(status / 100);

    public override string ToString() =>
        string.Join(" or ", Codes.Select(c => c.ToString(CultureInfo.InvariantCulture))
            .Concat(Classes.Select(c => $"{c}xx")));
}
