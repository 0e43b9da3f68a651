using System.Xml.Linq;
using Conformance.Reporting;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class JUnitRendererTests
{
    [Test]
    public void Render_IsWellFormedWithOneTestcasePerScenarioAndEachUnrestoredFixture()
    {
        var xml = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions()));
        var root = xml.Root!;

        Assert.Multiple(() =>
        {
            Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
            Assert.That(root.Descendants("testcase").Count(), Is.EqualTo(7));
            Assert.That(root.Attribute("tests")!.Value, Is.EqualTo("7"));
            Assert.That(root.Attribute("failures")!.Value, Is.EqualTo("2"), "the MUST failure and the fixture");
            Assert.That(root.Attribute("errors")!.Value, Is.EqualTo("1"), "the transport error");
            Assert.That(root.Attribute("skipped"), Is.Null, "the Jenkins schema has no skipped on <testsuites>");
            Assert.That(root.Elements("testsuite").Sum(s => int.Parse(s.Attribute("skipped")!.Value, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(1));
            Assert.That(root.Elements("testsuite").Select(s => s.Attribute("name")!.Value),
                Is.EqualTo(new[] { "dfns.credentials.activate", "dfns.credentials.deactivate", "senhasegura.credential.enable", "conformance.fixtures" }));
        });
    }

    [Test]
    public void Render_AMustFailure_HasRequirementExpectedActualAndTheCurlInTheBody()
    {
        var xml = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions()));
        var testcase = xml.Descendants("testcase").Single(t => t.Attribute("name")!.Value.EndsWith("Replays a used nonce", StringComparison.Ordinal));
        var failure = testcase.Element("failure")!;

        Assert.Multiple(() =>
        {
            Assert.That(testcase.Attribute("classname")!.Value, Is.EqualTo("dfns.credentials.activate"));
            Assert.That(testcase.Attribute("name")!.Value, Is.EqualTo("PUT /auth/credentials/activate › Replays a used nonce"));
            Assert.That(failure.Attribute("message")!.Value, Is.EqualTo($"[MUST, documented] {SampleRun.ReplayId} → expected 400 → actual 200 OK <script>alert(1)</script>"));
            Assert.That(failure.Attribute("type")!.Value, Is.EqualTo("MUST"));
            Assert.That(failure.Value, Does.Contain(SampleRun.ReplayQuote).And.Contain("Source: " + SampleRun.ReplaySource));
            Assert.That(failure.Value, Does.Contain("Rerun: " + "./run-conformance.sh --target https://staging.example.test --profile profiles/staging.yaml --only " + SampleRun.ReplayId + "\ncurl: curl -X PUT 'https://staging.example.test/auth/credentials/activate'"));
        });
    }

    [Test]
    public void Render_ASkip_CarriesItsReason()
    {
        var xml = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions()));

        var skipped = xml.Descendants("skipped").Single();

        Assert.That(skipped.Attribute("message")!.Value, Is.EqualTo(SampleRun.SkipReason));
    }

    [Test]
    public void Render_AWarnUnderFailOnMust_PassesWithANote()
    {
        var xml = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions()));

        var warn = WarnCase(xml);

        Assert.Multiple(() =>
        {
            Assert.That(warn.Element("failure"), Is.Null);
            Assert.That(warn.Elements("system-out").Single().Value, Does.Contain("WARN").And.Contain(SampleRun.WarnId));
        });
    }

    [Test]
    public void Render_AWarnUnderFailOnShould_IsAFailure()
    {
        var xml = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions { FailOn = RequirementLevel.Should }));

        var warn = WarnCase(xml);

        Assert.Multiple(() =>
        {
            Assert.That(warn.Element("failure")!.Attribute("message")!.Value, Does.StartWith($"[SHOULD, documented] {SampleRun.WarnId} → expected"));
            Assert.That(xml.Root!.Attribute("failures")!.Value, Is.EqualTo("3"));
        });
    }

    [Test]
    public void Render_ATransportError_IsAnError()
    {
        var xml = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions()));

        var error = xml.Descendants("error").Single();

        Assert.That(error.Attribute("message")!.Value, Does.EndWith("→ actual " + SampleRun.TransportError));
    }

    [Test]
    public void Render_ControlCharactersInABody_StillMakeWellFormedXml()
    {
        var run = SampleRun.Create();
        var broken = run.Scenarios[1] with
        {
            Outcomes = [run.Scenarios[1].Outcomes[1] with { Actual = "bytes \u0001\u0007 here" }],
        };

        var text = new JUnitRenderer().Render(run with { Scenarios = [broken], Unrestored = [] }, new ReportOptions());

        Assert.That(XDocument.Parse(text).Descendants("failure").Single().Attribute("message")!.Value, Does.Contain(@"\u0001\u0007"));
    }

    private static XElement WarnCase(XDocument xml) =>
        xml.Descendants("testcase").Single(t => t.Attribute("classname")!.Value == "dfns.credentials.deactivate");
}
