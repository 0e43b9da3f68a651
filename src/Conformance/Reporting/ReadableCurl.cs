using Conformance.Http;

namespace Conformance.Reporting;

/// <summary>
/// The curl line a report shows for a recorded request: <see cref="CurlCommand"/> with a JSON body
/// as a person reads it (<see cref="ReadableJson"/>: <c>é</c>, not <c>\u00E9</c>, the same JSON
/// value), still in the shell's single quotes.
/// </summary>
internal static class ReadableCurl
{
    public static string From(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.Request.Body is not { } body) return CurlCommand.From(exchange);
        var readable = ReadableJson.Unescape(body);
        return CurlCommand.From(ReferenceEquals(readable, body) || readable == body ? exchange : exchange with { Request = exchange.Request with { Body = readable } });
    }
}
