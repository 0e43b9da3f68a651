using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Auth;
using Conformance.Spec.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Auth;

[TestFixture]
public sealed class NonceSourceTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-04T05:06:07.089Z", CultureInfo.InvariantCulture);
    private static readonly NonceRules Rules = new("base64url-json", "uuid", "date", ["uuid", "nonce"], ["date", "datetime"], 300, 86400);

    private static JsonObject Decode(string nonce) => JsonNode.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(nonce)))!.AsObject();

    [Test]
    public void FreshIsBase64UrlJsonWithEverySpellingAndTheTime()
    {
        var nonce = new NonceSource(new FakeTimeProvider(Now)).Fresh(Rules);

        var json = Decode(nonce);
        Assert.Multiple(() =>
        {
            Assert.That(nonce, Does.Match("^[A-Za-z0-9_-]+$"), "base64url without padding");
            Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "uuid", "nonce", "date", "datetime" }), "the send spelling first, then every accepted one (D4-alt)");
            Assert.That(Guid.TryParse(json["uuid"]!.GetValue<string>(), out _), Is.True);
            Assert.That(json["nonce"]!.GetValue<string>(), Is.EqualTo(json["uuid"]!.GetValue<string>()));
            Assert.That(json["date"]!.GetValue<string>(), Is.EqualTo("2026-03-04T05:06:07.089Z"));
            Assert.That(json["datetime"]!.GetValue<string>(), Is.EqualTo("2026-03-04T05:06:07.089Z"));
        });
    }

    [Test]
    public void FreshUsesTheSpecsFieldNames()
    {
        var nonce = new NonceSource(new FakeTimeProvider(Now)).Fresh(Rules with { SendRandomField = "nonce", SendTimeField = "datetime" });

        Assert.That(Decode(nonce).Select(p => p.Key), Is.EqualTo(new[] { "nonce", "uuid", "datetime", "date" }));
    }

    [Test]
    public void EveryFreshNonceIsNew()
    {
        var source = new NonceSource(new FakeTimeProvider(Now));

        var first = source.Fresh(Rules);
        var second = source.Fresh(Rules);

        Assert.That(second, Is.Not.EqualTo(first));
    }

    [Test]
    public void FreshFollowsTheClock()
    {
        var clock = new FakeTimeProvider(Now);
        var source = new NonceSource(clock);

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.That(Decode(source.Fresh(Rules))["date"]!.GetValue<string>(), Is.EqualTo("2026-03-04T05:16:07.089Z"));
    }
}
