using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;

namespace Conformance.Cli;

/// <summary>
/// The command line as System.CommandLine reads it: the run (the root command, or <c>run</c>) with
/// every option of <see cref="CliOptions.All"/>, <c>merge</c>, and <c>diff</c> (listed; its own
/// arguments are read by Conformance.Diff). Help, --version and the one-line error for bad input
/// are ours; the parsing, the option grammar (<c>--name value</c>, <c>--name=value</c>,
/// <c>-q</c>, response files) and the validation hooks are the library's.
/// </summary>
internal sealed class CliParser
{
    public const string MergeName = "merge";
    public const string DiffName = "diff";
    public const string RunName = "run";

    /// <summary>The options a merge takes (the same names and meanings as a run's).</summary>
    public static readonly IReadOnlyList<string> MergeOptionNames = ["reports", "fail-on", "no-html", "quiet", "verbose"];

    private readonly Dictionary<string, Option> runOptions = [];
    private readonly Dictionary<string, Option> mergeOptions = [];
    private readonly Argument<string[]> mergeFiles = new("summary.json") { Arity = ArgumentArity.OneOrMore, Description = "the summary.json of each run" };

    public CliParser()
    {
        Root = new RootCommand("Conformance: contract tests for credential and user activation endpoints");
        var run = new Command(RunName, "run the suite (the default)");
        foreach (var option in CliOptions.All)
        {
            var built = Build(option);
            runOptions[option.Name] = built;
            Root.Add(built);
            run.Add(built);
        }

        Merge = new Command(MergeName, "one report from the summary.json of several runs") { mergeFiles };

        // A mistyped option after `merge` would otherwise be read as a file name.
        mergeFiles.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault(t => t.Value.StartsWith('-')) is { } token) result.AddError(Unknown(token.Value, Merge));
        });
        foreach (var name in MergeOptionNames)
        {
            var built = Build(CliOptions.Find(name)!);
            mergeOptions[name] = built;
            Merge.Add(built);
        }

        // Listed for help and suggestions; Program hands `diff …` to Conformance.Diff before parsing.
        var diff = new Command(DiffName, "what changed between two versions of a spec") { TreatUnmatchedTokensAsErrors = false };
        Root.Add(run);
        Root.Add(Merge);
        Root.Add(diff);
        Run = run;

        // Parsing alone (tests, the error line) needs each command to have an action; Program sets the real ones.
        foreach (var command in new Command[] { Root, run, Merge, diff }) command.SetAction(_ => 0);

        foreach (var option in Root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Action = new PrintAction(parse => parse.CommandResult.Command == Merge ? Usage.Merge : Usage.Text());
                    break;
                case VersionOption version:
                    version.Action = new PrintAction(_ => $"Conformance {Execution.ConformanceRun.SuiteVersion}");
                    break;
            }
        }
    }

    public RootCommand Root { get; }

    public Command Run { get; }

    public Command Merge { get; }

    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args);

    /// <summary>The run's options by settings name, as <see cref="Configuration.SettingsReader"/> reads them.</summary>
    public CliArguments RunArguments(ParseResult parse) => CliArguments.From(parse, runOptions);

    public CliArguments MergeArguments(ParseResult parse) => CliArguments.From(parse, mergeOptions);

    public IReadOnlyList<string> MergeFiles(ParseResult parse) => parse.GetValue(mergeFiles) ?? [];

    /// <summary>The first problem as one line naming what to fix (with a suggestion for a mistyped word); null when the line parsed.</summary>
    public static string? ErrorLine(ParseResult parse)
    {
        // --help answers even when the rest of the line is incomplete (`merge --help` without files).
        if (parse.Errors.Count == 0 || parse.CommandResult.Children.OfType<OptionResult>().Any(o => o.Option is HelpOption)) return null;
        var error = parse.Errors[0];
        var command = parse.CommandResult.Command;
        if (parse.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)) is { } token)
        {
            // `--dry-run maybe` or `--dry-run=maybe`: the word after a switch is the switch's, not a stray argument.
            var at = parse.Tokens.ToList().FindIndex(t => t.Value == token);
            if (at > 0 && parse.Tokens[at - 1] is { Type: TokenType.Option } before
                && command.Options.OfType<Option<bool>>().FirstOrDefault(o => o.Name == before.Value || o.Aliases.Contains(before.Value)) is { } flag)
            {
                return $"option {flag.Name} is a switch: give it alone (or =true/=false), not '{token}'";
            }

            return Unknown(token, command);
        }

        // Our validators' messages are already one line naming the thing to fix.
        if (error.Message.StartsWith("option ", StringComparison.Ordinal) || error.Message.StartsWith("unknown option ", StringComparison.Ordinal)) return error.Message;
        if (error.SymbolResult is OptionResult { Option: Option<bool> switchOption, Tokens: [var value, ..] })
        {
            return $"option {switchOption.Name} is a switch: give it alone (or =true/=false), not '{value.Value}'";
        }

        return error.SymbolResult switch
        {
            OptionResult { Tokens.Count: 0 } option when error.Message.StartsWith("Required argument missing", StringComparison.Ordinal) =>
                $"option {option.Option.Name} needs a value (see {HelpFor(command)})",
            ArgumentResult when command.Name == MergeName => $"merge needs the summary.json of at least one run (see {HelpFor(command)})",
            _ => $"{char.ToLowerInvariant(error.Message[0])}{error.Message[1..].TrimEnd('.')} (see {HelpFor(command)})",
        };
    }

    /// <summary><c>unknown option --filtr; did you mean --filter? (see --help)</c></summary>
    private static string Unknown(string token, Command command)
    {
        var option = token.StartsWith('-');
        var words = option
            ? command.Options.Where(o => !o.Hidden).SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name);
        var suggestion = Suggestions.Closest(token, words) is { } near ? $"; did you mean {near}?" : "";
        return $"{(option ? $"unknown option {token}" : $"unexpected argument '{token}'")}{suggestion} (see {HelpFor(command)})";
    }

    private static string HelpFor(Command command) => command is RootCommand or { Name: RunName } ? "--help" : $"{command.Name} --help";

    private static Option Build(CliOption option)
    {
        Option built = option.Shape == OptionShape.Switch
            ? new Option<bool>(option.Flag) { Description = option.Help, Arity = ArgumentArity.ZeroOrOne }
            // Repeated values are kept in order: a repeatable option joins them, a single one takes the last.
            : new Option<string[]>(option.Flag) { Description = option.Help, HelpName = option.Placeholder, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        if (option.Alias is { } alias) built.Aliases.Add(alias);
        if (option.Shape != OptionShape.Switch) built.Validators.Add(result => CheckValues(option, result));
        return built;
    }

    /// <summary>An empty value would read as "not given" (an empty --filter would run everything); an option as a value is a missing value.</summary>
    private static void CheckValues(CliOption option, OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                result.AddError($"option {option.Flag} has an empty value; give a value or leave the option out");
                return;
            }

            if (token.Value.StartsWith("--", StringComparison.Ordinal))
            {
                result.AddError($"option {option.Flag} needs a value ({token.Value} is an option)");
                return;
            }
        }
    }
}
