using Conformance.Http;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Http;

/// <summary>What the engine's own requests retry, and how long they wait (Retry-After, RFC 9110 §10.2.3).</summary>
[TestFixture]
public sealed class EngineRetryTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));

    private static Exchange Answer(int status, string? retryAfter = null) => new(
        "probe", new RecordedRequest("GET", "http://127.0.0.1:1/x", [], null),
        new RecordedResponse(status, "application/json", retryAfter is null ? [] : [new("Retry-After", retryAfter)], "{}", false), null, Clock.GetUtcNow(), TimeSpan.Zero);

    private static Exchange NoAnswer(TransportFailure failure) => new(
        "probe", new RecordedRequest("GET", "http://127.0.0.1:1/x", [], null), null, "no response", Clock.GetUtcNow(), TimeSpan.Zero) { Failure = failure };

    [TestCase(429, null, true)]
    [TestCase(503, null, true)]
    [TestCase(429, "5", true)]
    [TestCase(503, "30", true)]
    [TestCase(429, "31", false)]
    [TestCase(500, null, false)]
    [TestCase(502, null, false)]
    [TestCase(404, null, false)]
    [TestCase(200, null, false)]
    public void AnswersWorthAnotherTry(int status, string? retryAfter, bool transient) =>
        Assert.That(EngineRetry.IsTransient(Answer(status, retryAfter), Clock), Is.EqualTo(transient));

    [TestCase(TransportFailure.Connection, true)]
    [TestCase(TransportFailure.Timeout, false)]
    [TestCase(TransportFailure.Tls, false)]
    [TestCase(TransportFailure.Dns, false)]
    [TestCase(TransportFailure.Refused, false)]
    public void FailuresWorthAnotherTry(TransportFailure failure, bool transient) =>
        Assert.That(EngineRetry.IsTransient(NoAnswer(failure), Clock), Is.EqualTo(transient));

    [Test]
    public void ARestorationAlsoRetriesWhatItCannotRead()
    {
        Exchange Body(string type, string body, bool truncated = false) => new(
            "restore", new RecordedRequest("PUT", "http://127.0.0.1:1/x", [], null),
            new RecordedResponse(200, type, [], body, truncated), null, Clock.GetUtcNow(), TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(EngineRetry.IsUnusable(NoAnswer(TransportFailure.Timeout)), Is.True);
            Assert.That(EngineRetry.IsUnusable(Answer(502)), Is.True);
            Assert.That(EngineRetry.IsUnusable(Answer(504)), Is.True);
            Assert.That(EngineRetry.IsUnusable(Answer(307)), Is.True, "a redirect is not the target acting on it");
            Assert.That(EngineRetry.IsUnusable(Body("application/json", "{\"a\":")), Is.True, "cut JSON");
            Assert.That(EngineRetry.IsUnusable(Body("application/json", "{\"a\":", truncated: true)), Is.True);
            Assert.That(EngineRetry.IsUnusable(Body("application/json", "{\"a\":1}      ", truncated: true)), Is.False, "cut only in trailing padding: readable");
            Assert.That(EngineRetry.IsUnusable(Body("application/json", "{\"a\":1}")), Is.False);
            Assert.That(EngineRetry.IsUnusable(Body("text/plain", "not json and not claiming to be")), Is.False);
            Assert.That(EngineRetry.IsUnusable(Answer(400)), Is.False, "a refusal is an answer");
            Assert.That(EngineRetry.IsUnusable(NoAnswer(TransportFailure.Tls)), Is.False);
        });
    }

    [Test]
    public void RetryAfterIsReadAsSecondsOrAsAnHttpDate()
    {
        Assert.Multiple(() =>
        {
            Assert.That(EngineRetry.RetryAfter(Answer(429, "7"), Clock), Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(EngineRetry.RetryAfter(Answer(429, Clock.GetUtcNow().AddSeconds(12).ToString("r", System.Globalization.CultureInfo.InvariantCulture)), Clock), Is.EqualTo(TimeSpan.FromSeconds(12)));
            Assert.That(EngineRetry.RetryAfter(Answer(429, Clock.GetUtcNow().AddSeconds(-12).ToString("r", System.Globalization.CultureInfo.InvariantCulture)), Clock), Is.EqualTo(TimeSpan.Zero));
            Assert.That(EngineRetry.RetryAfter(Answer(429, "soon"), Clock), Is.Null);
            Assert.That(EngineRetry.RetryAfter(Answer(429), Clock), Is.Null);
        });
    }

    [Test]
    public async Task ThePipelineWaitsWhatRetryAfterSaysOnTheInjectedClock()
    {
        var clock = new FakeTimeProvider(Clock.GetUtcNow());
        var answers = new Queue<Exchange>([Answer(429, "20"), Answer(200)]);
        var pipeline = EngineRetry.Create<Exchange>(e => e, clock);

        var running = pipeline.ExecuteAsync(_ => ValueTask.FromResult(answers.Dequeue()), CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.That(running.IsCompleted, Is.False, "waiting the 20 s the target asked for");
        clock.Advance(TimeSpan.FromSeconds(20));
        var final = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(final.Status, Is.EqualTo(200));
    }
}
