using System.Text.RegularExpressions;

namespace Conformance.Tests.Docs;

/// <summary>
/// What every documented command runs with: the staging environment, and the folders the
/// documentation writes to (reports/, shards/, merged/, /tmp/sample) and the spec it diffs
/// against (old/openapi.yaml) moved into a temporary folder, so a test run leaves the
/// repository as it found it. CONFORMANCE_REPORTS points the runs' reports there too, and
/// CONFORMANCE_NO_HTML skips the Allure rendering unless it is asked for.
/// </summary>
public sealed partial class DocsRun : IDisposable
{
    /// <param name="renderHtml">Whether runs render the Allure report (slow); the commands test does, as a user's would.</param>
    public DocsRun(IReadOnlyDictionary<string, string>? staging = null, bool renderHtml = false)
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Path.Combine(Folder, "old"));
        File.Copy(Path.Combine(Documentation.Root, "specs", "dfns", "openapi.yaml"), Path.Combine(Folder, "old", "openapi.yaml"));
        var environment = new Dictionary<string, string>(staging ?? new Dictionary<string, string>())
        {
            ["CONFORMANCE_REPORTS"] = Path.Combine(Folder, "reports"),
        };
        if (!renderHtml) environment["CONFORMANCE_NO_HTML"] = "1";
        Environment = environment;
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "conformance-docs-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The line with the paths it writes to (or diffs against) moved under <see cref="Folder"/>.</summary>
    public string Redirect(string line) =>
        OutputPath().Replace(line.Replace("/tmp/sample", Path.Combine(Folder, "sample"), StringComparison.Ordinal), m => m.Groups["lead"].Value + Path.Combine(Folder, m.Groups["dir"].Value) + "/");

    public ShellOutcome Run(string line, TimeSpan? timeout = null, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(Environment);
        foreach (var (name, value) in extra ?? new Dictionary<string, string>()) environment[name] = value;
        return Shell.Run(Redirect(line), environment, timeout ?? TimeSpan.FromMinutes(15));
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }

    [GeneratedRegex(@"(?<lead>^|[\s=""'])(?<dir>reports|shards|merged|old)/")]
    private static partial Regex OutputPath();
}
