using System.Diagnostics;

namespace Conformance.Reporting.Allure;

/// <summary>
/// Renders <c>allure-report/index.html</c> with the official Allure 3 CLI through
/// <c>scripts/render-allure.sh</c> (which runs <c>npm ci</c> on first use). Never throws: without
/// the script, node or npm, or when the CLI fails, it says why in one line. A report that would
/// still load anything from outside file:// (analytics) is deleted, with a warning.
/// </summary>
/// <param name="searchPath">Where to look for node and npm; default: the PATH environment variable.</param>
internal sealed class AllureHtmlRenderer(string? repoRoot, TimeSpan timeout, string? searchPath = null) : IAllureHtmlRenderer
{
    public const string Script = "scripts/render-allure.sh";

    public AllureHtmlRenderer(string? repoRoot)
        : this(repoRoot, TimeSpan.FromMinutes(10))
    {
    }

    public string? Render(IReadOnlyList<string> resultsDirectories, string outputDirectory)
    {
        var root = repoRoot ?? FindRepoRoot(Directory.GetCurrentDirectory());
        var script = root is null ? null : Path.Combine(root, Script);
        if (script is null || !File.Exists(script)) return $"HTML report not rendered: {Script} not found (set ReportOptions.RepoRoot to the repository root).";
        if (OnPath("node") is null || OnPath("npm") is null) return "HTML report not rendered: node/npm not found on PATH (install Node.js 20+ to render allure-report/).";

        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add(script);
        foreach (var dir in resultsDirectories) start.ArgumentList.Add(Path.GetFullPath(dir));
        start.ArgumentList.Add(Path.GetFullPath(outputDirectory));
        using var process = Process.Start(start);
        if (process is null) return "HTML report not rendered: could not start bash.";
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return $"HTML report not rendered: {Script} took longer than {timeout.TotalSeconds:0} s.";
        }

        Task.WaitAll(stdout, stderr);
        var index = Path.Combine(outputDirectory, "index.html");
        if (process.ExitCode == 0 && File.Exists(index)) return Offline(index, outputDirectory);
        var reason = LastLine(stderr.Result) ?? LastLine(stdout.Result) ?? "no output";
        return $"HTML report not rendered: {Script} exited {process.ExitCode}: {reason}";
    }

    /// <summary>
    /// The script removes what Allure loads from outside file://; this checks it did (an older
    /// script, a new Allure) and keeps no report that would phone home.
    /// </summary>
    private static string? Offline(string index, string outputDirectory)
    {
        var external = ExternalUrls.In(File.ReadAllText(index));
        if (external.Count == 0) return null;
        Directory.Delete(outputDirectory, recursive: true);
        return $"HTML report not rendered: allure-report/index.html would reach outside file:// ({string.Join(", ", external.Take(3))}); see scripts/allure-offline.mjs.";
    }

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the render script.</summary>
    public static string? FindRepoRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, Script))) return dir.FullName;
        }

        return null;
    }

    private string? OnPath(string program) =>
        (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);

    private static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
