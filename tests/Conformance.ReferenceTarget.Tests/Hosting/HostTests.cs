using System.Diagnostics;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Hosting;

/// <summary>ReferenceTargetHost options: validation, active faults, latency.</summary>
[TestFixture]
internal sealed class HostTests
{
    [Test]
    public void An_unknown_fault_is_refused_by_name()
    {
        var options = new ReferenceTargetOptions { Faults = new HashSet<string> { "dfns-no-such-fault" } };
        Assert.That(async () => await ReferenceTargetHost.StartAsync(options), Throws.ArgumentException.With.Message.Contains("dfns-no-such-fault"));
    }

    [Test]
    public void An_unknown_key_algorithm_is_refused()
    {
        var options = new ReferenceTargetOptions { DfnsKeyAlgorithm = "dsa" };
        Assert.That(async () => await ReferenceTargetHost.StartAsync(options), Throws.ArgumentException);
    }

    [Test]
    public async Task Active_faults_are_reported_sorted()
    {
        await using var target = await TestTarget.StartAsync("senhasegura-reenable-200", "dfns-reactivate-error");
        Assert.That(target.Running.ActiveFaults, Is.EqualTo(new[] { "dfns-reactivate-error", "senhasegura-reenable-200" }));
    }

    [Test]
    public async Task Latency_delays_every_response()
    {
        await using var target = await TestTarget.StartAsync(new ReferenceTargetOptions { LatencyMs = 150 });
        await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials"));
        var watch = Stopwatch.StartNew();
        var dfns = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials"));
        var dfnsTime = watch.Elapsed;
        watch.Restart();
        var senha = await target.Senha.SendAsync("GET", "/api/pam/credential", bearer: "");
        var senhaTime = watch.Elapsed;
        Assert.Multiple(() =>
        {
            Assert.That(dfns.Code, Is.EqualTo(200));
            Assert.That(senha.Code, Is.EqualTo(404));
            Assert.That(dfnsTime, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(140)));
            Assert.That(senhaTime, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(140)));
        });
    }

    [Test]
    public async Task It_listens_on_loopback_on_a_free_port()
    {
        await using var target = await TestTarget.StartAsync();
        Assert.Multiple(() =>
        {
            Assert.That(target.Running.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(target.Running.BaseUrl.Port, Is.GreaterThan(0));
        });
    }
}
