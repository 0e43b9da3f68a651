using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>
/// What a user action is bound to: method, path and payload (DECISIONS D7). The payload is the
/// exact body string; an empty body equals "" or "{}" because the official SDKs send either
/// (dfns-facts §2.1). The readings compare the payload as parsed JSON (D7-alt-a) or bind the
/// 2022 action text, "Activate credential (&lt;id&gt;).", instead (D7-alt-b).
/// </summary>
internal sealed record UserActionBinding(string Method, string Path, string Payload)
{
    public bool Matches(string method, string path, string body) => Matches(method, path, body, BindingMode.Exact);

    public bool Matches(string method, string path, string body, BindingMode mode) => mode switch
    {
        BindingMode.ActionText => string.Equals(ActionText(Method, Path, Payload), ActionText(method, path, body), StringComparison.Ordinal),
        BindingMode.ParsedPayload => SameRequest(method, path) && (SamePayload(body) || SameJson(Payload, body)),
        _ => SameRequest(method, path) && SamePayload(body),
    };

    private bool SameRequest(string method, string path) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(Path, path, StringComparison.Ordinal);

    private bool SamePayload(string body) => Payload == body || (IsEmpty(Payload) && IsEmpty(body));

    private static bool IsEmpty(string payload) => payload is "" or "{}";

    private static bool SameJson(string a, string b)
    {
        try
        {
            return JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>seeds/003's text: the action the path names, with the id the payload names; any other request is its own text.</summary>
    private static string ActionText(string method, string path, string payload)
    {
        var verb = path.EndsWith("/deactivate", StringComparison.Ordinal) ? "Deactivate" : path.EndsWith("/activate", StringComparison.Ordinal) ? "Activate" : null;
        var noun = path.Contains("/users", StringComparison.Ordinal) ? "user" : path.Contains("/credentials", StringComparison.Ordinal) ? "credential" : null;
        if (verb is null || noun is null)
        {
            return $"{method.ToUpperInvariant()} {path} {payload}";
        }

        string? id = null;
        try
        {
            var node = JsonNode.Parse(payload) as JsonObject;
            id = (node?[noun == "user" ? "userId" : "credentialUuid"] as JsonValue)?.GetValueKind() == JsonValueKind.String
                ? node![noun == "user" ? "userId" : "credentialUuid"]!.GetValue<string>()
                : null;
        }
        catch (JsonException)
        {
        }

        return $"{verb} {noun} ({id ?? payload}).";
    }
}
