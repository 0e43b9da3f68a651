using System.Diagnostics;
using System.Text;

namespace Conformance.Tests.Docs;

/// <summary>
/// Runs a documented command as a user would: <c>bash -c</c> in the repository root, with a
/// controlled environment (no CONFORMANCE_* setting leaks in from the test run) and a time bound;
/// on timeout the whole process tree is killed.
/// </summary>
public static class Shell
{
    public static ShellOutcome Run(string command, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, string? workingDirectory = null, string? input = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Documentation.Root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CONFORMANCE_", StringComparison.Ordinal)).ToList()) start.Environment.Remove(name);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment[NestedMarker] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (input is not null) process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new ShellOutcome(-1, output.ToString(), TimedOut: true);
        }

        process.WaitForExit();
        return new ShellOutcome(process.ExitCode, output.ToString(), TimedOut: false);
    }

    /// <summary>Set in every documented command's environment: a test run inside one does not run documented commands again.</summary>
    public const string NestedMarker = "DOCS_TESTS_NESTED";

    /// <summary>Inside a documented command (e.g. `dotnet test tests/Conformance.Suite`), the documentation tests step aside.</summary>
    public static void IgnoreWhenNested()
    {
        if (Environment.GetEnvironmentVariable(NestedMarker) is not null) Assert.Ignore("running inside a documented command: the documentation is run by the outer test run");
    }

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }
}
