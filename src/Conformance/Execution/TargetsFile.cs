using System.Text.Json.Nodes;
using Conformance.Configuration;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Reads a targets file: the targets of one run, each with a name (its column in the report), a
/// URL, a profile and the contracts to run against it (contract ids of the repository's specs, or
/// spec paths). Paths are relative to the file. Every problem is one line naming the file.
/// </summary>
/// <example>
/// <code>
/// targets:
///   - name: current-api
///     url: https://staging.example.com
///     profile: profiles/staging.yaml
///     contracts: [dfns]
///   - name: legacy-api
///     url: https://legacy.example.com
///     profile: profiles/legacy.yaml
///     contracts: [dfns-legacy, specs/senhasegura/openapi.yaml]
/// </code>
/// </example>
public static class TargetsFile
{
    private static readonly string[] Keys = ["name", "url", "profile", "contracts"];

    public static IReadOnlyList<TargetSetting> Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new SettingsException($"targets file {path}: file not found");
        JsonNode root;
        try
        {
            root = YamlJsonReader.Read(File.ReadAllText(full), path).Root;
        }
        catch (SpecLoadException e)
        {
            throw new SettingsException($"targets file {e.Message}");
        }

        var folder = Path.GetDirectoryName(full)!;
        if ((root as JsonObject)?["targets"] is not JsonArray { Count: > 0 } items)
        {
            throw new SettingsException($"targets file {path}: expected 'targets:' with a list of targets (name, url, profile, contracts)");
        }

        var targets = new List<TargetSetting>();
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"targets file {path}: targets[{i}]";
            if (items[i] is not JsonObject item) throw new SettingsException($"{at}: expected a mapping with name, url, profile, contracts");
            if (item.Select(p => p.Key).FirstOrDefault(k => !Keys.Contains(k)) is { } unknown) throw new SettingsException($"{at}: unknown key '{unknown}' (expected {string.Join(", ", Keys)})");
            var url = Text(item["url"]) is { } u && Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0
                ? uri
                : throw new SettingsException($"{at}: 'url' must be an absolute http(s) URL without a user name or password");
            var profile = Text(item["profile"]) ?? throw new SettingsException($"{at}: 'profile' is missing: each target needs its profile (docs/target-profile.md)");
            var contracts = item["contracts"] switch
            {
                JsonArray list => list.Select(Text).OfType<string>().ToList(),
                JsonValue one when Text(one) is { } single => [single],
                null => [],
                _ => throw new SettingsException($"{at}: 'contracts' must be a list of contract ids or spec paths"),
            };
            var name = Text(item["name"]) ?? url.Authority;
            if (targets.Any(t => t.Name == name)) throw new SettingsException($"{at}: the name '{name}' is used twice; give each target its own name");
            targets.Add(new TargetSetting(name, url, Path.Combine(folder, profile), contracts.Select(c => Resolve(c, folder)).ToList()));
        }

        return targets;
    }

    /// <summary>A spec path relative to the file, when one exists there; else the text as given (a contract id, or a path from the working folder).</summary>
    private static string Resolve(string contractOrPath, string folder)
    {
        var relative = Path.Combine(folder, contractOrPath);
        return File.Exists(relative) ? relative : contractOrPath;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
