using Conformance.Configuration;

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
        return SettingsReader.Read(SettingsReader.Layer(FromRunSettings, SettingsReader.Environment()), "setting ");
    }
}
