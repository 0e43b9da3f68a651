using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Conformance.Tests.Http;

namespace Conformance.Tests.RealSpecs;

/// <summary>
/// A Stoplight Prism mock of one spec (<c>prism mock SPEC -p PORT -h 127.0.0.1</c>): it answers
/// schema-valid examples for valid requests and refuses invalid ones. Started on a free loopback
/// port; stopped (its whole process tree, by id) on dispose.
/// </summary>
internal sealed class PrismMock : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private PrismMock(Process process, Uri baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    /// <summary>What Prism printed (for a failure message).</summary>
    public string Output
    {
        get
        {
            lock (output) return output.ToString();
        }
    }

    public static async Task<PrismMock> StartAsync(string node, string cli, string spec, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var port = LoopbackServer.FreePort();
        var info = new ProcessStartInfo(node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cli, "mock", spec, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-h", "127.0.0.1" }) info.ArgumentList.Add(argument);

        // Prism's dependencies would otherwise report usage (Scarf); nothing leaves this machine.
        info.Environment["SCARF_ANALYTICS"] = "false";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start node");
        var mock = new PrismMock(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => mock.Append(e.Data);
        process.ErrorDataReceived += (_, e) => mock.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (!await ListensAsync(port, cancellationToken))
        {
            if (process.HasExited || deadline.Elapsed > startTimeout)
            {
                var why = process.HasExited ? $"exited with {process.ExitCode}" : $"did not listen within {startTimeout.TotalSeconds:0} s";
                await mock.DisposeAsync();
                throw new InvalidOperationException($"Prism {why} for {Path.GetFileName(spec)}: {Tail(mock.Output)}");
            }

            await Task.Delay(250, cancellationToken);
        }

        return mock;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output)
        {
            // Prism logs every request; keep the start and the latest lines only.
            if (output.Length > 64_000) output.Remove(4_000, output.Length - 32_000);
            output.AppendLine(line);
        }
    }

    private static async Task<bool> ListensAsync(int port, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static string Tail(string text) => text.Length > 2_000 ? text[^2_000..] : text;
}
