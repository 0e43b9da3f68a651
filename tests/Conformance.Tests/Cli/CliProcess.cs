using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Conformance.Tests.Cli;

/// <summary>
/// The real command line (<c>run-conformance.sh</c>'s program, the built Conformance.Cli.dll) as
/// a child process: its output as it comes, signals sent to it, its exit code.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private CliProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The CLI built beside this test assembly's configuration (the test project builds it first).</summary>
    public static string Dll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var dll = Path.Combine(Conformance.Tests.Spec.SpecFiles.RepoRoot, "src", "Conformance.Cli", "bin", configuration, "net10.0", "Conformance.Cli.dll");
            return File.Exists(dll) ? dll : throw new InvalidOperationException($"the CLI is not built at {dll}");
        }
    }

    public string Stdout
    {
        get
        {
            lock (stdout) return stdout.ToString();
        }
    }

    public string Stderr
    {
        get
        {
            lock (stderr) return stderr.ToString();
        }
    }

    public int Id => process.Id;

    public static CliProcess Start(params string[] args) => new(args);

    /// <summary>Starts the CLI with these environment variables set (or, when null, removed).</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args) => new(args, environment);

    public void Signal(PosixSignal signal)
    {
        if (Kill(process.Id, signal == PosixSignal.SIGTERM ? 15 : 2) != 0) throw new InvalidOperationException($"kill({process.Id}) failed: {Marshal.GetLastPInvokeError()}");
    }

    public void KillHard() => process.Kill();

    /// <summary>Waits for the exit; returns the exit code and the time from start to exit.</summary>
    public async Task<(int Code, TimeSpan Elapsed)> ExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"the CLI did not exit within {limit.TotalSeconds} s\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        // The asynchronous readers may still hold the last lines.
        process.WaitForExit();
        return (process.ExitCode, clock.Elapsed);
    }

    /// <summary>Waits until <paramref name="condition"/> holds (polled), or fails the test.</summary>
    public async Task UntilAsync(Func<bool> condition, TimeSpan limit, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited) Assert.Fail($"the CLI exited ({process.ExitCode}) before {what}\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            if (deadline.Elapsed > limit) Assert.Fail($"no {what} within {limit.TotalSeconds} s\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }

    private static void Append(StringBuilder into, string? line)
    {
        if (line is null) return;
        lock (into) into.Append(line).Append('\n');
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
