using System.Text.RegularExpressions;
using Conformance.Scenarios;

namespace Conformance.Execution;

/// <summary>
/// Selects scenarios by id: comma-separated terms, each a glob (<c>dfns-legacy.*/nonce/*</c>) or a
/// substring (<c>replayed</c>); a scenario runs when any term matches. Empty = everything.
/// </summary>
public sealed class ScenarioFilter
{
    private readonly List<Regex> terms;

    private ScenarioFilter(List<Regex> terms) => this.terms = terms;

    public static ScenarioFilter All { get; } = new([]);

    public static ScenarioFilter Parse(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression)) return All;
        var terms = expression.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.Contains('*', StringComparison.Ordinal)
                ? new Regex("^" + Regex.Escape(t).Replace(@"\*", ".*", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant)
                : new Regex(Regex.Escape(t), RegexOptions.CultureInvariant))
            .ToList();
        return new ScenarioFilter(terms);
    }

    public bool Matches(Scenario scenario) => terms.Count == 0 || terms.Any(t => t.IsMatch(scenario.Id));
}
