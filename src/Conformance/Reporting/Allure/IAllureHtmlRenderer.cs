namespace Conformance.Reporting.Allure;

/// <summary>Renders one or more <c>allure-results/</c> folders to a single-file HTML report.</summary>
internal interface IAllureHtmlRenderer
{
    /// <summary>Renders into <paramref name="outputDirectory"/>; returns a one-line warning instead of throwing when it cannot.</summary>
    string? Render(IReadOnlyList<string> resultsDirectories, string outputDirectory);
}
