using Conformance.Checks;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// Against the reference target under every alternative reading, and all of them together: no
/// FAIL, no fixture unconfirmed or unrestored, and every fixture — read from the target itself —
/// back in the state it started in. Under S9's alternative (GET answers 200 for a disabled
/// credential) the old probe-only suite failed every prepare and left fixtures changed while
/// reporting them restored.
/// </summary>
[TestFixture]
[Category("Faults")]
public sealed class StateEvidenceRunTests
{
    /// <summary>The senhasegura readings under which the suite must not even warn (ReadingMatrixTests covers the rest).</summary>
    private static readonly string[] Silent = Readings.Catalogue.Where(r => r.Contract == "senhasegura" && r.Expected != "WARN").Select(r => r.Name).ToArray();

    public static IEnumerable<TestCaseData> ReadingSets() =>
        new[] { new TestCaseData((object)Array.Empty<string>()).SetName("no alternative reading") }
            .Concat(Silent.Select(r => new TestCaseData((object)new[] { r }).SetName($"reading {r}")))
            .Concat(Readings.CompatibleSets().Select((set, i) => new TestCaseData((object)set.Intersect(Silent).ToArray()).SetName($"every silent reading together #{i + 1}")));

    [TestCaseSource(nameof(ReadingSets))]
    public async Task AFaithfulTarget_PassesClean_AndEveryFixtureIsBack(string[] readings)
    {
        await using var target = await TargetUnderTest.StartAsync(new ReferenceTargetOptions { Readings = readings.ToHashSet(StringComparer.Ordinal) });
        var before = target.States();

        RunResult result;
        await using (var run = await ConformanceRun.CreateAsync(target.Settings("senhasegura.*"), null, CancellationToken.None))
        {
            result = await run.RunAllAsync(null, CancellationToken.None);
        }

        var failures = result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn)
            .Select(s => $"{s.Scenario.Id}: {string.Join("; ", s.Decisive.Select(f => $"{f.Title}: expected {f.Expected}, actual {f.Actual}"))}");
        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(result.Unrestored.Select(u => $"{u.Headline}: {u.Id} {u.Reason}"), Is.Empty);
            Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
            Assert.That(result.Count(Verdict.Skip), Is.Zero, string.Join("; ", result.Scenarios.Where(s => s.Verdict == Verdict.Skip).Select(s => $"{s.Scenario.Id}: {s.Reason}")));
        });
    }

    [Test]
    public async Task TheDisableThatDoesNothing_IsStillCaught_WhenGetCannotTell()
    {
        // Under the alternative reading GET tells nothing, yet enable's documented "1043: already
        // activated" shows the 200 disable had no effect.
        await using var target = await TargetUnderTest.StartAsync(new ReferenceTargetOptions
        {
            Readings = new HashSet<string> { Readings.SenhaGetInactiveOk },
            Faults = new HashSet<string> { "senhasegura-disable-noop" },
        });

        RunResult result;
        await using (var run = await ConformanceRun.CreateAsync(target.Settings("senhasegura.credentials.disable/state/transition"), null, CancellationToken.None))
        {
            result = await run.RunAllAsync(null, CancellationToken.None);
        }

        var transition = result.Scenarios.Single();
        Assert.Multiple(() =>
        {
            Assert.That(transition.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(transition.Decisive.Select(d => d.Actual), Has.Some.Contains("1043"));
        });
    }
}
