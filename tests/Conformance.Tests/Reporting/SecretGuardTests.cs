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
        yield return new TestCaseData(Secret).SetName("Check_Raw_Throws");
        yield return new TestCaseData(WebUtility.HtmlEncode(Secret)).SetName("Check_HtmlEscaped_Throws");
        yield return new TestCaseData(System.Security.SecurityElement.Escape(Secret)).SetName("Check_XmlEscaped_Throws");
        yield return new TestCaseData(JsonEncodedText.Encode(Secret).ToString()).SetName("Check_JsonEscaped_Throws");
        yield return new TestCaseData(Uri.EscapeDataString(Secret)).SetName("Check_UrlEscaped_Throws");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Check_FindsTheSecretHoweverItWasEscaped(string written)
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "allure-results"));
        File.WriteAllText(Path.Combine(temp.Path, "allure-results", "a-attachment.txt"), $"Authorization: Bearer {written}\n");

        var error = Assert.Throws<ReportRefusedException>(() => new SecretGuard([Secret]).Check(temp.Path));

        Assert.That(error!.Message, Does.Contain("a-attachment.txt").And.Not.Contain("pa<ss").And.Not.Contain("pa&lt;ss"));
    }

    [Test]
    public void Check_ValuesShorterThanTheRegistryFloor_AreIgnored()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "summary.md"), "a b c 12345");

        Assert.DoesNotThrow(() => new SecretGuard(["a", "12345"]).Check(temp.Path));
    }
}
