namespace Conformance.Reporting.Allure;

/// <summary>A parameter shown on an Allure result or step.</summary>
internal sealed record AllureParameter(string Name, string Value);
