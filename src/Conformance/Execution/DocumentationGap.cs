namespace Conformance.Execution;

/// <summary>
/// One finding for the vendor's documentation: the target answered in a way the documents do
/// not cover ("your documents do not say what happens when …"). Never the target's failure.
/// </summary>
/// <param name="What">The gap, in the vendor's terms.</param>
/// <param name="Documented">What the documents do say (e.g. the statuses they list).</param>
/// <param name="Observed">What the target answered.</param>
/// <param name="ScenarioIds">The scenarios that met it.</param>
public sealed record DocumentationGap(string Vendor, string What, string Documented, string Observed, IReadOnlyList<string> ScenarioIds);
