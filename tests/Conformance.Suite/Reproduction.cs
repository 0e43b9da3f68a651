using Conformance.Configuration;
using Conformance.Execution;

namespace Conformance.Suite;

/// <summary>
/// The command line that runs one scenario again with the same target, profile and specs:
/// <c>./run-conformance.sh --target URL --profile PATH --only ID</c>. Paths are shown relative to
/// the repository root, where run-conformance.sh runs. Secrets are never in it: the profile holds
/// them (or references to them).
/// </summary>
internal static class Reproduction
{
    public static string Command(ConformanceSettings settings, string scenarioId, string? repositoryRoot = null)
    {
        repositoryRoot ??= RepositoryPaths.Root;
        var words = new List<string> { "./run-conformance.sh" };
        if (settings.Target is { } target) words.AddRange(["--target", target.ToString()]);
        if (settings.Profile is { } profile) words.AddRange(["--profile", Relative(profile, repositoryRoot)]);
        foreach (var spec in settings.Specs) words.AddRange(["--spec", Relative(spec, repositoryRoot)]);
        foreach (var fault in settings.ReferenceFaults) words.AddRange(["--reference-fault", fault]);
        words.AddRange(["--only", scenarioId]);
        return string.Join(' ', words.Select(Quote));
    }

    private static string Relative(string path, string? root)
    {
        // A contract id (dfns-legacy) or an already relative path is shown as given.
        if (root is null || !Path.IsPathRooted(path)) return path;
        var relative = Path.GetRelativePath(root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <summary>Single quotes around a word the shell would split or expand.</summary>
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:@%+=,".Contains(c)) ? word : $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
