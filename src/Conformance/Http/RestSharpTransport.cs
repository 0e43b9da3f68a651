using System.Text.Json;
using System.Text.Json.Nodes;
using RestSharp;

namespace Conformance.Http;

/// <summary>
/// Sends requests to one target with RestSharp (one shared <see cref="RestClient"/> for the base
/// URL) and records each exchange once, redacted. Never follows redirects (a 3xx is recorded as
/// is, so credentials are never resent to another host) and never throws for a transport
/// failure: a refused connection, a DNS error or a timeout becomes an exchange with
/// <see cref="Exchange.TransportError"/>. Only cancellation by the caller throws.
/// </summary>
internal sealed class RestSharpTransport : IHttpTransport, IDisposable
{
    private readonly RestClient client;
    private readonly Redactor redactor;
    private readonly TimeProvider time;
    private readonly HttpTransportOptions options;

    public RestSharpTransport(Uri baseUrl, SecretRegistry secrets, TimeProvider time, HttpTransportOptions? options = null)
    {
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"base URL must be an absolute http(s) URL, not '{baseUrl}'", nameof(baseUrl));
        }

        BaseUrl = baseUrl;
        this.time = time;
        this.options = options ?? HttpTransportOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(this.options.Timeout, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(this.options.MaxResponseBodyBytes, 0, nameof(options));
        redactor = new Redactor(secrets);

        // Our own handler so that nothing below RestSharp follows redirects or keeps cookies
        // between requests either; RestSharp's own redirect handling is switched off too.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        };
        var http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client = new RestClient(http, new RestClientOptions(baseUrl)
        {
            FollowRedirects = false,
            ThrowOnAnyError = false,
            DisableCharset = true,
            UserAgent = this.options.UserAgent,
            Timeout = Timeout.InfiniteTimeSpan,
        }, disposeHttpClient: true);
    }

    public Uri BaseUrl { get; }

    public Redactor Redactor => redactor;

    public async Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        var url = ResolveUrl(request.PathAndQuery, out var urlError);
        var sendContentType = request.ContentType is not null || request.Headers.ContainsKey("Content-Type");
        var recorder = new WireRecorder(request.Method, sendContentType, request.Headers.ContainsKey("Accept"), options.MaxResponseBodyBytes);

        // The timeout runs on the injected clock, so tests can expire it without waiting.
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string? error = urlError;
        if (error is null)
        {
            try
            {
                var response = await client.ExecuteAsync(Build(url!, request, recorder), linked.Token);
                cancellationToken.ThrowIfCancellationRequested();
                if (recorder.Response is null) error = DescribeFailure(response.ErrorException, timeout.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                error = DescribeFailure(e, timeout.IsCancellationRequested);
            }
        }

        var wire = error is null ? recorder.Response : null;
        var raw = wire is null ? null : TryParse(wire.Body);
        redactor.RememberIssuedTokens(raw);
        var recordedRequest = redactor.Request(
            request.Method,
            url ?? request.PathAndQuery,
            recorder.RequestHeaders ?? FallbackHeaders(request),
            request.Body);
        var recordedResponse = wire is null ? null : redactor.Response(wire.Status, wire.ContentType, wire.Headers, wire.Body, wire.Truncated);
        var exchange = new Exchange(label, recordedRequest, recordedResponse, error is null ? null : redactor.Text(error), startedAt, time.GetElapsedTime(started));
        return new SentExchange(exchange, raw);
    }

    public void Dispose() => client.Dispose();

    private static RestRequest Build(string url, OutgoingRequest request, WireRecorder recorder)
    {
        // Method.Get is a placeholder: the recorder sets the real method on the wire message.
        var rest = new RestRequest(url, Method.Get)
        {
            CompletionOption = HttpCompletionOption.ResponseHeadersRead,
            Interceptors = [recorder],
        };
        string? contentType = request.ContentType;
        foreach (var (name, value) in request.Headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) contentType ??= value;
            else rest.AddHeader(name, value);
        }

        if (request.Body is not null && contentType?.Contains(';', StringComparison.Ordinal) == true)
        {
            // RestSharp's body content type takes no parameters (a multipart boundary, a charset): the header carries them.
            rest.AddStringBody(request.Body, contentType[..contentType.IndexOf(';', StringComparison.Ordinal)].Trim());
            rest.AddHeader("Content-Type", contentType);
        }
        else if (request.Body is not null)
        {
            rest.AddStringBody(request.Body, contentType ?? "application/octet-stream");
        }
        return rest;
    }

    private string? ResolveUrl(string pathAndQuery, out string? error)
    {
        error = null;
        if (Uri.TryCreate(pathAndQuery, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            // Credentials go to the target only (the same reason redirects are not followed).
            if (Uri.Compare(absolute, BaseUrl, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return absolute.AbsoluteUri;
            }

            error = $"refused to send to {absolute.GetLeftPart(UriPartial.Authority)}: requests go to the target {BaseUrl.GetLeftPart(UriPartial.Authority)} only";
            return null;
        }

        var basePath = BaseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
        return basePath + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery);
    }

    private static IEnumerable<KeyValuePair<string, string>> FallbackHeaders(OutgoingRequest request) =>
        request.Headers.Concat(request.ContentType is null ? [] : [new KeyValuePair<string, string>("Content-Type", request.ContentType)]);

    private string DescribeFailure(Exception? exception, bool timedOut)
    {
        if (timedOut) return $"timed out after {options.Timeout.TotalSeconds:0.###} s";
        var inner = exception;
        while (inner?.InnerException is not null && inner is not HttpRequestException) inner = inner.InnerException;
        return inner switch
        {
            HttpRequestException h => $"{Kind(h.HttpRequestError)}: {h.Message}",
            null => "no response",
            _ => $"{inner.GetType().Name}: {inner.Message}",
        };
    }

    private static string Kind(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "DNS resolution failed",
        HttpRequestError.ConnectionError => "connection failed",
        HttpRequestError.SecureConnectionError => "TLS handshake failed",
        HttpRequestError.ResponseEnded => "connection closed before the response ended",
        HttpRequestError.InvalidResponse => "invalid HTTP response",
        _ => "request failed",
    };

    private static JsonNode? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
