using System.Text;
using System.Xml;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting;

/// <summary>
/// <c>junit.xml</c>: one testcase per scenario (classname <c>vendor.operation</c>, name = display
/// name). A FAIL is a failure whose message is requirement → expected → actual and whose body
/// holds the curl line; a transport error is an error; a WARN passes with a system-out note
/// unless <see cref="ReportOptions.FailOn"/> is SHOULD; a SKIP carries its reason. Valid against
/// the Jenkins JUnit schema (xunit-plugin <c>junit-10.xsd</c>, tests/…/Reporting/Fixtures).
/// </summary>
internal sealed class JUnitRenderer : IReportRenderer
{
    public string FileName => "junit.xml";

    public string Render(RunResult run, ReportOptions options)
    {
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new StringWriter(text), settings))
        {
            var failOnWarn = options.FailOn <= RequirementLevel.Should;
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "Conformance");
            // The Jenkins JUnit schema (xunit-plugin junit-10.xsd) has no 'skipped' on <testsuites>.
            WriteCounts(xml, run.Scenarios, failOnWarn, run.Unrestored.Count + (run.Incomplete is null ? 0 : 1), withSkipped: false);
            xml.WriteAttributeString("time", ReportText.Seconds(run.Info.FinishedAt - run.Info.StartedAt));
            foreach (var suite in run.Scenarios.GroupBy(ClassName))
            {
                WriteSuite(xml, run, suite.Key, suite.ToList(), failOnWarn, options.RepoRoot);
            }

            if (run.Unrestored.Count > 0) WriteFixtures(xml, run);
            if (run.Incomplete is not null) WriteIncomplete(xml, run);
            xml.WriteEndElement();
        }

        // StringWriter reports UTF-16; the file is written as UTF-8, so say so.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static string ClassName(ScenarioResult result) =>
        (result.Target is null ? "" : result.Target + ".") + $"{result.Scenario.Contract}.{result.Scenario.Operation.Slug}";

    private static void WriteSuite(XmlWriter xml, RunResult run, string name, IReadOnlyList<ScenarioResult> scenarios, bool failOnWarn, string? root)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", name);
        WriteCounts(xml, scenarios, failOnWarn, 0, withSkipped: true);
        xml.WriteAttributeString("time", ReportText.Seconds(TimeSpan.FromTicks(scenarios.Sum(s => s.Duration.Ticks))));
        xml.WriteAttributeString("timestamp", ReportText.Iso(scenarios.Min(s => s.StartedAt)));
        xml.WriteStartElement("properties");
        Property(xml, "target", run.Info.Target);
        Property(xml, "operation", scenarios[0].Scenario.Operation.Label);
        Property(xml, "suite.version", run.Info.SuiteVersion);
        xml.WriteEndElement();
        foreach (var scenario in scenarios) WriteCase(xml, scenario, FailureDetail.Of(scenario, run.Info, root), failOnWarn);
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, ScenarioResult result, IReadOnlyList<FailureDetail> failures, bool failOnWarn)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", ClassName(result));
        xml.WriteAttributeString("name", XmlText.Clean(result.Scenario.DisplayName));
        xml.WriteAttributeString("time", ReportText.Seconds(result.Duration));
        var note = $"{result.Scenario.Id}\n{result.Scenario.Stimulus}";
        switch (result.Verdict)
        {
            case Verdict.Skip:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", XmlText.Clean(result.Reason ?? "skipped"));
                xml.WriteEndElement();
                break;
            case Verdict.Inconclusive:
                // JUnit has no "cannot tell": a skip that says so, never a pass or a failure.
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", XmlText.Clean("INCONCLUSIVE: " + (result.Reason ?? "the evidence cannot tell")));
                xml.WriteEndElement();
                break;
            case Verdict.Fail:
                WriteFailure(xml, failures, failures.Any(f => f.IsTransportError) ? "error" : "failure");
                break;
            case Verdict.Warn when failOnWarn:
                WriteFailure(xml, failures, "failure");
                break;
            case Verdict.Warn:
                note += "\n\nWARN (a SHOULD is broken; the run does not fail on it):\n" + Body(failures);
                break;
        }

        xml.WriteElementString("system-out", XmlText.Clean(note));
        xml.WriteEndElement();
    }

    private static void WriteFailure(XmlWriter xml, IReadOnlyList<FailureDetail> failures, string element)
    {
        var first = failures.OrderByDescending(f => f.Level).First();
        xml.WriteStartElement(element);
        xml.WriteAttributeString("message", XmlText.Clean(first.Line));
        xml.WriteAttributeString("type", ReportText.Level(first.Level));
        xml.WriteString(XmlText.Clean(Body(failures)));
        xml.WriteEndElement();
    }

    /// <summary>Each failure as requirement / Expected / Actual / source, then the rerun command and its curl line.</summary>
    private static string Body(IEnumerable<FailureDetail> failures) =>
        string.Join("\n\n", failures.Select(f =>
            f.Block
            + (f.Source is null ? "" : $"\nSource: {f.Source}")
            + (f.Rerun is null ? "" : $"\nRerun: {f.Rerun}")
            + (f.Curl is null ? "" : $"\ncurl: {f.Curl}")
            + (f.CurlNote is null ? "" : $"\n({f.CurlNote})")));

    private static void WriteFixtures(XmlWriter xml, RunResult run)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "conformance.fixtures");
        xml.WriteAttributeString("tests", ReportText.Number(run.Unrestored.Count));
        xml.WriteAttributeString("failures", ReportText.Number(run.Unrestored.Count));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        foreach (var fixture in run.Unrestored)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("classname", $"{fixture.Vendor}.fixtures");
            xml.WriteAttributeString("name", XmlText.Clean($"{fixture.Kind} {fixture.Id} restored to {fixture.ExpectedState}"));
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", XmlText.Clean(
                $"fixture {fixture.Headline} → expected {fixture.ExpectedState} → actual {fixture.ObservedState ?? "unknown"}"));
            xml.WriteAttributeString("type", "FIXTURE");
            xml.WriteString(XmlText.Clean(fixture.Reason));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>A run that stopped before its end is a failure of its own, never a pass.</summary>
    private static void WriteIncomplete(XmlWriter xml, RunResult run)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "conformance.run");
        xml.WriteAttributeString("tests", "1");
        xml.WriteAttributeString("failures", "1");
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", "conformance.run");
        xml.WriteAttributeString("name", "the run completed");
        xml.WriteStartElement("failure");
        xml.WriteAttributeString("message", XmlText.Clean($"INCOMPLETE: {run.Incomplete}; {run.NotRun} scenarios did not run"));
        xml.WriteAttributeString("type", "INCOMPLETE");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<ScenarioResult> scenarios, bool failOnWarn, int extraFailures, bool withSkipped)
    {
        var errors = scenarios.Count(s => s.Verdict == Verdict.Fail && FailureDetail.Of(s).Any(f => f.IsTransportError));
        var failures = scenarios.Count(s => s.Verdict == Verdict.Fail || (failOnWarn && s.Verdict == Verdict.Warn)) - errors;
        xml.WriteAttributeString("tests", ReportText.Number(scenarios.Count + extraFailures));
        xml.WriteAttributeString("failures", ReportText.Number(failures + extraFailures));
        xml.WriteAttributeString("errors", ReportText.Number(errors));
        if (withSkipped) xml.WriteAttributeString("skipped", ReportText.Number(scenarios.Count(s => s.Verdict is Verdict.Skip or Verdict.Inconclusive)));
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
