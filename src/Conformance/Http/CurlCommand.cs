using System.Text;

namespace Conformance.Http;

/// <summary>
/// A one-line curl command that repeats a recorded request. Built from the recorded (already
/// redacted) request, so the line is safe to print; a reader puts their own credentials back in
/// place of <c>[REDACTED]</c>.
/// </summary>
public static class CurlCommand
{
    public static string From(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var request = exchange.Request;
        var line = new StringBuilder("curl");
        // curl -X HEAD would wait for a body that never comes; --head is the HEAD request.
        line.Append(request.Method == "HEAD" ? " --head" : " -X " + request.Method);
        line.Append(' ').Append(Quote(request.Url));
        foreach (var (name, value) in request.Headers)
        {
            line.Append(" -H ").Append(Quote($"{name}: {value}"));
        }

        if (request.Body is not null) line.Append(" --data-raw ").Append(Quote(request.Body));
        return line.ToString();
    }

    /// <summary>
    /// POSIX single quotes take everything literally except the quote itself, written
    /// <c>'\''</c>. Text with line breaks uses bash's <c>$'…'</c> so the command stays one line.
    /// </summary>
    internal static string Quote(string text)
    {
        if (text.IndexOfAny(['\n', '\r']) < 0) return "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("'", "\\'", StringComparison.Ordinal)
            .Replace("\r", "\\r", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
        return "$'" + escaped + "'";
    }
}
