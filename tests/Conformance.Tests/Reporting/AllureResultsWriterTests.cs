using System.Text.Json;
using Conformance.Reporting;
using Conformance.Reporting.Allure;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class AllureResultsWriterTests
{
    private TempFolder temp = null!;

    [SetUp]
    public void SetUp() => temp = new TempFolder();

    [TearDown]
    public void TearDown() => temp.Dispose();

    [Test]
    public void Write_OneParsableResultPerScenario_WithItsIdentity()
    {
        var results = Write();

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(6));
            Assert.That(results.Select(r => Str(r, "fullName")), Is.EquivalentTo(SampleRun.Create().Scenarios.Select(s => s.Scenario.Id)));
            var replay = Replay(results);
            Assert.That(Str(replay, "name"), Is.EqualTo("PUT /auth/credentials/activate › Replays a used nonce"));
            Assert.That(Str(replay, "testCaseId"), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(Str(replay, "historyId"), Does.StartWith(Str(replay, "testCaseId") + ":"));
            Assert.That(Str(replay, "stage"), Is.EqualTo("finished"));
            Assert.That(replay.GetProperty("stop").GetInt64() - replay.GetProperty("start").GetInt64(), Is.EqualTo(250));
        });
    }

    [Test]
    public void Write_IdsAreStableAcrossRuns()
    {
        var first = Write().ToDictionary(r => Str(r, "fullName"), r => (Str(r, "historyId"), Str(r, "testCaseId"), Str(r, "uuid")));
        using var other = new TempFolder();

        var second = Write(other.Path).ToDictionary(r => Str(r, "fullName"), r => (Str(r, "historyId"), Str(r, "testCaseId"), Str(r, "uuid")));

        Assert.Multiple(() =>
        {
            foreach (var (id, ids) in first)
            {
                Assert.That((second[id].Item1, second[id].Item2), Is.EqualTo((ids.Item1, ids.Item2)), id);
                Assert.That(second[id].Item3, Is.Not.EqualTo(ids.Item3), "uuid is per result");
            }
        });
    }

    [Test]
    public void Write_LabelsLinksAndParameters_DescribeTheScenario()
    {
        var replay = Replay(Write());
        var labels = replay.GetProperty("labels").EnumerateArray().Select(l => (Str(l, "name"), Str(l, "value"))).ToList();
        var link = replay.GetProperty("links")[0];

        Assert.Multiple(() =>
        {
            Assert.That(labels, Does.Contain(("epic", "dfns")));
            Assert.That(labels, Does.Contain(("feature", "PUT /auth/credentials/activate")));
            Assert.That(labels, Does.Contain(("story", "nonce")));
            Assert.That(labels, Does.Contain(("severity", "critical")));
            Assert.That(labels, Does.Contain(("parentSuite", "dfns")));
            Assert.That(labels, Does.Contain(("suite", "PUT /auth/credentials/activate")));
            Assert.That(labels, Does.Contain(("tag", "MUST")).And.Contain(("tag", "nonce")).And.Contain(("tag", "dfns")));
            Assert.That(Str(link, "name"), Is.EqualTo(SampleRun.ReplayId));
            Assert.That(Str(link, "url"), Is.EqualTo(SampleRun.ReplaySource));
            Assert.That(Str(link, "type"), Is.EqualTo("tms"));
            Assert.That(replay.GetProperty("parameters").EnumerateArray().Select(p => Str(p, "name")), Is.EqualTo(new[] { "variant", "requirement", "level" }));
        });
    }

    [Test]
    public void Write_SeverityFollowsTheLevel()
    {
        var results = Write();

        Assert.Multiple(() =>
        {
            Assert.That(Label(ById(results, "dfns.credentials.deactivate/errors/unknown-id-message"), "severity"), Is.EqualTo("normal"));
            Assert.That(Label(Replay(results), "severity"), Is.EqualTo("critical"));
        });
    }

    [Test]
    public void Write_APassedScenario_IsCompact_NoStepsNoFiles_ItsChecksCountedInTheDescription()
    {
        var results = Write();
        var passed = ById(results, "dfns.credentials.activate/positive/valid-body");

        Assert.Multiple(() =>
        {
            Assert.That(passed.GetProperty("steps").GetArrayLength(), Is.Zero, "no step objects for a pass");
            Assert.That(passed.GetProperty("attachments").GetArrayLength(), Is.Zero, "no attachment file for a pass");
            Assert.That(Str(passed, "description"), Does.Contain("**Checks:** 2 passed (MUST 2) over 1 exchanges"));
            Assert.That(Str(passed, "description"), Does.Not.Contain("cr-aaaaa"), "no body of a passed exchange");
            Assert.That(File.ReadAllText(Directory.GetFiles(temp.Path, "*-result.json")[0]), Does.Not.Contain("\n  "), "result files are written without indentation");
            Assert.That(Directory.GetFiles(temp.Path, "*-attachment.*"), Has.Length.EqualTo(0 + 5 + 3 + 2 + 1),
                "passes: none; the failed replay: 2 steps × (request, response) + checks; the warning: request, response, checks; the transport error: request, checks; the skip: checks");
        });
    }

    [Test]
    public void Write_AStepPerExchange_WithRequestAndResponseAttached()
    {
        var replay = Replay(Write());
        var steps = replay.GetProperty("steps").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(steps.Select(s => Str(s, "name")), Is.EqualTo(new[]
            {
                "stimulus: PUT https://staging.example.test/auth/credentials/activate → 200",
                "stimulus-replay: PUT https://staging.example.test/auth/credentials/activate → 200",
            }));
            Assert.That(steps.Select(s => Str(s, "status")), Is.EqualTo(new[] { "passed", "failed" }), "the replay is the evidence");
            foreach (var attachment in steps.SelectMany(s => s.GetProperty("attachments").EnumerateArray()))
            {
                Assert.That(File.Exists(Path.Combine(temp.Path, Str(attachment, "source"))), Is.True, Str(attachment, "source"));
                Assert.That(Str(attachment, "source"), Does.Match("^[0-9a-f-]{36}-attachment\\.(txt|json)$"));
            }

            var request = steps[1].GetProperty("attachments")[0];
            Assert.That(Str(request, "name"), Is.EqualTo("request"));
            Assert.That(File.ReadAllText(Path.Combine(temp.Path, Str(request, "source"))), Does.Contain("Authorization: Bearer [redacted]").And.Contain("curl -X PUT"));
            var response = steps[1].GetProperty("attachments")[1];
            Assert.That(Str(response, "type"), Is.EqualTo("application/json"));
            Assert.That(JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, Str(response, "source")))).RootElement.GetProperty("message").GetString(), Is.EqualTo("ok"));
        });
    }

    [Test]
    public void Write_StatusAndStatusDetails_FollowTheVerdict()
    {
        var results = Write();
        var replay = Replay(results);
        var details = replay.GetProperty("statusDetails");

        Assert.Multiple(() =>
        {
            Assert.That(Str(replay, "status"), Is.EqualTo("failed"));
            Assert.That(Str(details, "message"), Does.StartWith($"[MUST, documented] {SampleRun.ReplayId}: {SampleRun.ReplayQuote}\nExpected: 400\n  Actual: 200 OK"));
            Assert.That(Str(details, "trace"), Does.StartWith("Rerun: " + "./run-conformance.sh --target https://staging.example.test --profile profiles/staging.yaml --only " + SampleRun.ReplayId + "\ncurl: curl -X PUT 'https://staging.example.test/auth/credentials/activate'"));
            Assert.That(Str(details, "expected"), Is.EqualTo("400"));
            Assert.That(Status(results, "dfns.credentials.activate/positive/valid-body"), Is.EqualTo("passed"));
            Assert.That(Status(results, "dfns.credentials.deactivate/errors/unknown-id-message"), Is.EqualTo("passed"), "a WARN does not fail under FailOn MUST");
            Assert.That(Status(results, "dfns.credentials.activate/permission/forbidden"), Is.EqualTo("skipped"));
            Assert.That(Str(ById(results, "dfns.credentials.activate/permission/forbidden").GetProperty("statusDetails"), "message"), Is.EqualTo(SampleRun.SkipReason));
            Assert.That(Status(results, "senhasegura.credential.enable/envelope/unreachable"), Is.EqualTo("broken"));
        });
    }

    [Test]
    public void Write_FailOnShould_MakesAWarnFailed()
    {
        var results = Write(options: new ReportOptions { FailOn = RequirementLevel.Should });

        Assert.That(Status(results, "dfns.credentials.deactivate/errors/unknown-id-message"), Is.EqualTo("failed"));
    }

    [Test]
    public void Write_ContainersEnvironmentAndCategories()
    {
        Write();
        var containers = Directory.GetFiles(temp.Path, "*-container.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
        var environment = File.ReadAllLines(Path.Combine(temp.Path, "environment.properties"));
        using var categories = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "categories.json")));

        Assert.Multiple(() =>
        {
            Assert.That(containers, Has.Count.EqualTo(4), "three operations and one unrestored fixture");
            var fixture = containers.Single(c => Str(c, "name").StartsWith("fixture", StringComparison.Ordinal));
            Assert.That(Str(fixture.GetProperty("afters")[0], "status"), Is.EqualTo("broken"));
            Assert.That(fixture.GetProperty("children").GetArrayLength(), Is.EqualTo(4), "every dfns scenario used a credential");
            Assert.That(environment, Does.Contain("Target=https://staging.example.test"));
            Assert.That(environment, Does.Contain("Score.dfns=MUST 75% (3/4), SHOULD 0% (0/1)"));
            Assert.That(categories.RootElement.GetArrayLength(), Is.EqualTo(5));
            // The categories must match the messages the run actually writes ("[MUST, documented] …").
            var must = new System.Text.RegularExpressions.Regex("^" + Str(categories.RootElement[0], "messageRegex") + "$");
            var should = new System.Text.RegularExpressions.Regex("^" + Str(categories.RootElement[1], "messageRegex") + "$");
            var results = Directory.GetFiles(temp.Path, "*-result.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
            Assert.That(must.IsMatch(Str(Replay(results).GetProperty("statusDetails"), "message")), Is.True);
            Assert.That(should.IsMatch(Str(Replay(results).GetProperty("statusDetails"), "message")), Is.False);
        });
    }

    private List<JsonElement> Write(string? folder = null, ReportOptions? options = null)
    {
        var dir = folder ?? temp.Path;
        new AllureResultsWriter().Write(SampleRun.Create(), dir, options ?? new ReportOptions());
        return Directory.GetFiles(dir, "*-result.json").Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
    }

    private static JsonElement Replay(List<JsonElement> results) => ById(results, "dfns.credentials.activate/nonce/replay-rejected");

    private static JsonElement ById(List<JsonElement> results, string id) => results.Single(r => Str(r, "fullName") == id);

    private static string Status(List<JsonElement> results, string id) => Str(ById(results, id), "status");

    private static string Label(JsonElement result, string name) =>
        result.GetProperty("labels").EnumerateArray().First(l => Str(l, "name") == name).GetProperty("value").GetString()!;

    private static string Str(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
