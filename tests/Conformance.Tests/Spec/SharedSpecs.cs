namespace Conformance.Tests.Spec;

/// <summary>
/// The real, published OpenAPI documents of <c>shared/specs</c> (test data the project did not
/// write): <c>CONFORMANCE_SHARED_DIR</c>, else a <c>shared/specs</c> folder beside the repository
/// or one of its parents. Absent on machines without it: tests then say so and are ignored.
/// </summary>
internal static class SharedSpecs
{
    public static string? Folder { get; } = Find();

    public static string DfnsPublished => Require("dfns-real-openapi.yml");

    public static IEnumerable<string> All =>
        Folder is null ? [] : Directory.GetFiles(Folder).Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static string Require(string file)
    {
        if (Folder is null || !File.Exists(Path.Combine(Folder, file)))
        {
            Assert.Ignore($"shared/specs/{file} is not on this machine (set CONFORMANCE_SHARED_DIR to the shared folder)");
        }

        return Path.Combine(Folder!, file);
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CONFORMANCE_SHARED_DIR") is { Length: > 0 } configured)
        {
            var specs = Path.Combine(configured, "specs");
            return Directory.Exists(specs) ? specs : Directory.Exists(configured) ? configured : null;
        }

        for (var dir = new DirectoryInfo(SpecFiles.RepoRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "specs");
            if (Directory.Exists(candidate)) return candidate;
        }

        return null;
    }
}
