namespace Conformance.Reporting.Allure;

/// <summary>
/// The content of one <c>&lt;uuid&gt;-container.json</c>: a group of results (here: one operation),
/// with the fixtures that ran around them (here: a fixture that could not be restored).
/// </summary>
internal sealed record AllureContainer(
    string Uuid,
    string Name,
    IReadOnlyList<string> Children,
    IReadOnlyList<AllureStep> Befores,
    IReadOnlyList<AllureStep> Afters,
    long Start,
    long Stop);
