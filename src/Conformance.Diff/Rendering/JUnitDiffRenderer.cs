using System.Text;
using System.Xml;

namespace Conformance.Diff.Rendering;

/// <summary>
/// JUnit XML as CI test views read it: one testcase per rule hit, a failure for each change at or
/// above the gate level (so the view agrees with the exit code), the rest passing with the change
/// in system-out.
/// </summary>
internal sealed class JUnitDiffRenderer(ChangeSeverity failOn) : IDiffRenderer
{
    public string Render(SpecDiff diff)
    {
        var failures = diff.Changes.Count(c => c.Severity >= failOn);
        var text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(text, settings))
        {
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", "spec-diff");
            xml.WriteAttributeString("tests", Count(diff.Changes.Count));
            xml.WriteAttributeString("failures", Count(failures));
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", $"spec-diff {diff.OldSource} -> {diff.NewSource}");
            xml.WriteAttributeString("tests", Count(diff.Changes.Count));
            xml.WriteAttributeString("failures", Count(failures));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            foreach (var change in diff.Changes) Testcase(xml, change);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return text.Append('\n').ToString();
    }

    private void Testcase(XmlWriter xml, SpecChange change)
    {
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", $"spec-diff.{change.OperationSlug ?? "document"}");
        xml.WriteAttributeString("name", $"{change.RuleId}: {change.Message}");
        var details = $"{DiffRenderers.Name(change.Severity)} {change.RuleId}\nold: {change.OldLocation?.ToString() ?? "-"}\nnew: {change.NewLocation?.ToString() ?? "-"}";
        if (change.Severity >= failOn)
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("message", change.Message);
            xml.WriteAttributeString("type", change.RuleId);
            xml.WriteString(details);
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteElementString("system-out", details);
        }

        xml.WriteEndElement();
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
