namespace Conformance.Execution;

/// <summary>Finds the repository (the folder holding Conformance.sln) for default specs and reports.</summary>
public static class RepositoryPaths
{
    public static string? Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory());

    public static IReadOnlyList<string> DefaultSpecs =>
        Root is null ? [] : [Path.Combine(Root, "specs", "dfns", "openapi.yaml"), Path.Combine(Root, "specs", "senhasegura", "openapi.yaml")];

    /// <summary>The contracts a target given without <c>--spec</c> is tested against: today's APIs.</summary>
    public static IReadOnlyList<string> DefaultTargetContracts { get; } = ["dfns", "senhasegura"];

    public static string DefaultReports => Path.Combine(Root ?? Directory.GetCurrentDirectory(), "reports");

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        }

        return null;
    }
}
