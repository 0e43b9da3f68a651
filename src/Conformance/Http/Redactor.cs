using System.Collections.Concurrent;
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Conformance.Http;

/// <summary>
/// Removes secrets from an exchange at the moment it is recorded, so that no check, report or
/// curl line downstream ever holds one: credential headers and secret fields by name
/// (<see cref="RedactionRules"/>), and every value of the <see cref="SecretRegistry"/> anywhere.
/// </summary>
internal sealed class Redactor(SecretRegistry secrets)
{
    private static readonly string FieldAlternation = string.Join("|", RedactionRules.SecretFields.Select(Regex.Escape));

    // A JSON string member with a secret name; the value may hold escaped quotes. Text, not a
    // parse, so malformed bodies and the original formatting survive.
    private static readonly Regex JsonField = new(
        $"(\"(?:{FieldAlternation})\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // A form or query pair with a secret name (application/x-www-form-urlencoded, RFC 6749 §2.3.1).
    private static readonly Regex FormField = new(
        $"((?:^|[&?])(?:{FieldAlternation})=)[^&#]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Spelling a secret serializes and encodes it: done once per secret, not for every header and body.
    private readonly ConcurrentDictionary<string, string[]> spellings = new(StringComparer.Ordinal);
    private volatile PreparedSpellings? prepared;

    public SecretRegistry Secrets => secrets;

    public RecordedRequest Request(string method, string url, IEnumerable<KeyValuePair<string, string>> headers, string? body) =>
        new(method, Url(url), Headers(headers), Body(body));

    public RecordedResponse Response(int status, string? contentType, IEnumerable<KeyValuePair<string, string>> headers, string body, bool truncated) =>
        new(status, contentType, Headers(headers), Body(body) ?? "", truncated);

    public IReadOnlyList<KeyValuePair<string, string>> Headers(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Select(h => new KeyValuePair<string, string>(h.Key, Header(h.Key, h.Value))).ToList();

    public string Header(string name, string value)
    {
        if (value.Length == 0 || !RedactionRules.SecretHeaders.Contains(name)) return Text(value);

        // Keep the scheme word (RFC 9110 §11.4 credentials = auth-scheme [ 1*SP token68 ]) so a
        // report still shows that a Bearer or Basic credential was sent.
        var space = value.IndexOf(' ');
        return RedactionRules.SchemeHeaders.Contains(name) && space > 0
            ? value[..space] + " " + RedactionRules.Mask
            : RedactionRules.Mask;
    }

    public string? Body(string? body)
    {
        if (string.IsNullOrEmpty(body)) return body;
        var named = JsonField.Replace(body, m => m.Groups[1].Value + "\"" + RedactionRules.Mask + "\"");
        named = FormField.Replace(named, m => m.Groups[1].Value + RedactionRules.Mask);
        return Text(named);
    }

    public string Url(string url) => Text(FormField.Replace(url, m => m.Groups[1].Value + RedactionRules.Mask));

    /// <summary>Replaces every registry value, also in its JSON-escaped and URL-encoded spellings.</summary>
    public string Text(string text)
    {
        if (text.Length == 0) return text;
        foreach (var spelling in Prepared())
        {
            if (text.Contains(spelling, StringComparison.Ordinal)) text = text.Replace(spelling, RedactionRules.Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Every spelling of every registry value, the longest value first; prepared again only when the registry has grown.</summary>
    private string[] Prepared()
    {
        // The version is read before the values: a value added meanwhile makes the next call prepare again.
        var version = secrets.Version;
        if (prepared is { } known && known.Version == version) return known.Spellings;
        var all = secrets.Values.OrderByDescending(s => s.Length).SelectMany(s => spellings.GetOrAdd(s, Spellings)).ToArray();
        prepared = new PreparedSpellings(version, all);
        return all;
    }

    private static string[] Spellings(string secret)
    {
        var all = new List<string> { secret };
        var json = JsonSerializer.Serialize(secret, RelaxedJson)[1..^1];
        if (json != secret) all.Add(json);

        // The default encoder (most servers on System.Text.Json) also escapes '+', '<', '&', non-ASCII…
        var strict = JsonSerializer.Serialize(secret)[1..^1];
        if (strict != secret && strict != json) all.Add(strict);

        // …and Python's json.dumps escapes only non-ASCII, in lower case.
        var ascii = AsciiJson(json);
        if (ascii != json && ascii != strict) all.Add(ascii);
        var escaped = Uri.EscapeDataString(secret);
        if (escaped != secret) all.Add(escaped);
        var form = WebUtility.UrlEncode(secret);
        if (form != secret && form != escaped) all.Add(form);
        return all.ToArray();
    }

    /// <summary>A JSON string body with every non-ASCII character as a lower-case <c>\uXXXX</c> escape.</summary>
    private static string AsciiJson(string json)
    {
        var text = new System.Text.StringBuilder(json.Length);
        foreach (var c in json)
        {
            if (c < 0x80) text.Append(c);
            else text.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private sealed record PreparedSpellings(int Version, string[] Spellings);
}
