using Conformance.Execution;

namespace Conformance.Reporting;

/// <summary>
/// The command line that reruns exactly one scenario against the same target:
/// <c>./run-conformance.sh --target URL --profile PATH --only ID</c>, or for the embedded reference
/// target <c>./run-conformance.sh --only ID</c> with the same <c>--reference-fault</c>s. Paths are
/// shown relative to the repository root (where run-conformance.sh runs); a path outside it by its
/// file name only, so no report names a local folder. Never a secret: see <see cref="RerunArguments"/>.
/// </summary>
internal static class Reproduction
{
    /// <summary>The command for <paramref name="result"/>'s scenario on its target; null when the run did not record how its target was run.</summary>
    public static string? Command(RunInfo info, ScenarioResult result, string? repositoryRoot = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(result);
        var target = info.Targets.Count == 1 ? info.Targets[0] : info.Targets.FirstOrDefault(t => t.Name == result.Target);
        return target?.Rerun is { } rerun ? Command(rerun, result.Scenario.Id, repositoryRoot) : null;
    }

    public static string Command(RerunArguments rerun, string scenarioId, string? repositoryRoot = null)
    {
        ArgumentNullException.ThrowIfNull(rerun);
        repositoryRoot ??= RepositoryPaths.Root;
        var words = new List<string> { "./run-conformance.sh" };
        if (rerun.Target is { } target) words.AddRange(["--target", target]);
        if (rerun.Profile is { } profile) words.AddRange(["--profile", Shown(profile, repositoryRoot)]);
        foreach (var spec in rerun.Specs) words.AddRange(["--spec", Shown(spec, repositoryRoot)]);
        foreach (var fault in rerun.ReferenceFaults) words.AddRange(["--reference-fault", fault]);
        words.AddRange(["--only", scenarioId]);
        return string.Join(' ', words.Select(Quote));
    }

    /// <summary>
    /// A path as a report shows it: relative to the repository root when inside it; a contract id
    /// or a relative path as given; any other absolute path by its file name (no local folder in a
    /// report sent to a vendor).
    /// </summary>
    public static string Shown(string path, string? root)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!IsAbsolute(path)) return path;
        if (root is not null)
        {
            var relative = Path.GetRelativePath(root, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)) return relative.Replace('\\', '/');
        }

        return FileName(path);
    }

    // A Windows path (C:\…) read on Linux is not rooted for Path: test both forms.
    private static bool IsAbsolute(string path) =>
        Path.IsPathRooted(path) || (path.Length > 2 && char.IsAsciiLetter(path[0]) && path[1] == ':' && path[2] is '\\' or '/');

    private static string FileName(string path) => path[(path.LastIndexOfAny(['/', '\\']) + 1)..];

    /// <summary>Single quotes around a word the shell would split or expand.</summary>
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:@%+=,".Contains(c)) ? word : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
