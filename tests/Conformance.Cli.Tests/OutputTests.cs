using Conformance.Checks;
using Conformance.Execution;
using Conformance.Reporting;
using Conformance.Tests.Reporting;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Cli.Tests;

/// <summary>Colour only on a colour terminal; progress as plain lines in a log and as a live line on a terminal.</summary>
[TestFixture]
public sealed class OutputTests
{
    private const char Escape = '\u001b';

    [Test]
    public void OnAColourTerminal_VerdictLinesAreColoured()
    {
        var text = Write(new Terminal(Interactive: true, Color: true), "× a/failed", "✔ a/passed", "plain words");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(Escape));
            Assert.That(Strip(text), Is.EqualTo("× a/failed\n✔ a/passed\nplain words\n"));
        });
    }

    [Test]
    public void WithNoColor_OnATerminal_NoColourIsWritten()
    {
        var text = Write(new Terminal(Interactive: true, Color: false), "× a/failed", "545 scenarios, 542 passed, 0 warned, 0 inconclusive, 0 skipped, 3 failed");

        Assert.That(text.Replace("\r", ""), Is.EqualTo("× a/failed\n545 scenarios, 542 passed, 0 warned, 0 inconclusive, 0 skipped, 3 failed\n"));
    }

    [Test]
    public void InALog_LinesGoStraightThrough_WithoutAnyEscape()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var output = new ConsoleOutput(Terminal.Log, stdout);
        new ConsoleReporter(output.Out, ConsoleDetail.Verbose).WriteSummary(SampleRun.Create());

        Assert.Multiple(() =>
        {
            Assert.That(output.Out, Is.SameAs(stdout));
            Assert.That(output.Ansi, Is.Null);
            Assert.That(stdout.ToString(), Does.Not.Contain(Escape).And.Contain("Failures:"));
        });
    }

    [Test]
    public async Task PlainProgress_PrintsALineAtEveryTenth_WithDoneTotalFailuresAndEta()
    {
        var log = new StringWriter { NewLine = "\n" };
        var time = new FakeTimeProvider();
        var sample = SampleRun.Create().Scenarios;
        var pass = sample.First(s => s.Verdict == Verdict.Pass);
        var fail = sample.First(s => s.Verdict == Verdict.Fail);
        var seen = 0;

        var result = await new PlainProgress(log, time).TrackAsync(20, _ => seen++, finished =>
        {
            for (var i = 1; i <= 20; i++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                finished(i == 3 ? fail : pass);
            }

            return Task.FromResult("done");
        });

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo("done"));
            Assert.That(seen, Is.EqualTo(20), "every scenario still reaches the reporter");
            Assert.That(lines, Has.Length.EqualTo(10));
            Assert.That(lines[0], Is.EqualTo("progress: 2/20 scenarios (10 %), 0 failed, 0:02 elapsed, ETA 0:18"));
            Assert.That(lines[4], Is.EqualTo("progress: 10/20 scenarios (50 %), 1 failed, 0:10 elapsed, ETA 0:10"));
            Assert.That(lines[^1], Is.EqualTo("progress: 20/20 scenarios (100 %), 1 failed, 0:20 elapsed, ETA 0:00"));
            Assert.That(log.ToString(), Does.Not.Contain(Escape));
        });
    }

    [Test]
    public async Task PlainProgress_CountsTheFuzzingResultsApart_NeverBeyondTheScenarioTotal()
    {
        var log = new StringWriter { NewLine = "\n" };
        var time = new FakeTimeProvider();
        var pass = SampleRun.Create().Scenarios.First(s => s.Verdict == Verdict.Pass);
        var fuzzResult = pass with { Scenario = pass.Scenario with { Class = "fuzz" } };

        await new PlainProgress(log, time).TrackAsync(10, _ => { }, finished =>
        {
            for (var i = 0; i < 10; i++) finished(pass);
            for (var i = 0; i < 25; i++) finished(fuzzResult);
            return Task.FromResult(0);
        });

        var lines = log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.None.Contains("11/10").And.None.Contains("(110 %)"));
            Assert.That(lines.Count(l => l.StartsWith("progress: 10/10 scenarios (100 %), 0 failed,", StringComparison.Ordinal)), Is.EqualTo(3), "once at the end of the scenarios, then at 10 and 20 fuzzing results");
            Assert.That(lines[^1], Does.StartWith("progress: 10/10 scenarios (100 %), 0 failed, 20 fuzzing results,"));
        });
    }

    [Test]
    public void PlainProgress_SaysWhatSlowWorkIsDoing()
    {
        var log = new StringWriter { NewLine = "\n" };

        var value = new PlainProgress(log, TimeProvider.System).While("rendering HTML report…", () => 42);

        Assert.Multiple(() =>
        {
            Assert.That(value, Is.EqualTo(42));
            Assert.That(log.ToString(), Is.EqualTo("rendering HTML report…\n"));
        });
    }

    [Test]
    public async Task LiveProgress_OnATerminal_ShowsDoneTotalAndFailures_BelowTheLinesPrinted()
    {
        var screen = new StringWriter { NewLine = "\n" };
        var output = new ConsoleOutput(new Terminal(Interactive: true, Color: false), screen);
        var sample = SampleRun.Create().Scenarios;
        var reporter = new ConsoleReporter(output.Out);

        await RunProgress.For(output, ConsoleDetail.Normal, TimeProvider.System).TrackAsync(sample.Count, reporter.ScenarioFinished, finished =>
        {
            foreach (var result in sample) finished(result);
            return Task.FromResult(0);
        });

        var text = Strip(screen.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(RunProgress.For(output, ConsoleDetail.Normal, TimeProvider.System), Is.InstanceOf<LiveProgress>());
            Assert.That(text, Does.Contain($"{sample.Count}/{sample.Count} scenarios, 2 failed, 1 warned"));
            Assert.That(text, Does.Contain("× dfns.credentials.activate/nonce/replay-rejected"));
            Assert.That(text, Does.Not.Contain("✔ "), "passing scenarios are counted, not listed, at the normal detail");
        });
    }

    [Test]
    public async Task LiveProgress_AWarningWrittenMeanwhile_GoesThroughTheLiveDisplay_AboveTheProgressLine()
    {
        var screen = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var output = new ConsoleOutput(new Terminal(Interactive: true, Color: false), screen, stderr, errorRedirected: false);
        var sample = SampleRun.Create().Scenarios;

        await RunProgress.For(output, ConsoleDetail.Normal, TimeProvider.System).TrackAsync(sample.Count, _ => { }, finished =>
        {
            finished(sample[0]);
            output.Error.WriteLine("warning: something the run says meanwhile");
            foreach (var result in sample.Skip(1)) finished(result);
            return Task.FromResult(0);
        });

        var lines = Strip(screen.ToString()).Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(stderr.ToString(), Is.Empty, "nothing is written to the terminal behind the live display's back");
            Assert.That(lines.Select(l => l.TrimEnd()), Does.Contain("warning: something the run says meanwhile"), "a line of its own, not appended to the progress line");
            Assert.That(lines.Last(l => l.Trim().Length > 0), Does.Contain($"{sample.Count}/{sample.Count} scenarios"), "the progress line is redrawn below it");
        });
    }

    [Test]
    public void OnATerminal_ARedirectedStandardError_IsLeftAsItIs()
    {
        var stderr = new StringWriter();

        var output = new ConsoleOutput(new Terminal(Interactive: true, Color: true), new StringWriter(), stderr, errorRedirected: true);

        Assert.That(output.Error, Is.SameAs(stderr));
    }

    [Test]
    public async Task LiveProgress_AStoppedRun_EndsWithoutATimeLeft()
    {
        var screen = new StringWriter { NewLine = "\n" };
        var output = new ConsoleOutput(new Terminal(Interactive: true, Color: false), screen);
        var sample = SampleRun.Create().Scenarios;

        await RunProgress.For(output, ConsoleDetail.Normal, TimeProvider.System).TrackAsync(10, _ => { }, finished =>
        {
            finished(sample[0]);
            return Task.FromResult(0);
        });

        var last = Strip(screen.ToString()).Split('\n').Last(l => l.Trim().Length > 0);
        Assert.That(last, Does.Contain("1/10 scenarios, 0 failed, stopped").And.Match(@"in \d+:\d\d\s*$"));
    }

    [Test]
    public void Quiet_HasNoProgress()
    {
        var output = new ConsoleOutput(Terminal.Log, new StringWriter());

        Assert.Multiple(() =>
        {
            Assert.That(RunProgress.For(output, ConsoleDetail.Quiet, TimeProvider.System), Is.Not.InstanceOf<PlainProgress>().And.Not.InstanceOf<LiveProgress>());
            Assert.That(RunProgress.For(output, ConsoleDetail.Normal, TimeProvider.System), Is.InstanceOf<PlainProgress>());
        });
    }

    [TestCase(0, "0:00")]
    [TestCase(42, "0:42")]
    [TestCase(725, "12:05")]
    [TestCase(3723, "1:02:03")]
    public void Clock(int seconds, string text)
    {
        Assert.That(ProgressTally.Clock(TimeSpan.FromSeconds(seconds)), Is.EqualTo(text));
    }

    private static string Write(Terminal terminal, params string[] lines)
    {
        var screen = new StringWriter { NewLine = "\n" };
        var output = new ConsoleOutput(terminal, screen);
        foreach (var line in lines) output.Out.WriteLine(line);
        return screen.ToString();
    }

    /// <summary>The text without escape sequences (CSI … letter) and carriage returns.</summary>
    private static string Strip(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\u001b\[[0-9;?]*[A-Za-z]|\u001b\]8;[^\u001b]*\u001b\\", "").Replace("\r", "");
}
