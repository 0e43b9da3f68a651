using Conformance.ReferenceTarget.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>The ±window of D3 on a fake clock passed through ReferenceTargetOptions.TimeProvider.</summary>
[TestFixture]
internal sealed class NonceWindowTests
{
    private const string Invalid = "request nonce is missing or invalid";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [TestCase(-301, 400)]
    [TestCase(-299, 200)]
    [TestCase(299, 200)]
    [TestCase(301, 400)]
    [TestCase(-86400, 400)]
    public async Task Nonces_outside_the_default_300s_window_are_stale(int offsetSeconds, int expected)
    {
        var clock = new FakeTimeProvider(Start);
        await using var target = await TestTarget.StartAsync(clock);
        var nonce = TestNonce.Create(Start.AddSeconds(offsetSeconds));
        var reply = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = nonce });
        Assert.That(reply.Code, Is.EqualTo(expected), reply.ToString());
        if (expected == 400)
        {
            Assert.That(reply.ErrorMessage, Is.EqualTo(Invalid));
        }
    }

    [Test]
    public async Task The_window_option_is_honoured()
    {
        var clock = new FakeTimeProvider(Start);
        await using var target = await TestTarget.StartAsync(clock, nonceWindowSeconds: 60);
        var inside = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(Start.AddSeconds(-59)) });
        var outside = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(Start.AddSeconds(-61)) });
        Assert.Multiple(() =>
        {
            Assert.That(inside.Code, Is.EqualTo(200), inside.ToString());
            Assert.That(outside.Code, Is.EqualTo(400), outside.ToString());
        });
    }

    [Test]
    public async Task A_nonce_accepted_once_is_stale_after_the_window_passes()
    {
        var clock = new FakeTimeProvider(Start);
        await using var target = await TestTarget.StartAsync(clock);
        var nonce = TestNonce.Create(Start);
        var first = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = nonce });
        clock.Advance(TimeSpan.FromSeconds(301));
        var later = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = nonce });
        Assert.Multiple(() =>
        {
            Assert.That(first.Code, Is.EqualTo(200), first.ToString());
            Assert.That(later.Code, Is.EqualTo(400), later.ToString());
            Assert.That(later.ErrorMessage, Is.EqualTo(Invalid), "stale, whether or not the store still remembers it");
        });
    }

    [Test]
    public async Task The_replay_store_forgets_nonces_once_they_are_outside_the_window()
    {
        var clock = new FakeTimeProvider(Start);
        await using var target = await TestTarget.StartAsync(clock, nonceWindowSeconds: 60);
        for (var i = 0; i < 20; i++)
        {
            await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(clock.GetUtcNow()) });
        }

        var store = target.Running.Dfns.Nonces.Store;
        Assert.That(store.Count, Is.EqualTo(20));
        clock.Advance(TimeSpan.FromSeconds(61));
        for (var i = 0; i < 10; i++)
        {
            await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(clock.GetUtcNow()) });
        }

        Assert.That(store.Count, Is.EqualTo(10), "each insert evicts expired entries; the 20 old ones are gone");
    }
}
