using System.Text;

namespace Conformance.Cli;

/// <summary>The help text of run-conformance.sh: usage, the options by group (from <see cref="CliOptions.All"/>), exit codes.</summary>
internal static class Usage
{
    private const int Width = 100;
    private const int FlagColumn = 32;

    public static string Text()
    {
        var text = new StringBuilder();
        text.AppendLine($"Conformance {Execution.ConformanceRun.SuiteVersion}: contract tests of credential and user activation endpoints (Dfns, senhasegura)");
        text.AppendLine();
        text.AppendLine("Usage:");
        text.AppendLine("  ./run-conformance.sh [options]                     run the suite");
        text.AppendLine("  ./run-conformance.sh merge RUN/summary.json... [--reports DIR] [--fail-on must|should] [--no-html]");
        text.AppendLine("  ./run-conformance.sh diff OLD.yaml NEW.yaml [--format text|markdown|json|junit] [--migration] ...");
        text.AppendLine("                                                     (diff --help and merge --help say more)");
        text.AppendLine();
        Paragraph(text, "Without --target, the embedded reference target is started on 127.0.0.1: its legacy Dfns API runs dfns-legacy "
            + "and senhasegura, its current Dfns API runs dfns, one report with both side by side. --target may be given several "
            + "times (each with its --profile, or one --profile for all), or --targets FILE names each target: one report, a column per target.");
        foreach (var group in CliOptions.All.GroupBy(o => o.Group))
        {
            text.AppendLine();
            text.AppendLine(group.Key + ":");
            foreach (var option in group) Option(text, option);
        }

        Option(text, new CliOption("help", OptionShape.Switch, CliOptions.Output, null, "this text", "-h"));
        Option(text, new CliOption("version", OptionShape.Switch, CliOptions.Output, null, "the suite version"));
        text.AppendLine();
        Paragraph(text, "[VAR] is the environment variable that gives the same setting when the option is not given (a repeatable "
            + "option's values comma-separated; a switch set to 1 or true). .runsettings TestRunParameters take the same names "
            + "(target, spec, …). NO_COLOR turns colour off; colour and the live progress line show only on a terminal (not when "
            + "the output is redirected or CI is set).");
        text.AppendLine();
        Paragraph(text, "SIGTERM or Ctrl+C: no new scenario, stimuli in flight cancelled, every fixture restored, the report written as "
            + "INCOMPLETE, exit 2. A second signal keeps restoring and says what; a third abandons restoration and lists the fixtures left changed.");
        text.AppendLine();
        text.AppendLine("Exit codes:");
        text.AppendLine("  0  no MUST failure (or none at the --fail-on level)");
        text.AppendLine("  1  a failure at the --fail-on level, or a fixture not confirmed restored");
        text.AppendLine("  2  bad usage or input, an unreachable target, an INCOMPLETE run, or a run that tested nothing");
        text.AppendLine("     (every scenario skipped); spec problems are printed as warnings: file:line: pointer: message");
        return text.ToString().TrimEnd();
    }

    public static string Merge
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("Usage:");
            text.AppendLine("  ./run-conformance.sh merge RUN/summary.json... [options]");
            text.AppendLine();
            Paragraph(text, "One report (one grid, a column per target) from the summary.json of several runs: sharded CI jobs, or one job "
                + "per target. Exit codes as a run: 0, 1 a failure at the --fail-on level, 2 bad input.");
            text.AppendLine();
            text.AppendLine("Options:");
            foreach (var name in CliParser.MergeOptionNames) Option(text, CliOptions.Find(name)!, environment: false);
            return text.ToString().TrimEnd();
        }
    }

    private static void Option(StringBuilder text, CliOption option, bool environment = true)
    {
        var flag = "  " + (option.Alias is { } alias ? alias + ", " : "    ") + option.Flag + (option.Placeholder is { } value ? " " + value : "")
            + (option.Shape == OptionShape.Repeatable ? "..." : "");
        var help = option.Help + (environment && option.EnvironmentVariable is { } variable ? $" [{variable}]" : "");
        var lines = Wrap(help, Width - FlagColumn);
        text.Append(flag.Length < FlagColumn - 1 ? flag.PadRight(FlagColumn) : flag + Environment.NewLine + new string(' ', FlagColumn));
        text.AppendLine(lines[0]);
        foreach (var line in lines.Skip(1)) text.Append(' ', FlagColumn).AppendLine(line);
    }

    private static void Paragraph(StringBuilder text, string words)
    {
        foreach (var line in Wrap(words, Width - 2)) text.Append("  ").AppendLine(line);
    }

    private static List<string> Wrap(string words, int width)
    {
        var lines = new List<string> { "" };
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines[^1].Length > 0 && lines[^1].Length + 1 + word.Length > width) lines.Add("");
            lines[^1] += (lines[^1].Length > 0 ? " " : "") + word;
        }

        return lines;
    }
}
