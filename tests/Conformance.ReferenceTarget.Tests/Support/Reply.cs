using System.Net;
using System.Text.Json;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>A read response: status, content type, raw text and the parsed JSON (if any).</summary>
internal sealed record Reply(HttpStatusCode Status, string? ContentType, string Text)
{
    public int Code => (int)Status;

    public JsonElement Json => JsonDocument.Parse(Text).RootElement;

    /// <summary>Dfns error.message (D12), or null.</summary>
    public string? ErrorMessage =>
        TryJson(out var root) && root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
        && error.TryGetProperty("message", out var message) ? message.GetString() : null;

    /// <summary>A top-level message (Dfns success, gateway bodies), or null.</summary>
    public string? Message =>
        TryJson(out var root) && root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString() : null;

    public static async Task<Reply> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        }
    }

    public override string ToString() => $"{Code} {ContentType} {Text}";

    private bool TryJson(out JsonElement root)
    {
        try
        {
            root = Json;
            return true;
        }
        catch (JsonException)
        {
            root = default;
            return false;
        }
    }
}
