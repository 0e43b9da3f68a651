using Conformance.Http;

namespace Conformance.Tests.Http;

[TestFixture]
public sealed class CurlCommandTests
{
    [Test]
    public void WritesOneLineWithQuotedParts()
    {
        var exchange = new Exchange(
            "stimulus",
            new RecordedRequest("PUT", "http://127.0.0.1:1/auth/credentials/activate", [new("Authorization", "Bearer [REDACTED]"), new("X-Note", "it's")], "{\"a\":\"it's\"}"),
            null,
            "connection failed",
            DateTimeOffset.UnixEpoch,
            TimeSpan.Zero);

        Assert.That(
            CurlCommand.From(exchange),
            Is.EqualTo("curl -X PUT 'http://127.0.0.1:1/auth/credentials/activate' -H 'Authorization: Bearer [REDACTED]' -H 'X-Note: it'\\''s' --data-raw '{\"a\":\"it'\\''s\"}'"));
    }

    [Test]
    public void LineBreaksStayOnOneLine()
    {
        var exchange = new Exchange("s", new RecordedRequest("POST", "http://h/x", [], "a\nb'c"), null, null, DateTimeOffset.UnixEpoch, TimeSpan.Zero);

        Assert.That(CurlCommand.From(exchange), Is.EqualTo("curl -X POST 'http://h/x' --data-raw $'a\\nb\\'c'"));
    }
}
