using System.Text.RegularExpressions;

namespace Conformance.Tests.RealSpecs;

/// <summary>
/// One entry of Fixtures/prism-known-fails.yaml: FAILs of checks on scenarios (id globs),
/// optionally only for answers with given statuses, and why each is not the suite's false alarm.
/// </summary>
/// <param name="Kind"><c>deviation</c>: Prism breaks the spec; <c>pending</c>: our request is not valid yet (issue 11, item 2).</param>
internal sealed record KnownFail(string Spec, string Kind, IReadOnlyList<string> Checks, IReadOnlyList<string> Scenarios, IReadOnlyList<string> Statuses, string Reason)
{
    public const string Deviation = "deviation";
    public const string Pending = "pending";

    public bool Matches(string scenarioId, string check, int? status) =>
        Checks.Contains(check)
        && Scenarios.Any(glob => Glob(glob).IsMatch(scenarioId))
        && (Statuses.Count == 0 || (status is { } s && Statuses.Any(m => StatusMatches(m, s))));

    public string Describe() => $"{Kind} {string.Join("/", Checks)} on {string.Join(", ", Scenarios)}{(Statuses.Count > 0 ? $" answered {string.Join("/", Statuses)}" : "")}";

    private static bool StatusMatches(string matcher, int status) =>
        matcher.Length == 3 && matcher.EndsWith("xx", StringComparison.Ordinal) ? matcher[0] - '0' == status / 100 : matcher == status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
}
