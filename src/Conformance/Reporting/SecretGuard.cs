using System.Net;
using System.Security;
using System.Text.Encodings.Web;
using System.Text.Json;
using Conformance.Http;

namespace Conformance.Reporting;

/// <summary>
/// The last line of defence: exchanges are redacted upstream, but before a report is kept every
/// file is searched for each known secret, as written and as HTML, XML, JSON or URL escaping
/// would write it. A hit refuses the whole report; the message names the file, never the secret.
/// </summary>
internal sealed class SecretGuard(IReadOnlyCollection<string> secrets)
{
    // The same floor as SecretRegistry: shorter values would match ordinary text.
    private readonly IReadOnlyList<string> needles = secrets
        .Where(s => s.Length >= SecretRegistry.MinimumLength)
        .SelectMany(Forms)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>Throws <see cref="ReportRefusedException"/> when a file under <paramref name="folder"/> holds a secret.</summary>
    public void Check(string folder)
    {
        if (needles.Count == 0) return;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (needles.Any(n => text.Contains(n, StringComparison.Ordinal)))
            {
                throw new ReportRefusedException(
                    $"Report refused: {Path.GetRelativePath(folder, file)} would contain a secret value that redaction missed; no report was kept.");
            }
        }
    }

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
