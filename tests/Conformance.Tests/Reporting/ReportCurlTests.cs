using Conformance.Http;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

[TestFixture]
public sealed class ReportCurlTests
{
    [Test]
    public void From_APutWithBody_QuotesEverythingForAPosixShell()
    {
        var request = new RecordedRequest(
            "PUT",
            "https://h.test/auth/credentials/activate?x=1&y=2",
            [new("Authorization", "Bearer [redacted]"), new("Content-Length", "27"), new("X-Note", "it's")],
            "{\"credentialUuid\":\"cr-1\"}");

        Assert.That(ReportCurl.From(request), Is.EqualTo(
            "curl -X PUT 'https://h.test/auth/credentials/activate?x=1&y=2' -H 'Authorization: Bearer [redacted]' "
            + "-H 'X-Note: it'\\''s' --data-raw '{\"credentialUuid\":\"cr-1\"}'"));
    }

    [Test]
    public void From_AGetWithoutBody_OmitsTheMethod()
    {
        Assert.That(ReportCurl.From(new RecordedRequest("GET", "https://h.test/a", [], null)), Is.EqualTo("curl 'https://h.test/a'"));
    }
}
