using Conformance.Cli;
using Conformance.Configuration;
using Conformance.Spec;

// The entry point of run-conformance.sh: `run` (default), `diff`, `merge`, or `--help`.
try
{
    if (args.Length > 0 && args[0] == "diff")
    {
        return Conformance.Diff.DiffCommand.Run(args[1..], Console.Out, Console.Error);
    }

    if (args.Length > 0 && args[0] == "merge")
    {
        return Conformance.Cli.MergeCommand.Run(args[1..]);
    }

    var rest = args.Length > 0 && args[0] == "run" ? args[1..] : args;
    var flags = CliArguments.Parse(rest);
    if (flags.Has("help"))
    {
        Console.WriteLine(Usage.Text);
        return 0;
    }

    // SIGTERM and Ctrl+C stop the run in order (restore, report INCOMPLETE, exit 2), never at once.
    using var signals = new StopSignals(Console.Error);
    return await RunCommand.RunAsync(flags, signals);
}
catch (Exception e) when (e is SettingsException or SpecLoadException or ProfileException or Conformance.Reporting.MergeInputException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("stopped before any scenario ran");
    return 2;
}
