namespace Conformance.Reporting.Allure;

/// <summary>A label of an Allure result (<c>epic</c>, <c>feature</c>, <c>story</c>, <c>severity</c>, <c>tag</c>, <c>suite</c>…).</summary>
internal sealed record AllureLabel(string Name, string Value);
