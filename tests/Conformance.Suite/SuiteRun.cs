using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Spec;

namespace Conformance.Suite;

/// <summary>
/// Starts the run once for the whole assembly (the reference target too, when no target is
/// given) and writes the reports when every selected scenario has run. Its two lines go to
/// TestContext.Error, which the NUnit adapter passes on as a warning-level message: the only
/// level <c>dotnet test</c> shows at its default (minimal) verbosity, so the reports path is
/// always printed. The counts are of the scenarios that ran, which is what the filter selected.
/// </summary>
[SetUpFixture]
public sealed class SuiteRun
{
    private static MultiTargetRun? current;

    public static MultiTargetRun Current => current ?? throw new InvalidOperationException("the conformance run was not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        try
        {
            current = await MultiTargetRun.CreateAsync(SuiteSettings.Read(), Conformance.Hosting.ReferenceTargetStarter.StartAsync, CancellationToken.None);
        }
        catch (Exception e) when (e is SettingsException or SpecLoadException or ProfileException)
        {
            // A bad setting, spec or profile is one clear line, not a stack trace per test.
            throw new SuiteFailure(e.Message);
        }
    }

    [OneTimeTearDown]
    public async Task FinishAsync()
    {
        if (current is null) return;
        var result = current.Result();
        var options = new ReportOptions { FailOn = current.Settings.FailOn, RenderHtml = false, MaxBodyExcerpt = current.Settings.MaxBodyExcerpt };
        var paths = ReportWriter.WriteAll(result, current.Settings.ReportsDirectory ?? RepositoryPaths.DefaultReports, options, current.SecretValues);
        await TestContext.Error.WriteLineAsync($"Conformance against {string.Join(", ", current.Targets.Select(t => $"{t.Run.Target} ({t.Info.Name})"))}: {result.SummaryLine}");
        await TestContext.Error.WriteLineAsync($"Conformance reports: {paths.Folder} ({paths.LatestNote()})");
        await current.DisposeAsync();
        current = null;

        // A fixture left changed on the target fails the run, whatever the scenarios said.
        if (result.Unrestored.Count > 0)
        {
            throw new SuiteFailure($"{result.Unrestored.Count} fixtures were NOT confirmed restored: " +
                string.Join("; ", result.Unrestored.Select(f => $"{f.Headline}: {f.Vendor} {f.Kind} {f.Id} expected {f.ExpectedState}, is {f.ObservedState ?? "unknown"}")));
        }
    }
}
