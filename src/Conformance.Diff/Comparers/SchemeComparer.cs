using System.Text.Json.Nodes;
using Conformance.Diff.Rules;
using Conformance.Spec;

namespace Conformance.Diff.Comparers;

/// <summary>
/// Compares the security schemes both versions define: their OpenAPI fields, how the suite fills
/// them (x-conformance-auth), their replay and signing rules (x-nonce, x-user-action) and their
/// requirements. A scheme change is reported once, without an operation, and touches every
/// operation that uses the scheme. Schemes only one version has are left to the operations'
/// security comparison, which is where they matter.
/// </summary>
internal static class SchemeComparer
{
    private static readonly string[] Fields = ["type", "scheme", "in", "name", "bearerFormat", "openIdConnectUrl", "flows"];

    public static void Compare(DiffContext context)
    {
        foreach (var (name, o) in context.Old.SecuritySchemes)
        {
            if (!context.New.SecuritySchemes.TryGetValue(name, out var n)) continue;
            var at = Spec.JsonPointer.Append("/components/securitySchemes", name);
            void Report(DiffRule rule, string? oldAt, string? newAt, string message, IReadOnlyList<string> keys, IReadOnlyList<ClientStep>? steps = null)
            {
                context.Report(rule, null, oldAt, newAt, message, keys, steps);
                context.Touched.TouchScheme(name);
            }

            var keys = SchemeKeys(n);
            if (OpenApiFields(context.Old.Root, at, context.New.Root) is { } fields)
            {
                Report(SecurityRules.SchemeChanged, at, at, $"security scheme {name}: {fields}", keys);
            }

            if (ValueDiff.Describe(o.Auth, n.Auth) is { } auth)
            {
                Report(SecurityRules.BindingChanged, at + "/x-conformance-auth", at + "/x-conformance-auth", $"security scheme {name}: x-conformance-auth {auth}", keys);
            }

            if (ValueDiff.Describe(o.Nonce, n.Nonce) is { } nonce)
            {
                Report(SemanticRules.NonceChanged, at + "/x-nonce", at + "/x-nonce", $"security scheme {name}: x-nonce {nonce}", RequirementKeys.Nonce);
            }

            var oldUserAction = o.UserAction is { } ua
                ? ua with { InitOperation = context.Translate(ua.InitOperation)!, CompleteOperation = context.Translate(ua.CompleteOperation)! }
                : null;
            if (ValueDiff.Describe(oldUserAction, n.UserAction) is { } userAction)
            {
                Report(SemanticRules.UserActionChanged, at + "/x-user-action", at + "/x-user-action", $"security scheme {name}: x-user-action {userAction}", RequirementKeys.UserAction);
            }

            RequirementComparer.Compare(o.Requirements, n.Requirements, at + "/x-requirements", at + "/x-requirements", $"security scheme {name}", Report, ClientSteps.Credential(name, n));
        }
    }

    /// <summary>The raw OpenAPI fields that decide what a caller sends; descriptions do not count.</summary>
    private static string? OpenApiFields(JsonObject oldRoot, string pointer, JsonObject newRoot)
    {
        var o = Spec.JsonPointer.Resolve(oldRoot, pointer) as JsonObject ?? [];
        var n = Spec.JsonPointer.Resolve(newRoot, pointer) as JsonObject ?? [];
        var changed = Fields
            .Where(f => !JsonNode.DeepEquals(Normalize(f, o[f]), Normalize(f, n[f])))
            .Select(f => $"{f} {JsonRead.Show(o[f])} → {JsonRead.Show(n[f])}")
            .ToList();
        return changed.Count == 0 ? null : string.Join("; ", changed);
    }

    // The http auth scheme name is case-insensitive (RFC 7235 §2.1); scope descriptions are prose.
    private static JsonNode? Normalize(string field, JsonNode? value)
    {
        if (field == "scheme" && JsonRead.Text(value) is { } s) return JsonValue.Create(s.ToLowerInvariant());
        if (field != "flows" || value is not JsonObject flows) return value;
        var copy = (JsonObject)flows.DeepClone();
        foreach (var (_, flow) in copy)
        {
            if (flow is JsonObject f && f["scopes"] is JsonObject scopes) f["scopes"] = new JsonArray(scopes.Select(kv => (JsonNode?)kv.Key).ToArray());
            (flow as JsonObject)?.Remove("description");
        }

        return copy;
    }

    private static IReadOnlyList<string> SchemeKeys(ApiSecurityScheme scheme) =>
        scheme.Nonce is not null ? RequirementKeys.Nonce
        : scheme.UserAction is not null ? RequirementKeys.UserAction
        : RequirementKeys.Auth;
}
