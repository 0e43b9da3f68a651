namespace Conformance.Tests.Hostile;

/// <summary>
/// The suite against a misbehaving target (issue 10): every behaviour of <see cref="HostileProxy"/>,
/// on every answer and on one in five. Each run must end (a guard, not a speed assertion), name
/// what went wrong, write its reports, leave every fixture as it found it (read on the target
/// itself) and write no secret the target ever returned. The quick cases run a few scenarios
/// that move fixtures; <see cref="FullMatrix"/> runs the whole suite per behaviour (Explicit).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class HostileTargetTests
{
    /// <summary>Scenarios that read, change and restore fixtures of both vendors, and read a credential's password.</summary>
    private const string Subset = "senhasegura.credentials.disable/state/transition,dfns-legacy.credentials.deactivate/state/transition,senhasegura.credentials.get/positive/valid-request";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(5);

    private string root = null!;

    [SetUp]
    public void SetUp() => root = Path.Combine(Path.GetTempPath(), "conformance-hostile-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void TearDown()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    /// <summary>The words a reader finds in the console or the reports for each behaviour (any of them).</summary>
    public static string[] Named(HostileBehaviour behaviour) => behaviour switch
    {
        HostileBehaviour.InvalidJson => ["the body is not JSON", "could not be read before the scenario"],
        HostileBehaviour.ConnectionReset => ["connection reset by the target mid-exchange", "connection closed before the response ended"],
        _ => [One(behaviour)],
    };

    private static string One(HostileBehaviour behaviour) => behaviour switch
    {
        HostileBehaviour.Hang => "timed out after 2 s (the whole exchange, body included)",
        HostileBehaviour.SlowBody => "timed out after 2 s (the whole exchange, body included)",
        HostileBehaviour.ChunkedForever => "body truncated at 1 MiB of more than that",
        HostileBehaviour.HugeBody => "body truncated at 1 MiB of 50 MiB",
        HostileBehaviour.InvalidUtf8 => "the body is not valid UTF-8",
        HostileBehaviour.RedirectElsewhere => "307",
        HostileBehaviour.ThrottleStorm => "throttled",
        HostileBehaviour.HtmlErrorPage => "502 text/html",
        HostileBehaviour.WrongContentType => "text/plain",
        _ => throw new ArgumentOutOfRangeException(nameof(behaviour)),
    };

    private static IEnumerable<TestCaseData> Quick() =>
        Enum.GetValues<HostileBehaviour>().Select(b => new TestCaseData(b, 1.0).SetName($"Hostile_{b}_EveryAnswer"));

    [TestCaseSource(nameof(Quick))]
    public async Task AMisbehavingTargetEndsInAClearBoundedSafeRun(HostileBehaviour behaviour, double share)
    {
        var run = await HostileRun.StartAsync(behaviour, share, Subset, Timeout, root).WaitAsync(Guard);
        TestContext.Out.WriteLine(run.Row);
        TestContext.Out.WriteLine(run.Console);

        Assert.Multiple(() =>
        {
            Assert.That(run.Misbehaved, Is.GreaterThan(0), "the proxy misbehaved at least once");
            // Either the run got to its scenarios and wrote its reports, or the target was dark from the
            // first requests (the fixture reads before the run) and it stopped with one line, exit 2.
            if (run.SettingsError is null) Assert.That(File.Exists(run.Paths?.SummaryJson), Is.True, "reports were written");
            else Assert.That((run.ExitCode, run.SettingsError.Contains('\n')), Is.EqualTo((2, false)), "one line, exit 2: " + run.SettingsError);
            Assert.That(Named(behaviour).Any(run.AllText.Contains), Is.True, $"the behaviour is named in the console or the reports ({string.Join(" / ", Named(behaviour))})");
            Assert.That(run.FixturesChanged, Is.Empty, "fixtures as the target itself reports them");
            Assert.That(run.Leaks, Is.Empty, "files (or the console) holding a secret the target holds or returned");
            Assert.That(run.ElsewhereHits, Is.Zero, "nothing is ever sent to the host a redirect names");
        });
    }

    [Test]
    public async Task ThrottlingOnOneAnswerInFiveIsRetriedForTheEnginesOwnRequests()
    {
        var run = await HostileRun.StartAsync(HostileBehaviour.ThrottleStorm, 0.2, Subset, Timeout, root).WaitAsync(Guard);
        TestContext.Out.WriteLine(run.Row);

        var scenarios = run.Result!.Scenarios;
        Assert.Multiple(() =>
        {
            Assert.That(run.Misbehaved, Is.GreaterThan(0));
            Assert.That(run.FixturesChanged, Is.Empty);
            Assert.That(run.Result.Unrestored, Is.Empty, "every restoration got through, retried past the 429s");
            Assert.That(scenarios.SelectMany(s => s.Failures).Where(f => f.Level == Conformance.Spec.Vocabulary.RequirementLevel.Must), Is.Empty,
                "a 429 is never counted as the target's MUST failure");
            Assert.That(run.Leaks, Is.Empty);
        });
    }

    [TestCase(HostileBehaviour.SlowBody)]
    [TestCase(HostileBehaviour.ChunkedForever)]
    [TestCase(HostileBehaviour.Hang)]
    public async Task CancellingARunStuckOnAStalledAnswerEndsWithoutWaitingForIt(HostileBehaviour behaviour)
    {
        // A 10-minute deadline: only the cancellation (1 s after the first request) can end these exchanges in time.
        var run = await HostileRun.StartAsync(behaviour, 1.0, Subset, TimeSpan.FromMinutes(10), root, cancelAfterFirstRequest: TimeSpan.FromSeconds(1)).WaitAsync(TimeSpan.FromMinutes(2));
        TestContext.Out.WriteLine(run.Row);

        Assert.Multiple(() =>
        {
            // Each scenario was cancelled, or ended on its own first (a fast endless body is cut at
            // the cap); none waited for the 10-minute deadline.
            // (Or the cancellation came while the fixtures were read before the first scenario.)
            if (run.Result is null) Assert.That(run.SettingsError, Does.Contain("cancelled"));
            else Assert.That(run.Result.Scenarios.Select(s => s.Reason ?? ""), Has.Some.Contain("cancelled").Or.All.Contain("body truncated"));
            Assert.That(run.AllText, Does.Not.Contain("timed out"));
            Assert.That(run.Paths is not null || run.SettingsError is not null, "what ran is reported");
            Assert.That(run.FixturesChanged, Is.Empty);
        });
    }

    [Test]
    public async Task ACleanRunWritesNoSecretTheTargetEverReturned()
    {
        var run = await HostileRun.StartAsync(null, 0, Subset, TimeSpan.FromSeconds(30), root).WaitAsync(Guard);
        TestContext.Out.WriteLine(run.Row);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Console);
            Assert.That(run.SecretsKnown, Is.GreaterThan(10), "passwords, client secrets, bearer tokens and issued tokens");
            Assert.That(run.Leaks, Is.Empty);
            // The reports keep bodies of findings only (a clean run has none): the recording is checked where it is made.
            Assert.That(run.Result!.Scenarios.SelectMany(s => s.Exchanges).Select(e => e.Response?.Body ?? ""), Has.Some.Match("\"content\":\\s*\"\\[REDACTED\\]\""),
                "the credential's content is redacted, not just its password");
            Assert.That(run.Paths!.Warnings, Has.None.StartsWith("redacted secret values"), "the recording redacted everything; the writer found nothing left");
            Assert.That(run.FixturesChanged, Is.Empty);
        });
    }

    [Test]
    public async Task AStagingTargetBehindAnUntrustedCaStopsBeforeAnyScenarioWithOneLine()
    {
        using var certificates = new Http.TestCertificates();

        var run = await HostileRun.StartAsync(null, 0, Subset, Timeout, root, certificate: certificates.Server()).WaitAsync(Guard);
        TestContext.Out.WriteLine(run.Row);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(2));
            Assert.That(run.SettingsError, Does.Contain("TLS handshake failed: untrusted issuer").And.Contain("--ca-cert PATH").And.Not.Contain("\n"));
            Assert.That(run.Result, Is.Null, "no scenario ran");
            Assert.That(run.Answers, Is.Zero, "no request reached the target");
        });
    }

    [Test]
    public async Task AStagingTargetBehindItsCaRunsWithCaCert()
    {
        using var certificates = new Http.TestCertificates();
        var ca = certificates.WriteCaPem(root);

        var run = await HostileRun.StartAsync(null, 0, Subset, TimeSpan.FromSeconds(30), root, s => s with { CaCertificate = ca }, certificates.Server()).WaitAsync(Guard);
        TestContext.Out.WriteLine(run.Row);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Console);
            Assert.That(run.Result!.Scenarios.Count(s => s.Verdict == Conformance.Checks.Verdict.Pass), Is.EqualTo(3));
            Assert.That(run.FixturesChanged, Is.Empty);
            Assert.That(run.Leaks, Is.Empty);
        });
    }

    private static IEnumerable<TestCaseData> Matrix() =>
        Enum.GetValues<HostileBehaviour>().SelectMany(b => new[] { 0.2, 1.0 }.Select(share => new TestCaseData(b, share).SetName($"Matrix_{b}_{share * 100:0}pc")));

    /// <summary>The whole suite (267 scenarios) per behaviour and share: the numbers of the issue's table. Minutes each.</summary>
    [Explicit("the whole suite per behaviour: minutes each")]
    [Category("HostileMatrix")]
    [TestCaseSource(nameof(Matrix))]
    public async Task FullMatrix(HostileBehaviour behaviour, double share)
    {
        var run = await HostileRun.StartAsync(behaviour, share, null, Timeout, root).WaitAsync(TimeSpan.FromMinutes(15));
        TestContext.Out.WriteLine(run.Row);
        var named = Named(behaviour).Any(run.AllText.Contains);
        var line = $"{run.Row} {(named ? "named" : "NOT NAMED")} |";
        await File.AppendAllTextAsync(Path.Combine(Path.GetTempPath(), "conformance-hostile-matrix.md"), line + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(run.Paths, Is.Not.Null);
            Assert.That(named, Is.True, string.Join(" / ", Named(behaviour)));
            Assert.That(run.FixturesChanged, Is.Empty);
            Assert.That(run.Leaks, Is.Empty);
            Assert.That(run.ElsewhereHits, Is.Zero);
        });
    }
}
