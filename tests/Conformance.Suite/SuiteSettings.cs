using Conformance.Configuration;
using Conformance.Execution;

namespace Conformance.Suite;

/// <summary>
/// The suite's settings: .runsettings TestRunParameters (<c>target</c>, <c>spec</c>, …) over
/// CONFORMANCE_* environment variables — the same contract as run-conformance.sh.
/// </summary>
internal static class SuiteSettings
{
    public static ConformanceSettings Read()
    {
        var parameters = TestContext.Parameters;
        string? FromRunSettings(string name) => parameters.Exists(name) ? parameters.Get(name) : null;
        return Resolve(SettingsReader.Read(SettingsReader.Layer(FromRunSettings, SettingsReader.Environment()), "setting "), RepositoryPaths.Root);
    }

    /// <summary>
    /// Relative paths (spec, profile, reports) are relative to the repository root, whatever folder
    /// the test host runs in (bin/…/net10.0): the same rule as run-conformance.sh, which runs from
    /// the root, so one .runsettings and one command line name the same files.
    /// </summary>
    public static ConformanceSettings Resolve(ConformanceSettings settings, string? repositoryRoot)
    {
        var root = repositoryRoot ?? Directory.GetCurrentDirectory();
        string Full(string path) => Path.GetFullPath(Path.Combine(root, path));
        // A spec may also be a contract id of the repository's specs (dfns, dfns-legacy, …): no path.
        string SpecPath(string spec) => spec.Contains('/', StringComparison.Ordinal) || spec.Contains('\\', StringComparison.Ordinal) || spec.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || spec.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || spec.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Full(spec) : spec;
        return settings with
        {
            Specs = settings.Specs.Select(SpecPath).ToList(),
            Profile = settings.Profile is { } profile ? Full(profile) : null,
            ReportsDirectory = settings.ReportsDirectory is { } reports ? Full(reports) : null,
        };
    }
}
