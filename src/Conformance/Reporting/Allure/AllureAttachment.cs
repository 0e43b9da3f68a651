namespace Conformance.Reporting.Allure;

/// <summary>A reference to an attachment file: <c>source</c> is its file name in the results folder, <c>type</c> its media type.</summary>
internal sealed record AllureAttachment(string Name, string Source, string Type);
