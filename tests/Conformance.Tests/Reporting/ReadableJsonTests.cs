using System.Text.Json.Nodes;
using Conformance.Http;
using Conformance.Reporting;

namespace Conformance.Tests.Reporting;

/// <summary>
/// Curl lines show JSON bodies as people read them: a generated "é" as é, not \u00E9, the same
/// JSON value, still shell-safe; escapes that hide what was sent stay escaped.
/// </summary>
[TestFixture]
public sealed class ReadableJsonTests
{
    [TestCase("{\"name\":\"\\u00E9t\\u00E9\"}", "{\"name\":\"été\"}")]
    [TestCase("{\"cjk\":\"\\u4E2D\\u6587\",\"n\":1}", "{\"cjk\":\"中文\",\"n\":1}")]
    [TestCase("[\"\\uD83D\\uDE00\"]", "[\"😀\"]")]
    [TestCase("{\"\\u00FC\":\"key too\"}", "{\"ü\":\"key too\"}")]
    public void VisibleNonAsciiCharacters_AreWrittenAsThemselves(string sent, string shown)
    {
        var readable = ReadableJson.Unescape(sent);

        Assert.Multiple(() =>
        {
            Assert.That(readable, Is.EqualTo(shown));
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(readable), JsonNode.Parse(sent)), Is.True, "the same JSON value");
        });
    }

    [TestCase("{\"a\":\"\\u0027\\u003C\\u0026\"}", Description = "ASCII escapes (quote, <, &)")]
    [TestCase("{\"a\":\"\\\\u00E9\"}", Description = "an escaped backslash followed by u00E9 is text, not an escape")]
    [TestCase("{\"a\":\"\\u202E\\u200B\\uFEFF\"}", Description = "a bidi override, a zero-width space, a BOM")]
    [TestCase("{\"a\":\"\\u00A0\\u2028\\u0085\"}", Description = "a no-break space, a line separator, a C1 control")]
    [TestCase("{\"a\":\"\\uD83D\",\"b\":\"\\uDE00x\"}", Description = "lone surrogates")]
    [TestCase("{\"a\":\"\\uE000\"}", Description = "private use")]
    [TestCase("not json \\u00E9", Description = "not JSON: left as sent")]
    [TestCase("{\"a\":\"\\u00E9\"", Description = "cut JSON: left as sent")]
    public void OtherEscapes_AndTextThatIsNotJson_StayAsSent(string sent)
    {
        Assert.That(ReadableJson.Unescape(sent), Is.EqualTo(sent));
    }

    [Test]
    public void ReadableCurl_ShowsTheCharacters_InsideTheShellsSingleQuotes()
    {
        var request = new RecordedRequest("POST", "https://t.example/x", [new("Content-Type", "application/json")], "{\"name\":\"O'Br\\u00EFen \\u00E9\"}");
        var exchange = new Exchange("stimulus", request, null, null, DateTimeOffset.UnixEpoch, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(ReadableCurl.From(exchange), Is.EqualTo("curl -X POST 'https://t.example/x' -H 'Content-Type: application/json' --data-raw '{\"name\":\"O'\\''Brïen é\"}'"));
            Assert.That(CurlCommand.From(exchange), Does.Contain("\\u00EF"), "the recorded request itself is unchanged");
        });
    }
}
