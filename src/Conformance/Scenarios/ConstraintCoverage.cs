using System.Globalization;
using Conformance.Scenarios.Generators;
using Conformance.Scenarios.Schemas;
using Conformance.Spec;

namespace Conformance.Scenarios;

/// <summary>
/// How much of a spec's request schemas the schema-negative scenarios break: every constraint
/// found (parameters, the body, nested properties and items, inside oneOf/anyOf branches) and
/// whether a confirmed violation of it was generated, per kind (the JSON Schema keyword) and per
/// place. Printed by <c>--dry-run</c> and written to summary.json.
/// </summary>
public sealed class ConstraintCoverage
{
    public static readonly string[] Places = ["parameters", "body", "nested", "branches"];

    private ConstraintCoverage(string vendor, IReadOnlyList<CoverageEntry> entries)
    {
        Vendor = vendor;
        Entries = entries;
    }

    /// <summary>The contract the spec is (its <c>x-conformance.contract</c>, else its vendor).</summary>
    public string Vendor { get; }

    public IReadOnlyList<CoverageEntry> Entries { get; }

    public int Found => Entries.Count;

    public int Generated => Entries.Count(e => e.Generated);

    /// <summary>The constraints a request can break (all but a text parameter's string type).</summary>
    public int Breakable => Entries.Count(e => e.Breakable);

    /// <summary>Violations generated, as a share of the breakable constraints.</summary>
    public double Percent => Breakable == 0 ? 100 : 100.0 * Generated / Breakable;

    /// <summary>(kind, breakable found, generated), the most frequent kind first.</summary>
    public IReadOnlyList<(string Kind, int Found, int Generated)> ByKind =>
        Entries.Where(e => e.Breakable).GroupBy(e => e.Kind).Select(g => (g.Key, g.Count(), g.Count(e => e.Generated)))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();

    /// <summary>(place, breakable found, generated) in <see cref="Places"/> order.</summary>
    public IReadOnlyList<(string Place, int Found, int Generated)> ByPlace =>
        Places.Select(p => (p, Entries.Count(e => e.Place == p && e.Breakable), Entries.Count(e => e.Place == p && e.Generated))).ToList();

    /// <summary>The coverage of one loaded spec (the same generation the scenarios use; computed once per operation).</summary>
    public static ConstraintCoverage For(ApiDocument document, GeneratorOptions? options = null)
    {
        var context = new GenerationContext(document, options ?? GeneratorOptions.Default);
        var entries = new List<CoverageEntry>();
        foreach (var operation in document.Operations)
        {
            var found = SchemaViolations.Coverage(operation, context.ValidRequest(operation));
            if (AuthFlowSteps.Of(document, operation) is { IsToken: true })
            {
                // The token endpoint is only called with the profile's own client (SchemaNegativeScenarios).
                found = found.Select(e => e with { Generated = false, Why = "token endpoint: the suite sends it only with the profile's client" }).ToList();
            }

            entries.AddRange(found);
        }

        return new ConstraintCoverage(document.Contract, entries);
    }

    /// <summary>The block <c>--dry-run</c> prints: the total, per place, per kind.</summary>
    public IEnumerable<string> Lines()
    {
        var unbreakable = Found - Breakable;
        yield return $"schema constraints of {Vendor} requests: {Found} found"
            + (unbreakable > 0 ? $" ({unbreakable} no request can break: the string type of a text parameter)" : "")
            + $", {Generated} of {Breakable} violated ({Pct(Generated, Breakable)})";
        yield return "  by place:  " + string.Join(", ", ByPlace.Select(p => $"{p.Place} {p.Generated}/{p.Found}"));
        yield return "  by kind:   " + string.Join(", ", ByKind.Select(k => $"{k.Kind} {k.Generated}/{k.Found}"));
    }

    private static string Pct(int part, int whole) =>
        (whole == 0 ? 100 : 100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
