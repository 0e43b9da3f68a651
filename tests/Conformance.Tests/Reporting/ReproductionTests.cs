using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

/// <summary>Every failure says how to rerun exactly its scenario against the same target, and whether its curl line can replay it.</summary>
[TestFixture]
public sealed class ReproductionTests
{
    private const string Root = "/work/checkout";

    [Test]
    public void AnExternalTarget_IsRerunWithItsUrlProfileAndSpecs_AndOnlyThatScenario()
    {
        var settings = new ConformanceSettings { Target = new Uri("https://staging.example.test"), Profile = "profiles/staging.yaml", Specs = ["dfns"] };

        Assert.That(Reproduction.Command(RerunArguments.From(settings), "dfns.credentials.activate/nonce/replay-rejected", Root),
            Is.EqualTo("./run-conformance.sh --target https://staging.example.test/ --profile profiles/staging.yaml --spec dfns --only dfns.credentials.activate/nonce/replay-rejected"));
    }

    [Test]
    public void TheEmbeddedReferenceTarget_IsRerunWithItsFaults_AndNoUrl()
    {
        // The embedded target listens on a new port each run: its URL would not reach it again.
        var settings = new ConformanceSettings { ReferenceFaults = ["dfns-nonce-replay-accepted"] };

        Assert.That(Reproduction.Command(RerunArguments.From(settings), "dfns-legacy.credentials.activate/nonce/replayed", Root),
            Is.EqualTo("./run-conformance.sh --reference-fault dfns-nonce-replay-accepted --only dfns-legacy.credentials.activate/nonce/replayed"));
    }

    [Test]
    public void InARunOverSeveralTargets_EachScenarioIsRerunOnItsOwnTarget()
    {
        var run = MultiTargetSample.Create();
        run = run with
        {
            Info = run.Info with
            {
                Targets = run.Info.Targets.Select(t => t with { Rerun = new RerunArguments(t.Url, $"profiles/{t.Name}.yaml", [], []) }).ToList(),
            },
        };

        var commands = run.Scenarios.Where(s => s.Verdict == Conformance.Checks.Verdict.Fail).Select(s => (s.Target, Command: Reproduction.Command(run.Info, s, Root))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(commands, Is.Not.Empty);
            foreach (var (target, command) in commands) Assert.That(command, Does.Contain($"--profile profiles/{target}.yaml"), target);
        });
    }

    [Test]
    public void PathsAreShownFromTheRepository_AndNoLocalFolderOutsideIt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Reproduction.Shown("/work/checkout/specs/dfns/openapi.yaml", Root), Is.EqualTo("specs/dfns/openapi.yaml"));
            Assert.That(Reproduction.Shown("/home/qa/profiles/staging.yaml", Root), Is.EqualTo("staging.yaml"));
            Assert.That(Reproduction.Shown(@"C:\Users\qa\staging.yaml", Root), Is.EqualTo("staging.yaml"));
            Assert.That(Reproduction.Shown("dfns-legacy", Root), Is.EqualTo("dfns-legacy"), "a contract id as given");
        });
    }

    [Test]
    public void ARunThatDidNotRecordItsArguments_GivesNoCommand_RatherThanAWrongOne()
    {
        var run = SampleRun.Create();
        var old = run.Info with { Targets = [] };

        Assert.That(Reproduction.Command(old, run.Scenarios[1], Root), Is.Null);
    }

    [Test]
    public void TheCurlLine_SaysWhenItCannotReplayAOneTimeToken()
    {
        RecordedRequest Request(params (string Name, string Value)[] headers) =>
            new("PUT", "https://staging.example.test/x", headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList(), null);

        Assert.Multiple(() =>
        {
            Assert.That(ReplayNote.For(Request(("X-DFNS-USERACTION", "[REDACTED]"))), Does.StartWith("cannot be replayed as is: it carried one-time values (X-DFNS-USERACTION)"));
            Assert.That(ReplayNote.For(Request(("X-Nonce", "eyJ…"))), Does.Contain("(X-Nonce)"));
            Assert.That(ReplayNote.For(Request(("Authorization", "Bearer [REDACTED]"))), Is.EqualTo("put your own credentials in place of [REDACTED]"));
            Assert.That(ReplayNote.For(Request(("Accept", "application/json"))), Is.Null, "a plain request replays as it is");
        });
    }
}
