using System.Text;
using System.Text.Json;
using Conformance.Execution;

namespace Conformance.Reporting.Allure;

/// <summary>
/// Writes Allure's documented result files by hand (Allure.NUnit is not in the registry):
/// <c>&lt;uuid&gt;-result.json</c> per scenario with its <c>&lt;uuid&gt;-attachment.*</c> files,
/// <c>&lt;uuid&gt;-container.json</c> per operation (and per unrestored fixture, as a broken
/// teardown), <c>environment.properties</c> and <c>categories.json</c>.
/// </summary>
internal sealed class AllureResultsWriter : IAllureResultsWriter
{
    public static IReadOnlyList<AllureCategory> Categories { get; } =
    [
        new("MUST requirement broken", ["failed"], @"[\s\S]*\[MUST[\],][\s\S]*"),
        new("SHOULD requirement broken (warning)", ["failed", "passed"], @"[\s\S]*\[SHOULD[\],][\s\S]*"),
        new("No response (transport error)", ["broken"]),
        new("Inconclusive: the evidence cannot tell", ["unknown"]),
        new("Skipped (see the reason)", ["skipped"]),
    ];

    public void Write(RunResult run, string resultsDirectory, ReportOptions options)
    {
        Directory.CreateDirectory(resultsDirectory);
        var factory = new AllureResultFactory(options);
        var written = new List<(ScenarioResult Scenario, AllureTestResult Result)>();
        foreach (var scenario in run.Scenarios)
        {
            var (result, files) = factory.Create(scenario, run.Info);
            foreach (var file in files) File.WriteAllText(Path.Combine(resultsDirectory, file.FileName), file.Content, Utf8);
            WriteJson(resultsDirectory, $"{result.Uuid}-result.json", result);
            written.Add((scenario, result));
        }

        foreach (var group in written.GroupBy(w => (w.Scenario.Target, w.Scenario.Scenario.Contract, w.Scenario.Scenario.Operation.Label)))
        {
            var container = new AllureContainer(
                Guid.NewGuid().ToString(), $"{(group.Key.Target is null ? "" : group.Key.Target + " ")}{group.Key.Contract} {group.Key.Label}", group.Select(w => w.Result.Uuid).ToList(),
                [], [], group.Min(w => w.Result.Start), group.Max(w => w.Result.Stop));
            WriteJson(resultsDirectory, $"{container.Uuid}-container.json", container);
        }

        foreach (var fixture in run.Unrestored) WriteFixture(resultsDirectory, run, fixture, written);
        File.WriteAllText(Path.Combine(resultsDirectory, "environment.properties"), Environment(run, options), Utf8);
        WriteJson(resultsDirectory, "categories.json", Categories);
    }

    /// <summary>An unrestored fixture is a broken teardown of the scenarios that used its kind (or of all the vendor's).</summary>
    private static void WriteFixture(string directory, RunResult run, FixtureRestoreFailure fixture, List<(ScenarioResult Scenario, AllureTestResult Result)> written)
    {
        var vendor = written.Where(w => w.Scenario.Scenario.Vendor == fixture.Vendor).ToList();
        var users = vendor.Where(w => w.Scenario.Scenario.FixtureKind == fixture.Kind).ToList();
        var children = (users.Count > 0 ? users : vendor).Select(w => w.Result.Uuid).ToList();
        var at = run.Info.FinishedAt.ToUnixTimeMilliseconds();
        var teardown = new AllureStep(
            $"restore {fixture.Vendor} {fixture.Kind} {fixture.Id} to {fixture.ExpectedState}",
            "broken",
            new AllureStatusDetails(
                $"Fixture {fixture.Headline} → expected {fixture.ExpectedState} → actual {fixture.ObservedState ?? "unknown"}: {fixture.Reason}"),
            at,
            at,
            [],
            []);
        var container = new AllureContainer(Guid.NewGuid().ToString(), $"fixture {fixture.Vendor} {fixture.Kind} {fixture.Id}", children, [], [teardown], at, at);
        WriteJson(directory, $"{container.Uuid}-container.json", container);
    }

    private static string Environment(RunResult run, ReportOptions options)
    {
        var lines = new List<(string Key, string Value)>
        {
            ("Target", run.Info.Target),
            ("Suite.Version", run.Info.SuiteVersion),
            ("Started", ReportText.Iso(run.Info.StartedAt)),
            ("Fail.On", ReportText.Level(options.FailOn)),
            ("Parallelism", ReportText.Number(run.Info.Parallelism)),
        };
        // Allure shows these under Metadata, so its report carries the headline score too; first,
        // as Metadata folds all but its first entries.
        var at = 1;
        foreach (var section in ContractSection.Of(run))
        {
            var score = ConformanceScore.For(section);
            lines.Insert(at++, ($"Score.{section.Title}", $"MUST {score.Must.PercentText} ({score.Must.Fraction}), SHOULD {score.Should.PercentText} ({score.Should.Fraction})"));
        }

        if (run.Info.Filter is not null) lines.Add(("Filter", run.Info.Filter));
        lines.AddRange(run.Info.Specs.Select(s => ($"Spec.{s.Contract}", $"{s.Title} {s.Version}")));
        lines.AddRange(run.Info.Targets.Select(t => ($"Target.{t.Name}", $"{t.Url} ({string.Join(", ", t.Specs.Select(s => s.Contract))})")));

        return string.Concat(lines.Select(l => $"{Key(l.Key)}={Value(l.Value)}\n"));
    }

    /// <summary>Java .properties escaping (the format Allure reads): a value needs only backslashes and line breaks escaped.</summary>
    private static string Value(string text) =>
        new StringBuilder(text).Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").ToString();

    private static string Key(string text) =>
        new StringBuilder(Value(text)).Replace("=", "\\=").Replace(":", "\\:").Replace(" ", "\\ ").ToString();

    private static void WriteJson<T>(string directory, string fileName, T value) =>
        File.WriteAllText(Path.Combine(directory, fileName), JsonSerializer.Serialize(value, ReportJson.Compact), Utf8);

    private static readonly UTF8Encoding Utf8 = new(false);
}
