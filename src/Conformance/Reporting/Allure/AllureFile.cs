namespace Conformance.Reporting.Allure;

/// <summary>An attachment's content and the file name it gets in the results folder.</summary>
internal sealed record AllureFile(string FileName, string Content);
