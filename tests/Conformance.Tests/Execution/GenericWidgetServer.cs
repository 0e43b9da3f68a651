using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Tests.Http;

namespace Conformance.Tests.Execution;

/// <summary>
/// A tiny server for the generic-mode spec (Fixtures/generic-api.yaml): faithful, or with one
/// deliberate deviation to show the generic checks catch it.
/// </summary>
internal static class GenericWidgetServer
{
    public const string Token = "widget-token-0123456789";

    public static LoopbackServer Start(string? deviation = null) => LoopbackServer.Start(async (request, response) =>
    {
        var (status, body) = Answer(request, deviation);
        response.StatusCode = status;
        response.ContentType = "application/json";
        var bytes = Encoding.UTF8.GetBytes(body);
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    });

    private static (int Status, string Body) Answer(ReceivedRequest request, string? deviation)
    {
        var isWidgets = request.Path == "/widgets";
        var isWidget = request.Path.StartsWith("/widgets/", StringComparison.Ordinal);
        if (!isWidgets && !isWidget) return (404, Error("not found"));
        if ((isWidgets && request.Method != "POST") || (isWidget && request.Method != "GET")) return (405, Error("method not allowed"));
        if (request.Header("Authorization") != "Bearer " + Token && deviation != "auth-ignored") return (401, Error("unauthorized"));

        if (isWidget)
        {
            var id = request.Path["/widgets/".Length..];
            if (!int.TryParse(id, out var n)) return (400, Error("id must be an integer"));
            return n == 1 ? (200, "{\"id\":1,\"name\":\"one\"}") : (404, Error("no such widget"));
        }

        if (request.Header("Content-Type")?.StartsWith("application/json", StringComparison.Ordinal) != true) return (400, Error("JSON required"));
        JsonNode? body;
        try
        {
            body = JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return deviation == "crash-on-bad-json" ? (500, Error("boom")) : (400, Error("malformed JSON"));
        }

        var valid = body is JsonObject o && o.Count == 1 && o["name"] is JsonValue v && v.TryGetValue<string>(out var name) && name.Length is >= 1 and <= 20;
        if (!valid) return (400, Error("invalid widget"));
        return (201, "{\"id\":2,\"name\":\"made\"}");
    }

    private static string Error(string message) => new JsonObject { ["message"] = message }.ToJsonString();
}
