using Conformance.Configuration;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Turns what names a contract — a spec path, or a contract id of one of the repository's specs
/// (<c>dfns</c>, <c>dfns-legacy</c>, <c>senhasegura</c>) — into loaded specs.
/// </summary>
public static class ContractSpecs
{
    /// <summary>Every spec of the repository (specs/*/openapi.yaml), in a stable order.</summary>
    public static IReadOnlyList<string> Repository =>
        RepositoryPaths.Root is { } root && Directory.Exists(Path.Combine(root, "specs"))
            ? Directory.GetDirectories(Path.Combine(root, "specs")).Order(StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "openapi.yaml")).Where(File.Exists).ToList()
            : [];

    /// <exception cref="SettingsException">A name that is neither a file nor a contract of the repository's specs.</exception>
    public static IReadOnlyList<ApiDocument> Load(IEnumerable<string> pathsOrContracts) => Load(pathsOrContracts, new LoadedSpecs());

    /// <param name="loaded">Where each file is loaded (once per run, or shared by several runs).</param>
    internal static IReadOnlyList<ApiDocument> Load(IEnumerable<string> pathsOrContracts, LoadedSpecs loaded)
    {
        var known = new Lazy<IReadOnlyList<ApiDocument>>(() => Repository.Count > 0
            ? Repository.Select(loaded.Load).ToList()
            : throw new SettingsException("spec is missing: give --spec PATH (or CONFORMANCE_SPEC); no repository specs were found"));
        return pathsOrContracts.Select(name => File.Exists(name)
                ? loaded.Load(name)
                : known.Value.FirstOrDefault(d => d.Contract == name)
                    ?? throw new SettingsException($"spec '{name}': no such file, and no repository spec declares that contract (known: {string.Join(", ", known.Value.Select(d => d.Contract))})"))
            .ToList();
    }
}
