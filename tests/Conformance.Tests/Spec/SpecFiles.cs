namespace Conformance.Tests.Spec;

/// <summary>Paths of the repository's specs, found from the test assembly's folder upward.</summary>
internal static class SpecFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Dfns => Path.Combine(RepoRoot, "specs", "dfns", "openapi.yaml");

    public static string Senhasegura => Path.Combine(RepoRoot, "specs", "senhasegura", "openapi.yaml");

    public static string DfnsCurrent => Path.Combine(RepoRoot, "specs", "dfns-current", "openapi.yaml");

    /// <summary>A file of the shared folder beside the repository (seeds/, reference/, specs/), found upward from the repository.</summary>
    public static string Shared(string relative)
    {
        if (Environment.GetEnvironmentVariable("CONFORMANCE_SHARED_DIR") is { Length: > 0 } shared && File.Exists(Path.Combine(shared, relative)))
        {
            return Path.Combine(shared, relative);
        }

        for (var dir = new DirectoryInfo(RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate)) return candidate;
        }

        // Without the vendor documents there is nothing to compare with: say so, never pass.
        Assert.Ignore($"shared/{relative} not found above {RepoRoot} (set CONFORMANCE_SHARED_DIR): this test needs the vendor documents");
        return "";
    }

    public static IEnumerable<string> All => [Dfns, Senhasegura];

    public static string Fixture(string relative) => Path.Combine(TestContext.CurrentContext.TestDirectory, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Conformance.sln not found above " + AppContext.BaseDirectory);
    }
}
