using System.CommandLine;
using Conformance.Cli;
using Conformance.Configuration;
using Conformance.Spec;

// The entry point of run-conformance.sh: a run (the default, or `run`), `merge`, `diff`, --help, --version.
try
{
    // `diff` reads its own arguments (Conformance.Diff's DiffArguments, with its own --help).
    if (args.Length > 0 && args[0] == CliParser.DiffName)
    {
        return Conformance.Diff.DiffCommand.Run(args[1..], Console.Out, Console.Error);
    }

    var parser = new CliParser();
    var output = ConsoleOutput.Detect();
    // Every warning and error, ours or a library's, through the live display on a terminal.
    Console.SetError(output.Error);
    parser.Merge.SetAction(merge => MergeCommand.Run(parser.MergeFiles(merge), parser.MergeArguments(merge), output));
    Func<ParseResult, Task<int>> run = async chosen =>
    {
        // SIGTERM and Ctrl+C stop the run in order (restore, report INCOMPLETE, exit 2), never at once.
        using var signals = new StopSignals(Console.Error);
        return await RunCommand.RunAsync(parser.RunArguments(chosen), signals, output);
    };
    parser.Root.SetAction(run);
    parser.Run.SetAction(run);

    var parse = parser.Parse(args);
    if (CliParser.ErrorLine(parse) is { } error)
    {
        Console.Error.WriteLine($"error: {error}");
        return 2;
    }

    // Our errors exit 2 (caught below), and StopSignals owns SIGINT/SIGTERM: the library handles neither.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
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
finally
{
    Console.Error.Flush();
}
