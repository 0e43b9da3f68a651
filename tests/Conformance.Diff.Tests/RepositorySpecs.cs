namespace Conformance.Diff.Tests;

/// <summary>The repository's own contracts, found from the test's directory.</summary>
internal static class RepositorySpecs
{
    /// <summary>The legacy Dfns contract (contract id <c>dfns-legacy</c>).</summary>
    public static string DfnsLegacy => Spec("dfns");

    /// <summary>The current Dfns contract (contract id <c>dfns</c>).</summary>
    public static string DfnsCurrent => Spec("dfns-current");

    private static string Spec(string folder)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return Path.Combine(dir.FullName, "specs", folder, "openapi.yaml");
        }

        throw new InvalidOperationException("the repository root (Conformance.sln) was not found above " + TestContext.CurrentContext.TestDirectory);
    }
}
