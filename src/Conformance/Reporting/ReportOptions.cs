using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>How <see cref="ReportWriter"/> writes a run's reports.</summary>
public sealed record ReportOptions
{
    /// <summary>
    /// The lowest level whose breach fails the run. <see cref="RequirementLevel.Must"/> (the
    /// default) reports a broken SHOULD as a warning; <see cref="RequirementLevel.Should"/> turns
    /// warnings into failures in JUnit and Allure too.
    /// </summary>
    public RequirementLevel FailOn { get; init; } = RequirementLevel.Must;

    /// <summary>
    /// Whether to render <c>allure-report/index.html</c> with the Allure 3 CLI (needs Node.js;
    /// without it the run gets a one-line warning, never an error). Default: false.
    /// </summary>
    public bool RenderHtml { get; init; }

    /// <summary>
    /// The repository root, where <c>scripts/render-allure.sh</c>, <c>package.json</c> and
    /// <c>node_modules/</c> live. Default: found by walking up from the current directory.
    /// </summary>
    public string? RepoRoot { get; init; }

    /// <summary>
    /// How many characters of each request and response body an attachment keeps; the rest is
    /// left out with a note. Bounds the report of a target that answers 50 MB bodies. Default 8192.
    /// </summary>
    public int MaxBodyExcerpt { get; init; } = 8 * 1024;

    /// <summary>
    /// How many run folders the reports folder keeps: after a run, older run folders (named by
    /// their UTC second, as this suite names them) are deleted; the one <c>latest</c> points to, the
    /// fixture journal (<c>.journal/</c>) and anything else are never touched. 0 keeps all. Default 20.
    /// </summary>
    public int Keep { get; init; } = 20;

    /// <summary>The clock that names the timestamp folder. Default: <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
