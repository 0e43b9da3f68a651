using Conformance.Execution;
using Conformance.Tests.Spec;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Execution.State;

/// <summary>The run budget and the unresponsive-target stop.</summary>
[TestFixture]
public sealed class RunControlTests
{
    [Test]
    public void TheBudget_StopsTheRun_WhenUsedUp()
    {
        var time = new FakeTimeProvider();
        using var control = new RunControl();
        control.StartBudget(TimeSpan.FromMinutes(30), time);

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.That(control.Stopping.IsCancellationRequested, Is.False);
        time.Advance(TimeSpan.FromMinutes(2));

        Assert.Multiple(() =>
        {
            Assert.That(control.Stopping.IsCancellationRequested, Is.True);
            Assert.That(control.StopReason, Does.Contain("run budget of 30 min"));
            Assert.That(control.Abandoning.IsCancellationRequested, Is.False, "restoration goes on");
        });
    }

    [Test]
    public async Task ConsecutiveRequestsWithoutAnswer_StopTheRun_AsUnresponsive()
    {
        using var control = new RunControl { UnresponsiveAfter = 3 };
        var target = new ScriptedSession(SpecFiles.Senhasegura, (_, _) => null);
        var transport = new WatchedTransport(target.Transport, control);
        var request = Conformance.Http.OutgoingRequest.Create("GET", "/api/pam/credential/1");

        await transport.SendAsync(request, "probe", CancellationToken.None);
        await transport.SendAsync(request, "probe", CancellationToken.None);
        Assert.That(control.Stopping.IsCancellationRequested, Is.False);
        await transport.SendAsync(request, "probe", CancellationToken.None);

        Assert.That(control.StopReason, Does.StartWith("target unresponsive: 3 requests in a row got no answer"));
    }

    [Test]
    public async Task AnAnswer_ResetsTheCount()
    {
        using var control = new RunControl { UnresponsiveAfter = 2 };
        var answers = new Queue<bool>([false, true, false, true, false]);
        var target = new ScriptedSession(SpecFiles.Senhasegura, (_, _) => answers.Dequeue() ? (200, "{}") : null);
        var transport = new WatchedTransport(target.Transport, control);
        var request = Conformance.Http.OutgoingRequest.Create("GET", "/api/pam/credential/1");

        for (var i = 0; i < 5; i++) await transport.SendAsync(request, "probe", CancellationToken.None);

        Assert.That(control.StopReason, Is.Null);
    }

    [Test]
    public void TheFirstReasonIsKept_AndAbandoningCancelsRestoration()
    {
        using var control = new RunControl();
        control.Stop("stopped by SIGTERM");
        control.Abandon();

        Assert.Multiple(() =>
        {
            Assert.That(control.StopReason, Is.EqualTo("stopped by SIGTERM"));
            Assert.That(control.Abandoning.IsCancellationRequested, Is.True);
        });
    }
}
