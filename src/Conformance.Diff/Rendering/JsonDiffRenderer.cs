using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Diff.Rendering;

/// <summary>The whole diff as JSON (camelCase, severities in lower case).</summary>
internal sealed class JsonDiffRenderer : IDiffRenderer
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Render(SpecDiff diff)
    {
        var json = new JsonObject
        {
            ["old"] = diff.OldSource,
            ["new"] = diff.NewSource,
            ["summary"] = new JsonObject
            {
                ["breaking"] = diff.Count(ChangeSeverity.Breaking),
                ["risky"] = diff.Count(ChangeSeverity.Risky),
                ["safe"] = diff.Count(ChangeSeverity.Safe),
            },
            ["touchedOperations"] = new JsonArray(diff.TouchedOperationSlugs.Order(StringComparer.Ordinal).Select(s => (JsonNode?)s).ToArray()),
            ["changes"] = new JsonArray(diff.Changes.Select(Change).ToArray()),
        };
        return json.ToJsonString(Options) + Environment.NewLine;
    }

    private static JsonNode Change(SpecChange c) => new JsonObject
    {
        ["ruleId"] = c.RuleId,
        ["severity"] = DiffRenderers.Name(c.Severity),
        ["operation"] = c.OperationSlug,
        ["requirements"] = new JsonArray(c.RequirementKeys.Select(k => (JsonNode?)k).ToArray()),
        ["old"] = Location(c.OldLocation),
        ["new"] = Location(c.NewLocation),
        ["message"] = c.Message,
    };

    private static JsonObject? Location(SpecLocation? l) =>
        l is null ? null : new JsonObject { ["file"] = l.File, ["pointer"] = l.Pointer, ["line"] = l.Line };
}
