using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Spec.Schemas;
using Conformance.Spec.Vocabulary;
using NSwag;

namespace Conformance.Spec;

/// <summary>
/// Loads an OpenAPI 3.0/3.1 document (YAML or JSON) into the operation model. The whole load
/// fails only when the file cannot be used at all (<see cref="SpecLoadException"/>, one line);
/// an operation or extension that cannot be read becomes a located <see cref="SpecProblem"/>.
/// </summary>
public static partial class SpecLoader
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    public static ApiDocument Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new SpecLoadException("spec path is empty: give the path of an OpenAPI 3.x YAML or JSON file");
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new SpecLoadException($"{path}: spec file not found");

        // Refused before it is read: a UTF-8 character is at most 4 bytes.
        if (new FileInfo(full).Length > 4L * YamlJsonReader.MaxCharacters)
        {
            throw new SpecLoadException($"{path}: the file is larger than a spec may be ({YamlJsonReader.MaxCharacters:N0} characters)");
        }

        return Parse(File.ReadAllText(full), path, full);
    }

    /// <summary>Parses spec text; <paramref name="displayName"/> names the file in messages.</summary>
    public static ApiDocument Parse(string content, string displayName, string? documentPath = null)
    {
        if (content.Length > YamlJsonReader.MaxCharacters)
        {
            throw new SpecLoadException($"{displayName}: the document has {content.Length:N0} characters, more than the {YamlJsonReader.MaxCharacters:N0} a spec may have");
        }

        var text = LooksLikeJson(content, displayName) ? ReadJson(content, displayName) : YamlJsonReader.Read(content, displayName);
        if (text.Root is not JsonObject root)
        {
            throw new SpecLoadException($"{displayName}:{text.LineOf("") ?? 1}: not an OpenAPI document: the top level must be a mapping");
        }

        CheckVersion(root, displayName, text);
        var problems = new ProblemSink(displayName, text);
        var nswag = LoadWithNSwag(ForNSwag(root), displayName, documentPath, problems);
        return Build(root, nswag, displayName, problems);
    }

    private static bool LooksLikeJson(string content, string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || content.TrimStart().StartsWith('{');

    private static SpecText ReadJson(string content, string file)
    {
        try
        {
            var node = JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false })
                ?? throw new SpecLoadException($"{file}: the document is null; expected an OpenAPI 3.x document");
            return new SpecText(node, new Dictionary<string, int>());
        }
        catch (JsonException e)
        {
            throw new SpecLoadException($"{file}:{(e.LineNumber ?? 0) + 1}: invalid JSON: {e.Message.Split('.')[0]}");
        }
    }

    private static void CheckVersion(JsonObject root, string file, SpecText text)
    {
        var version = VocabularyReader.Text(root["openapi"]);
        if (version is null && root.ContainsKey("swagger"))
        {
            throw new SpecLoadException($"{file}:{text.LineOf("/swagger") ?? 1}: Swagger 2.0 is not supported: convert the document to OpenAPI 3.x");
        }

        if (version is null)
        {
            throw new SpecLoadException($"{file}:1: not an OpenAPI document: no 'openapi' field at the top level");
        }

        if (!version.StartsWith("3.0", StringComparison.Ordinal) && !version.StartsWith("3.1", StringComparison.Ordinal))
        {
            throw new SpecLoadException($"{file}:{text.LineOf("/openapi") ?? 1}: unsupported OpenAPI version '{version}': expected 3.0.x or 3.1.x");
        }
    }

    /// <summary>
    /// NSwag resolves references and builds the schemas. When it refuses the document, each path
    /// is tried alone so that one broken operation is reported and the rest still load.
    /// </summary>
    private static OpenApiDocument LoadWithNSwag(JsonObject root, string file, string? documentPath, ProblemSink problems)
    {
        if (TryNSwag(root, documentPath, out var doc, out var error)) return doc!;

        var paths = root["paths"] as JsonObject ?? [];
        var broken = new List<string>();
        foreach (var (pathKey, _) in paths)
        {
            var single = (JsonObject)root.DeepClone();
            single["paths"] = new JsonObject { [pathKey] = paths[pathKey]!.DeepClone() };
            if (!TryNSwag(single, documentPath, out _, out var pathError))
            {
                broken.Add(pathKey);
                problems.LeaveOut(JsonPointer.Append("/paths", pathKey), $"path cannot be read: {pathError}");
            }
        }

        var rest = (JsonObject)root.DeepClone();
        var restPaths = (JsonObject?)rest["paths"];
        broken.ForEach(p => restPaths?.Remove(p));
        if (broken.Count > 0 && TryNSwag(rest, documentPath, out doc, out _)) return doc!;
        throw new SpecLoadException($"{file}: cannot read OpenAPI document: {error}");
    }

    /// <summary>
    /// What NSwag refuses although OpenAPI 3.1 allows it, smoothed in a copy for NSwag alone (the
    /// document itself is left as written, and the suite reads these parts from it):
    /// an operation without <c>responses</c> (optional since 3.1, §4.8.10; NSwag would drop the
    /// whole path) gets an empty Responses Object, and <see cref="OperationReader"/> records that
    /// it documents none; a <c>mutualTLS</c> security scheme (§4.8.27; NSwag cannot read the type,
    /// and would refuse the whole document) is left out of NSwag's copy — the suite reads the
    /// schemes from the document and says it cannot send that one.
    /// </summary>
    private static JsonObject ForNSwag(JsonObject root)
    {
        bool Lacks(JsonNode? operation) => operation is JsonObject o && !o.ContainsKey("responses");
        bool Unreadable(JsonNode? scheme) => VocabularyReader.Text(scheme?["type"]) == "mutualTLS";
        var paths = root["paths"] as JsonObject ?? [];
        var schemes = root["components"]?["securitySchemes"] as JsonObject ?? [];
        if (!paths.Any(p => p.Value is JsonObject item && Methods.Any(m => Lacks(item[m]))) && !schemes.Any(s => Unreadable(s.Value))) return root;

        var copy = (JsonObject)root.DeepClone();
        foreach (var (_, item) in copy["paths"] as JsonObject ?? [])
        {
            if (item is not JsonObject pathItem) continue;
            foreach (var method in Methods.Where(m => Lacks(pathItem[m]))) ((JsonObject)pathItem[method]!)["responses"] = new JsonObject();
        }

        if (copy["components"]?["securitySchemes"] is JsonObject copied)
        {
            foreach (var name in copied.Where(s => Unreadable(s.Value)).Select(s => s.Key).ToList()) copied.Remove(name);
        }

        return copy;
    }

    private static bool TryNSwag(JsonObject root, string? documentPath, out OpenApiDocument? doc, out string? error)
    {
        try
        {
            doc = OpenApiDocument.FromJsonAsync(root.ToJsonString(), documentPath).GetAwaiter().GetResult();
            error = null;
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            doc = null;
            error = e.Message.Split('\n')[0].Trim();
            return false;
        }
    }

    private static ApiDocument Build(JsonObject root, OpenApiDocument nswag, string file, ProblemSink problems)
    {
        var vocab = new VocabularyReader(problems);
        var schemes = SecuritySchemes(root, vocab);
        var schemas = SchemaDocument.For(root, VocabularyReader.Text(root["openapi"])!);
        var operations = new List<ApiOperation>();
        foreach (var (pathKey, item) in nswag.Paths)
        {
            foreach (var (method, op) in item)
            {
                if (!Methods.Contains(method.ToLowerInvariant())) continue;
                var pointer = JsonPointer.Append(JsonPointer.Append("/paths", pathKey), method.ToLowerInvariant());
                try
                {
                    operations.Add(OperationReader.Read(root, pathKey, method, op, pointer, vocab, problems, schemas));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    problems.LeaveOut(pointer, $"operation cannot be read: {e.Message.Split('\n')[0]}");
                }
            }
        }

        foreach (var dup in operations.GroupBy(o => o.Slug).Where(g => g.Count() > 1))
        {
            problems.Add(dup.Last().Pointer, $"operation id '{dup.Key}' is used by {dup.Count()} operations; ids must be unique");
        }

        var conformance = root["x-conformance"] as JsonObject;
        var title = nswag.Info?.Title ?? "untitled";
        return new ApiDocument(
            file,
            VocabularyReader.Text(root["openapi"])!,
            title,
            nswag.Info?.Version ?? "",
            VocabularyReader.Text(conformance?["vendor"]) ?? Slugify(title),
            VocabularyReader.Text(conformance?["error-message-field"]),
            VocabularyReader.Text(conformance?["unknown-id"]),
            operations,
            schemes,
            vocab.Requirements(root["x-requirements"], "/x-requirements"),
            vocab.Envelope(root["x-envelope"], "/x-envelope"),
            Decisions(root, problems),
            problems.Problems,
            root)
        {
            Contract = VocabularyReader.Text(conformance?["contract"]) ?? "",
        };
    }

    private static Dictionary<string, ApiSecurityScheme> SecuritySchemes(JsonObject root, VocabularyReader vocab)
    {
        var result = new Dictionary<string, ApiSecurityScheme>(StringComparer.Ordinal);
        foreach (var (name, node) in root["components"]?["securitySchemes"] as JsonObject ?? [])
        {
            if (node is not JsonObject s) continue;
            var pointer = JsonPointer.Append("/components/securitySchemes", name);
            result[name] = new ApiSecurityScheme(
                name,
                VocabularyReader.Text(s["type"]) ?? "",
                VocabularyReader.Text(s["scheme"])?.ToLowerInvariant(),
                VocabularyReader.Text(s["in"]),
                VocabularyReader.Text(s["name"]),
                VocabularyReader.Text(s["flows"]?["clientCredentials"]?["tokenUrl"]),
                vocab.Auth(s, pointer),
                vocab.Nonce(s["x-nonce"], pointer + "/x-nonce"),
                vocab.UserAction(s["x-user-action"], pointer + "/x-user-action"),
                vocab.Requirements(s["x-requirements"], pointer + "/x-requirements"));
        }

        return result;
    }

    private static List<SpecDecision> Decisions(JsonNode? node, ProblemSink problems, string pointer = "")
    {
        var found = new List<SpecDecision>();
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o)
                {
                    var at = JsonPointer.Append(pointer, key);
                    if (key == "x-decision" && VocabularyReader.Text(child) is { } text) found.Add(new SpecDecision(at, problems.LineOf(at), text.Trim()));
                    else found.AddRange(Decisions(child, problems, at));
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) found.AddRange(Decisions(a[i], problems, $"{pointer}/{i}"));
                break;
        }

        return found;
    }

    internal static string Slugify(string text) => NonSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex("[^a-z0-9.]+")]
    private static partial Regex NonSlug();
}
