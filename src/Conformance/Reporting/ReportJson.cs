using System.Text.Encodings.Web;
using System.Text.Json;

namespace Conformance.Reporting;

/// <summary>
/// JSON settings of every JSON file the reports write. The relaxed encoder keeps text as it is
/// (no <c>\u002B</c> for <c>+</c>), so the secret guard and a human grep see what a reader sees.
/// </summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The same without indentation: for files only programs read (Allure's result files), where spaces are most of the size.</summary>
    public static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };
}
