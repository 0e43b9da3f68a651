using System.Text;
using Conformance.Reporting.Allure;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class ExternalUrlsTests
{
    private const string Gtag = "<script async src=\"https://www.googletagmanager.com/gtag/js?id=G-TEST\"></script>\n<script>\n  window.dataLayer = window.dataLayer || [];\n  function gtag(){dataLayer.push(arguments);}\n</script>";

    [Test]
    public void In_AnAnalyticsTag_IsFound()
    {
        Assert.That(ExternalUrls.In($"<html><body>{Gtag}</body></html>"),
            Is.EqualTo(new[] { "https://www.googletagmanager.com/gtag/js?id=G-TEST", "(analytics code)" }));
    }

    [Test]
    public void In_AUrlInsideAnEmbeddedScriptBundle_IsFound()
    {
        var bundle = Convert.ToBase64String(Encoding.UTF8.GetBytes("fetch(\"https://cdn.example.net/font.woff\")"));

        Assert.That(ExternalUrls.In($"<script src=\"data:text/javascript;base64,{bundle}\"></script>"), Is.EqualTo(new[] { "https://cdn.example.net/font.woff" }));
    }

    [Test]
    public void In_NamespacesCodeBuiltLinksAndReportData_AreNotExternal()
    {
        var bundle = Convert.ToBase64String(Encoding.UTF8.GetBytes("createElementNS(\"http://www.w3.org/2000/svg\",\"svg\");link(`https://${host}`);new URL(p,\"https://localhost\")"));
        var data = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"link\":\"https://docs.vendor.example/auth\"}"));

        var html = $"<svg xmlns=\"http://www.w3.org/2000/svg\"></svg><script src=\"data:text/javascript;base64,{bundle}\"></script><script>d(\"data/x.json\",\"{data}\")</script>";

        Assert.That(ExternalUrls.In(html), Is.Empty);
    }

    [Test]
    public void In_AUrlInsideThePackedApp_IsFound_AndThePackedDataIsNotSearched()
    {
        var html = Packed("app", "fetch(\"https://cdn.example.net/font.woff\")")
            + Packed("data", "{\"text\":{\"data/x.json\":\"{\\\"link\\\":\\\"https://docs.vendor.example/auth\\\"}\"}}");

        Assert.That(ExternalUrls.In(html), Is.EqualTo(new[] { "https://cdn.example.net/font.woff" }));
    }

    private static string Packed(string id, string text)
    {
        using var bytes = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(bytes, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return $"<script type=\"application/x-allure-packed\" id=\"allure-packed-{id}\">{Convert.ToBase64String(bytes.ToArray())}</script>";
    }
}
