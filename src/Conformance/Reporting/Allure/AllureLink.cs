namespace Conformance.Reporting.Allure;

/// <summary>A link of an Allure result; <c>type</c> is <c>link</c>, <c>issue</c> or <c>tms</c>.</summary>
internal sealed record AllureLink(string Name, string Url, string Type);
