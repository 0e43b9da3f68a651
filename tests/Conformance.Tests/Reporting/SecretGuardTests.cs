using System.Net;
using System.Text.Json;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class SecretGuardTests
{
    private const string Secret = "pa<ss>&wo'rd+123";

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(Secret).SetName("Scrub_Raw_Redacts");
        yield return new TestCaseData(WebUtility.HtmlEncode(Secret)).SetName("Scrub_HtmlEscaped_Redacts");
        yield return new TestCaseData(System.Security.SecurityElement.Escape(Secret)).SetName("Scrub_XmlEscaped_Redacts");
        yield return new TestCaseData(JsonEncodedText.Encode(Secret).ToString()).SetName("Scrub_JsonEscaped_Redacts");
        yield return new TestCaseData(Uri.EscapeDataString(Secret)).SetName("Scrub_UrlEscaped_Redacts");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Scrub_FindsTheSecretHoweverItWasEscaped(string written)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "allure-results"));
        var file = Path.Combine(temp.Path, "allure-results", "a-attachment.txt");
        File.WriteAllText(file, $"Authorization: Bearer {written}\nkept");
        File.WriteAllText(Path.Combine(temp.Path, "clean.txt"), "nothing here");

        var changed = new SecretGuard([Secret]).Scrub(temp.Path);

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(file), Is.EqualTo("Authorization: Bearer [REDACTED]\nkept"));
            Assert.That(changed, Is.EqualTo(new[] { Path.Combine("allure-results", "a-attachment.txt") }));
            Assert.That(SecretGuard.Warning(changed), Does.Contain("a-attachment.txt").And.Not.Contain("pa<ss").And.Not.Contain("pa&lt;ss"));
        });
    }

    [Test]
    public void Scrub_ValuesShorterThanTheRegistryFloor_AreIgnored()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "summary.md"), "a b c 12345");

        Assert.Multiple(() =>
        {
            Assert.That(new SecretGuard(["a", "12345"]).Scrub(temp.Path), Is.Empty);
            Assert.That(File.ReadAllText(Path.Combine(temp.Path, "summary.md")), Is.EqualTo("a b c 12345"));
        });
    }
}
