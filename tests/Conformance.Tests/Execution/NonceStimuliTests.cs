using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Execution;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Execution;

/// <summary>The bad nonces the nonce scenarios send, made from the spec's rules and a fake clock.</summary>
[TestFixture]
public sealed class NonceStimuliTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-04T05:06:07.089Z", CultureInfo.InvariantCulture);
    private static readonly NonceRules Rules = new("base64url-json", "uuid", "date", ["uuid", "nonce"], ["date", "datetime"], 300, 3600);

    private static JsonObject Decode(string nonce) => JsonNode.Parse(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(nonce)))!.AsObject();

    private static string Resolve(string marker) => NonceStimuli.Resolve(marker, Rules, new FakeTimeProvider(Now))!;

    [TestCase(NonceMarkers.Stale, -1)]
    [TestCase(NonceMarkers.Future, 1)]
    public void StaleAndFuture_AreStaleSecondsAway_InEveryTimeSpelling(string marker, int sign)
    {
        var json = Decode(Resolve(marker));
        Assert.Multiple(() =>
        {
            foreach (var field in new[] { "date", "datetime" })
            {
                Assert.That(DateTimeOffset.Parse(json[field]!.GetValue<string>(), CultureInfo.InvariantCulture), Is.EqualTo(Now.AddHours(sign)), field);
            }
        });
    }

    [Test]
    public void MissingRandom_HasTheTimeInEverySpelling_AndNoRandomInAny()
    {
        Assert.That(Decode(Resolve(NonceMarkers.MissingRandom)).Select(p => p.Key), Is.EqualTo(new[] { "date", "datetime" }));
    }

    [Test]
    public void MissingTime_HasTheRandomInEverySpelling_AndNoTimeInAny()
    {
        var json = Decode(Resolve(NonceMarkers.MissingTime));
        Assert.Multiple(() =>
        {
            Assert.That(json.Select(p => p.Key), Is.EqualTo(new[] { "uuid", "nonce" }));
            Assert.That(json["nonce"]!.GetValue<string>(), Is.EqualTo(json["uuid"]!.GetValue<string>()));
        });
    }

    [Test]
    public void ConstantMarkers_AreMalformedAsTheyClaim()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Decode(Resolve(NonceMarkers.NotBase64Url)), Throws.InstanceOf<FormatException>().Or.InstanceOf<JsonException>());
            Assert.That(() => Decode(Resolve(NonceMarkers.NotJson)), Throws.InstanceOf<JsonException>());
        });
    }
}
