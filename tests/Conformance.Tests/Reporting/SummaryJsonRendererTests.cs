using System.Text.Json;
using Conformance.Checks;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class SummaryJsonRendererTests
{
    [Test]
    public void Render_ParsesAndCarriesTheRunsFacts()
    {
        using var json = JsonDocument.Parse(new SummaryJsonRenderer().Render(SampleRun.Create(), new ReportOptions()));
        var root = json.RootElement;
        var totals = root.GetProperty("totals");
        var dfns = root.GetProperty("vendors")[0];

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("schemaVersion").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("target").GetString(), Is.EqualTo(SampleRun.Target));
            Assert.That(root.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(root.GetProperty("failOn").GetString(), Is.EqualTo("MUST"));
            Assert.That(totals.GetProperty("scenarios").GetInt32(), Is.EqualTo(6));
            Assert.That(totals.GetProperty("pass").GetInt32(), Is.EqualTo(2));
            Assert.That(totals.GetProperty("warn").GetInt32(), Is.EqualTo(1));
            Assert.That(totals.GetProperty("skip").GetInt32(), Is.EqualTo(1));
            Assert.That(totals.GetProperty("fail").GetInt32(), Is.EqualTo(2));
            Assert.That(root.GetProperty("specs").GetArrayLength(), Is.EqualTo(2));
            Assert.That(dfns.GetProperty("vendor").GetString(), Is.EqualTo("dfns"));
            Assert.That(dfns.GetProperty("score").GetProperty("must").GetProperty("passed").GetInt32(), Is.EqualTo(3));
            Assert.That(dfns.GetProperty("score").GetProperty("must").GetProperty("applicable").GetInt32(), Is.EqualTo(4));
            Assert.That(dfns.GetProperty("score").GetProperty("must").GetProperty("percent").GetDouble(), Is.EqualTo(75));
            Assert.That(dfns.GetProperty("grid").GetArrayLength(), Is.EqualTo(4));
            Assert.That(root.GetProperty("scenarios").GetArrayLength(), Is.EqualTo(6));
            Assert.That(root.GetProperty("unrestoredFixtures")[0].GetProperty("id").GetString(), Is.EqualTo("cr-bbbbb"));
        });
    }

    [Test]
    public void Render_AFailedScenario_HasRequirementExpectedActualAndCurl()
    {
        using var json = JsonDocument.Parse(new SummaryJsonRenderer().Render(SampleRun.Create(), new ReportOptions()));
        var replay = json.RootElement.GetProperty("scenarios").EnumerateArray()
            .Single(s => s.GetProperty("verdict").GetString() == "FAIL" && s.GetProperty("vendor").GetString() == "dfns");
        var failure = replay.GetProperty("failures")[0];

        Assert.Multiple(() =>
        {
            Assert.That(failure.GetProperty("requirementId").GetString(), Is.EqualTo(SampleRun.ReplayId));
            Assert.That(failure.GetProperty("level").GetString(), Is.EqualTo("MUST"));
            Assert.That(failure.GetProperty("source").GetString(), Is.EqualTo(SampleRun.ReplaySource));
            Assert.That(failure.GetProperty("quote").GetString(), Is.EqualTo(SampleRun.ReplayQuote));
            Assert.That(failure.GetProperty("expected").GetString(), Is.EqualTo("400"));
            Assert.That(failure.GetProperty("actual").GetString(), Does.StartWith("200 OK"));
            Assert.That(failure.GetProperty("curl").GetString(), Does.StartWith("curl -X PUT 'https://staging.example.test/auth/credentials/activate'"));
        });
    }

    [Test]
    public void Render_FailOnShould_AWarningFailsTheGate()
    {
        var clean = SampleRun.Clean();
        var warned = clean with { Scenarios = [.. clean.Scenarios, SampleRun.Create().Scenarios.Single(s => s.Verdict == Conformance.Checks.Verdict.Warn)] };

        using var must = JsonDocument.Parse(new SummaryJsonRenderer().Render(warned, new ReportOptions()));
        using var should = JsonDocument.Parse(new SummaryJsonRenderer().Render(warned, new ReportOptions { FailOn = Conformance.Spec.Vocabulary.RequirementLevel.Should }));

        Assert.Multiple(() =>
        {
            Assert.That(must.RootElement.GetProperty("passed").GetBoolean(), Is.True);
            Assert.That(should.RootElement.GetProperty("passed").GetBoolean(), Is.False);
        });
    }
}
