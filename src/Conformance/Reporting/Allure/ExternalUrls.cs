using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Conformance.Reporting.Allure;

/// <summary>
/// The external URLs of a rendered HTML report: in the page, in every text <c>data:</c> bundle
/// it embeds (Allure's single-file report carries its app as one base64 script) and in the app
/// <c>scripts/allure-offline.mjs</c> packed (gzip, base64, in a
/// <c>&lt;script type="application/x-allure-packed" id="allure-packed-app"&gt;</c>). The same rules
/// as that script, so <c>dotnet test</c> catches a report that would phone home without a
/// browser. Report data (base64 JSON the app reads, or the packed <c>allure-packed-data</c> block)
/// is not searched: the target and requirement links it carries are the report's content, read
/// as JSON, never requests.
/// </summary>
internal static partial class ExternalUrls
{
    /// <summary>
    /// XML namespace names (identifiers for createElementNS, never fetched) and the base the
    /// app resolves relative paths against when a page has no &lt;base&gt;.
    /// </summary>
    public static readonly IReadOnlySet<string> NotExternal = new HashSet<string>(StringComparer.Ordinal)
    {
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/1998/Math/MathML",
        "http://www.w3.org/1999/xlink",
        "http://www.w3.org/XML/1998/namespace",
        "http://www.w3.org/2000/xmlns/",
        "https://localhost",
    };

    /// <summary>Every external URL (and "(analytics code)" for a tracker), in order of first sight.</summary>
    public static IReadOnlyList<string> In(string html)
    {
        var texts = new List<string> { html };
        foreach (Match bundle in DataUrl().Matches(html))
        {
            texts.Add(Encoding.UTF8.GetString(Convert.FromBase64String(bundle.Groups["payload"].Value)));
        }

        foreach (Match packed in PackedApp().Matches(html))
        {
            using var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(packed.Groups["payload"].Value)), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            texts.Add(reader.ReadToEnd());
        }

        var found = new List<string>();
        foreach (var text in texts)
        {
            foreach (Match url in External().Matches(text))
            {
                // A URL put together in code (`https://${host}`) makes a link from text, it fetches nothing.
                if (!NotExternal.Contains(url.Value) && !url.Value.Contains("://${", StringComparison.Ordinal) && !found.Contains(url.Value)) found.Add(url.Value);
            }

            if (Analytics().IsMatch(text) && !found.Contains("(analytics code)")) found.Add("(analytics code)");
        }

        return found;
    }

    [GeneratedRegex(@"data:(?:text/javascript|text/css|image/svg\+xml|text/html|application/json);base64,(?<payload>[A-Za-z0-9+/=]+)")]
    private static partial Regex DataUrl();

    [GeneratedRegex(@"<script type=""application/x-allure-packed"" id=""allure-packed-app"">(?<payload>[A-Za-z0-9+/=]+)</script>")]
    private static partial Regex PackedApp();

    [GeneratedRegex(@"\b(?:https?|wss?|ftp)://[^\s""'`<>()\\]+")]
    private static partial Regex External();

    [GeneratedRegex(@"googletagmanager|google-analytics|gtag\(")]
    private static partial Regex Analytics();
}
