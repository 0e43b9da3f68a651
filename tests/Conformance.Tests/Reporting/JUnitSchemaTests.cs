using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Conformance.Reporting;
using Conformance.Spec.Vocabulary;

namespace Conformance.Tests.Reporting;

/// <summary>
/// junit.xml is valid against the Jenkins JUnit schema (jenkinsci/xunit-plugin junit-10.xsd,
/// copied unchanged into Fixtures/): every verdict, both gate levels, an unrestored fixture.
/// </summary>
[TestFixture]
public sealed class JUnitSchemaTests
{
    private static readonly XmlSchemaSet Schema = Load();

    [TestCase(RequirementLevel.Must)]
    [TestCase(RequirementLevel.Should)]
    public void JUnitXml_IsValidAgainstTheJenkinsSchema(RequirementLevel failOn)
    {
        var xml = new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions { FailOn = failOn });

        Assert.That(Errors(xml), Is.Empty);
    }

    [Test]
    public void TheSchemaCheck_RejectsWhatJenkinsRejects()
    {
        // A skipped count on <testsuites> (what junit.xml used to carry) is not in the schema.
        var document = XDocument.Parse(new JUnitRenderer().Render(SampleRun.Create(), new ReportOptions()));
        document.Root!.SetAttributeValue("skipped", "1");

        Assert.That(Errors(document.ToString()), Has.Some.Contains("skipped"));
    }

    /// <summary>The schema's complaints about <paramref name="xml"/>, one line each.</summary>
    public static IReadOnlyList<string> Errors(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schema };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet();
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Reporting", "Fixtures", "jenkins-junit-10.xsd");
        using (var reader = XmlReader.Create(path))
        {
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
