using System.Buffers;
using System.Text;
using RestSharp.Interceptors;

namespace Conformance.Http;

/// <summary>
/// Per-request RestSharp interceptor: sets the exact method (RestSharp's enum has no TRACE or
/// arbitrary verbs), removes the content type when the scenario sends none, captures the headers
/// as they go on the wire, and reads the response body up to the cap before RestSharp would
/// buffer all of it.
/// </summary>
internal sealed class WireRecorder(string method, bool sendContentType, bool sendAccept, int maxBodyBytes, int truncatedKeptBytes) : Interceptor
{
    public IReadOnlyList<KeyValuePair<string, string>>? RequestHeaders { get; private set; }

    public WireResponse? Response { get; private set; }

    public override ValueTask BeforeHttpRequest(HttpRequestMessage requestMessage, CancellationToken cancellationToken)
    {
        requestMessage.Method = new HttpMethod(method);
        if (!sendContentType && requestMessage.Content is not null) requestMessage.Content.Headers.ContentType = null;

        // RestSharp adds its serializers' Accept list; a request the scenario sent without Accept
        // goes without one (RFC 9110 §12.5.1: any media type), as curl's would.
        if (!sendAccept) requestMessage.Headers.Accept.Clear();

        // Content-Length is framing the handler computes; the rest is what the target sees.
        RequestHeaders = Fields(requestMessage.Headers.Concat(requestMessage.Content?.Headers.Where(h => h.Key != "Content-Length") ?? []));
        return ValueTask.CompletedTask;
    }

    public override async ValueTask AfterHttpRequest(HttpResponseMessage responseMessage, CancellationToken cancellationToken)
    {
        var (bytes, truncated) = await ReadCapped(responseMessage.Content, cancellationToken);

        // Nothing can judge a cut body: keep an excerpt to show, not the whole cap in memory.
        if (truncated && bytes.Length > truncatedKeptBytes) bytes = bytes[..truncatedKeptBytes];
        var content = new ByteArrayContent(bytes);
        foreach (var header in responseMessage.Content.Headers) content.Headers.TryAddWithoutValidation(header.Key, header.Value);
        var headers = Fields(responseMessage.Headers.Concat(responseMessage.Content.Headers));
        var contentType = responseMessage.Content.Headers.ContentType;
        var (text, notUtf8) = Decode(bytes, contentType?.CharSet, truncated);
        Response = new WireResponse((int)responseMessage.StatusCode, contentType?.ToString(), headers, text, truncated,
            responseMessage.Content.Headers.ContentLength) { NotUtf8 = notUtf8 };
        responseMessage.Content = content;
    }

    /// <summary>
    /// One entry per field, values joined with ", " (RFC 9110 §5.3); Set-Cookie stays one entry
    /// per cookie, because its values may contain commas (RFC 6265 §3).
    /// </summary>
    private static List<KeyValuePair<string, string>> Fields(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers) =>
        headers.SelectMany(h => h.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)
                ? h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))
                : [new KeyValuePair<string, string>(h.Key, string.Join(", ", h.Value))])
            .ToList();

    private async Task<(byte[] Bytes, bool Truncated)> ReadCapped(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);

        // A pooled buffer: a fresh 64 KiB array for every response was a third of what a run allocated.
        var size = Math.Min(maxBodyBytes + 1, 64 * 1024);
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            using var kept = new MemoryStream();
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, size), cancellationToken)) > 0)
            {
                var room = maxBodyBytes - (int)kept.Length;
                if (read > room)
                {
                    kept.Write(buffer, 0, room);
                    return (kept.ToArray(), true);
                }

                kept.Write(buffer, 0, read);
            }

            return (kept.ToArray(), false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true); // cleared: a response may carry a secret the target returned
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The body as text. Without a charset, or with UTF-8, bytes that are not UTF-8 are flagged
    /// (JSON must be UTF-8, RFC 8259 §8.1) and decoded with replacement characters; a body cut at
    /// the cap may end mid-character, so it is not flagged.
    /// </summary>
    private static (string Text, bool NotUtf8) Decode(byte[] bytes, string? charset, bool truncated)
    {
        Encoding encoding = StrictUtf8;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                var named = Encoding.GetEncoding(charset.Trim('"'));
                if (named.CodePage != Encoding.UTF8.CodePage) encoding = named;
            }
            catch (ArgumentException)
            {
                // An unknown charset is the target's problem to report, not a reason to lose the body.
            }
        }

        if (!ReferenceEquals(encoding, StrictUtf8)) return (encoding.GetString(bytes), false);
        try
        {
            return (StrictUtf8.GetString(bytes), false);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.UTF8.GetString(bytes), !truncated);
        }
    }
}
