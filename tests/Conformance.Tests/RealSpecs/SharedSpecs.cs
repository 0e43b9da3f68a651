namespace Conformance.Tests.RealSpecs;

/// <summary>
/// The real, published specs used as test data (<c>shared/specs/</c>, next to the repository or
/// above it; or <c>$CONFORMANCE_SHARED_DIR/specs</c>), and the Prism CLI that mocks them
/// (<c>node_modules/.bin/prism</c>, installed by <c>npm ci</c>, pinned in package.json).
/// </summary>
internal static class SharedSpecs
{
    public const string SharedDirVariable = "CONFORMANCE_SHARED_DIR";

    /// <summary>The folder holding the real specs, or null with the reason it was not found.</summary>
    public static (string? Folder, string? Missing) Folder()
    {
        if (Environment.GetEnvironmentVariable(SharedDirVariable) is { Length: > 0 } configured)
        {
            var specs = Path.Combine(configured, "specs");
            return Directory.Exists(specs) ? (specs, null) : (null, $"{SharedDirVariable}={configured} has no specs/ folder");
        }

        for (var dir = new DirectoryInfo(Spec.SpecFiles.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var specs = Path.Combine(dir.FullName, "shared", "specs");
            if (Directory.Exists(specs)) return (specs, null);
        }

        return (null, $"no shared/specs/ folder above {Spec.SpecFiles.RepoRoot} (set {SharedDirVariable} to the shared folder)");
    }

    /// <summary>The spec files (the top level of the folder: <c>history/</c> holds versions for the diff).</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.GetFiles(folder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>The Prism CLI of the repository, or null with the reason it is not usable.</summary>
    public static (string? Cli, string? Missing) Prism()
    {
        var cli = Path.Combine(Spec.SpecFiles.RepoRoot, "node_modules", "@stoplight", "prism-cli", "dist", "index.js");
        if (!File.Exists(cli)) return (null, $"Prism is not installed ({cli} is missing): run 'npm ci' in {Spec.SpecFiles.RepoRoot}");
        return Node() is null ? (null, "node is not on PATH (install Node.js 20+)") : (cli, null);
    }

    public static string? Node() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
}
