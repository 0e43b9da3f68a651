namespace Conformance.Reporting.Allure;

/// <summary>An entry of <c>categories.json</c>: results of these statuses whose message matches fall in this category.</summary>
internal sealed record AllureCategory(string Name, IReadOnlyList<string> MatchedStatuses, string? MessageRegex = null);
