using System.Net;
using System.Security;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Conformance.Http;

namespace Conformance.Reporting;

/// <summary>
/// The last line of defence: exchanges are redacted when recorded, but before a report is kept
/// every file is searched for each known secret, as written and as HTML, XML, JSON or URL
/// escaping would write it. A hit is replaced by <c>[REDACTED]</c> in place and reported (the
/// file, never the secret): a report is never thrown away for it, since the run it describes
/// (and the fixtures it moved) cannot be had again.
/// </summary>
internal sealed class SecretGuard(IReadOnlyCollection<string> secrets)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    // The same floor as SecretRegistry: shorter values would match ordinary text. Longest first,
    // so a secret containing another is replaced whole.
    private readonly IReadOnlyList<string> needles = secrets
        .Where(s => s.Length >= SecretRegistry.MinimumLength)
        .SelectMany(Forms)
        .Distinct(StringComparer.Ordinal)
        .OrderByDescending(n => n.Length)
        .ToList();

    /// <summary>Redacts every secret found under <paramref name="folder"/>; returns the files it changed (relative paths).</summary>
    public IReadOnlyList<string> Scrub(string folder)
    {
        var changed = new List<string>();
        if (needles.Count == 0) return changed;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var scrubbed = text;
            foreach (var needle in needles)
            {
                if (scrubbed.Contains(needle, StringComparison.Ordinal)) scrubbed = scrubbed.Replace(needle, RedactionRules.Mask, StringComparison.Ordinal);
            }

            if (ReferenceEquals(scrubbed, text)) continue;
            File.WriteAllText(file, scrubbed, Utf8);
            changed.Add(Path.GetRelativePath(folder, file));
        }

        return changed;
    }

    /// <summary>The console line for what <see cref="Scrub"/> changed, or null when it changed nothing.</summary>
    public static string? Warning(IReadOnlyList<string> changed) => changed.Count == 0 ? null
        : $"redacted secret values that the recording missed in {changed.Count} report file(s) ({string.Join(", ", changed.Take(5))}{(changed.Count > 5 ? ", …" : "")}); "
          + "the report is kept; please report this as a redaction bug";

    private static IEnumerable<string> Forms(string secret) =>
    [
        secret,
        WebUtility.HtmlEncode(secret),
        SecurityElement.Escape(secret),
        JsonEncodedText.Encode(secret).ToString(),
        JsonEncodedText.Encode(secret, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
        Uri.EscapeDataString(secret),
    ];
}
