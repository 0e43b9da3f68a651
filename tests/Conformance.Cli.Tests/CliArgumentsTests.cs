using Conformance.Configuration;
using Conformance.Reporting;
using Conformance.Spec.Vocabulary;

namespace Conformance.Cli.Tests;

/// <summary>The command line as the run reads it: every option, its environment variable, repeats, and one line for bad input.</summary>
[TestFixture]
public sealed class CliArgumentsTests
{
    public static IEnumerable<TestCaseData> EveryOption() =>
        CliOptions.All.Select(o => new TestCaseData(o.Name).SetName($"Parse_{o.Flag}_ReachesSetting_{o.Name}"));

    [TestCaseSource(nameof(EveryOption))]
    public void Parse_EveryOption_ReachesItsSettingsName(string name)
    {
        var option = CliOptions.Find(name)!;
        var flags = option.Shape == OptionShape.Switch ? CliArguments.Parse([option.Flag]) : CliArguments.Parse([option.Flag, "some-value"]);

        Assert.Multiple(() =>
        {
            Assert.That(flags.Has(name), Is.True);
            Assert.That(flags[name], Is.EqualTo(option.Shape == OptionShape.Switch ? "1" : "some-value"));
        });
    }

    [Test]
    public void EverySetting_HasAnOption_AndItsEnvironmentVariable()
    {
        Assert.Multiple(() =>
        {
            foreach (var setting in SettingsReader.Names)
            {
                Assert.That(CliOptions.Find(setting), Is.Not.Null, $"SettingsReader reads '{setting}' but the command line has no --{setting}");
                Assert.That(CliOptions.Find(setting)?.EnvironmentVariable, Is.EqualTo("CONFORMANCE_" + setting.ToUpperInvariant().Replace('-', '_')));
            }

            Assert.That(CliOptions.All.Select(o => o.Name), Is.Unique);
        });
    }

    [Test]
    public void Parse_AFullLine_GivesTheSettingsItNames()
    {
        var flags = CliArguments.Parse(["--target", "https://staging.example.test/", "--profile", "p.yaml", "--spec", "dfns", "--spec=senhasegura",
            "--filter", "*/nonce/*", "--parallel", "3", "--fail-on", "should", "--no-html", "--timeout", "9", "--reports", "out",
            "--only", "a/b/c", "--only", "d/e/f", "--max-rps", "0.5", "--max-body-excerpt", "300", "--max-duration", "2m", "--unresponsive-after", "4",
            "--skip-broken-operations"]);

        var settings = RunCommand.ReadSettings(flags, _ => null);

        Assert.Multiple(() =>
        {
            Assert.That(settings.Target, Is.EqualTo(new Uri("https://staging.example.test/")));
            Assert.That(settings.Profile, Is.EqualTo("p.yaml"));
            Assert.That(settings.Specs, Is.EqualTo(new[] { "dfns", "senhasegura" }));
            Assert.That(settings.Filter, Is.EqualTo("*/nonce/*"));
            Assert.That(settings.Parallelism, Is.EqualTo(3));
            Assert.That(settings.FailOn, Is.EqualTo(RequirementLevel.Should));
            Assert.That(settings.RenderHtml, Is.False);
            Assert.That(settings.RequestTimeout, Is.EqualTo(TimeSpan.FromSeconds(9)));
            Assert.That(settings.ReportsDirectory, Is.EqualTo("out"));
            Assert.That(settings.OnlyScenarios, Is.EquivalentTo(new[] { "a/b/c", "d/e/f" }));
            Assert.That(settings.MaxRequestsPerSecond, Is.EqualTo(0.5));
            Assert.That(settings.MaxBodyExcerpt, Is.EqualTo(300));
            Assert.That(settings.MaxDuration, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(settings.UnresponsiveAfter, Is.EqualTo(4));
            Assert.That(settings.SkipBrokenOperations, Is.True);
        });
    }

    [Test]
    public void Parse_RepeatableOptions_JoinWithCommas_AndASingleOneGivenTwice_KeepsTheLast()
    {
        var flags = CliArguments.Parse(["--target", "http://a.test/", "--target", "http://b.test/", "--reference-fault", "x", "--reference-fault", "y", "--parallel", "2", "--parallel", "5"]);

        Assert.Multiple(() =>
        {
            Assert.That(flags["target"], Is.EqualTo("http://a.test/,http://b.test/"));
            Assert.That(flags["reference-fault"], Is.EqualTo("x,y"));
            Assert.That(flags["parallel"], Is.EqualTo("5"));
        });
    }

    [Test]
    public void Environment_AppliesWhereNoFlagIsGiven_AndAFlagWins()
    {
        var environment = new Dictionary<string, string> { ["CONFORMANCE_PARALLEL"] = "7", ["CONFORMANCE_FILTER"] = "from-env", ["CONFORMANCE_NO_HTML"] = "1" };

        var fromEnvironment = RunCommand.ReadSettings(CliArguments.Parse([]), environment.GetValueOrDefault);
        var flagged = RunCommand.ReadSettings(CliArguments.Parse(["--parallel", "2", "--no-html=false"]), environment.GetValueOrDefault);

        Assert.Multiple(() =>
        {
            Assert.That(fromEnvironment.Parallelism, Is.EqualTo(7));
            Assert.That(fromEnvironment.Filter, Is.EqualTo("from-env"));
            Assert.That(fromEnvironment.RenderHtml, Is.False);
            Assert.That(flagged.Parallelism, Is.EqualTo(2));
            Assert.That(flagged.Filter, Is.EqualTo("from-env"));
            Assert.That(flagged.RenderHtml, Is.True, "--no-html=false turns off the environment's CONFORMANCE_NO_HTML");
        });
    }

    [Test]
    public void Parse_TheRunSubcommand_IsTheDefault()
    {
        Assert.That(CliArguments.Parse(["run", "--filter", "x", "-q"])["filter"], Is.EqualTo("x"));
    }

    [TestCase(new[] { "-q" }, ConsoleDetail.Quiet)]
    [TestCase(new[] { "--quiet" }, ConsoleDetail.Quiet)]
    [TestCase(new[] { "-v" }, ConsoleDetail.Verbose)]
    [TestCase(new[] { "--verbose" }, ConsoleDetail.Verbose)]
    [TestCase(new string[0], ConsoleDetail.Normal)]
    public void Detail_FollowsQuietAndVerbose(string[] args, ConsoleDetail detail)
    {
        Assert.That(RunCommand.Detail(CliArguments.Parse(args)), Is.EqualTo(detail));
    }

    [TestCase(new[] { "--filtr", "x" }, "unknown option --filtr; did you mean --filter? (see --help)")]
    [TestCase(new[] { "--dry" }, "unknown option --dry; did you mean --dry-run? (see --help)")]
    [TestCase(new[] { "--targt", "http://x/" }, "unknown option --targt; did you mean --target? (see --help)")]
    [TestCase(new[] { "--paralel", "2" }, "unknown option --paralel; did you mean --parallel? (see --help)")]
    [TestCase(new[] { "--zzzzzz" }, "unknown option --zzzzzz (see --help)")]
    [TestCase(new[] { "mrege", "a.json" }, "unexpected argument 'mrege'; did you mean merge? (see --help)")]
    [TestCase(new[] { "--spec", "a", "b" }, "unexpected argument 'b' (see --help)")]
    [TestCase(new[] { "--parallel" }, "option --parallel needs a value (see --help)")]
    [TestCase(new[] { "--filter", "--dry-run" }, "option --filter needs a value (--dry-run is an option)")]
    [TestCase(new[] { "--filter", "" }, "option --filter has an empty value; give a value or leave the option out")]
    [TestCase(new[] { "--dry-run=maybe" }, "option --dry-run is a switch: give it alone (or =true/=false), not 'maybe'")]
    [TestCase(new[] { "--no-html", "please" }, "option --no-html is a switch: give it alone (or =true/=false), not 'please'")]
    public void Parse_BadInput_IsOneLineNamingWhatToFix(string[] args, string message)
    {
        var error = Assert.Throws<SettingsException>(() => CliArguments.Parse(args))!;

        Assert.That(error.Message, Is.EqualTo(message));
        Assert.That(error.Message, Does.Not.Contain('\n'));
    }

    [TestCase("parallel", "zero", "--parallel (or CONFORMANCE_PARALLEL): 'zero' is not a number from 1 to 64")]
    [TestCase("fail-on", "maybe", "--fail-on (or CONFORMANCE_FAIL_ON): 'maybe' must be 'must' or 'should'")]
    [TestCase("max-duration", "soon", "--max-duration (or CONFORMANCE_MAX_DURATION): 'soon' is not a duration: seconds, or a number with s, m or h (e.g. 90s, 30m, 2h)")]
    public void BadValues_AreOneLineNamingTheOptionAndItsVariable(string name, string value, string message)
    {
        var flags = CliArguments.Parse(["--" + name, value]);

        var error = Assert.Throws<SettingsException>(() => RunCommand.ReadSettings(flags, _ => null))!;

        Assert.That(error.Message, Is.EqualTo(message));
    }

    [Test]
    public void QuietAndVerbose_Together_AreOneLineToFix()
    {
        var error = Assert.Throws<SettingsException>(() => RunCommand.Detail(CliArguments.Parse(["-q", "-v"])))!;

        Assert.That(error.Message, Is.EqualTo("--quiet and --verbose contradict each other; give one of them"));
    }
}
