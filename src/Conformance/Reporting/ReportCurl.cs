using System.Text;
using Conformance.Http;

namespace Conformance.Reporting;

/// <summary>
/// A curl line that replays a recorded (already redacted) request. Stands in for the shared
/// <c>Http.CurlCommand</c> until that lands; it adds nothing the exchange does not hold.
/// </summary>
internal static class ReportCurl
{
    // curl computes these itself; copying them would only break an edited body.
    private static readonly HashSet<string> Computed = new(StringComparer.OrdinalIgnoreCase) { "Content-Length", "Host" };

    public static string From(Exchange exchange) => From(exchange.Request);

    public static string From(RecordedRequest request)
    {
        var line = new StringBuilder("curl");
        if (request.Method != "GET" || request.Body is not null) line.Append(" -X ").Append(request.Method);
        line.Append(' ').Append(Quote(request.Url));
        foreach (var (name, value) in request.Headers)
        {
            if (!Computed.Contains(name)) line.Append(" -H ").Append(Quote($"{name}: {value}"));
        }

        if (request.Body is not null) line.Append(" --data-raw ").Append(Quote(request.Body));
        return line.ToString();
    }

    /// <summary>POSIX single quotes: nothing inside is expanded; a quote becomes <c>'\''</c>.</summary>
    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
