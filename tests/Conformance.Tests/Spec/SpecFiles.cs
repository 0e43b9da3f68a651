namespace Conformance.Tests.Spec;

/// <summary>Paths of the repository's specs, found from the test assembly's folder upward.</summary>
internal static class SpecFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Dfns => Path.Combine(RepoRoot, "specs", "dfns", "openapi.yaml");

    public static string Senhasegura => Path.Combine(RepoRoot, "specs", "senhasegura", "openapi.yaml");

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
