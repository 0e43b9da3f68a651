using System.Text.Json;
using System.Text.Json.Nodes;
using RestSharp;

namespace Conformance.Http;

/// <summary>
/// Sends requests to one target with RestSharp (one shared <see cref="RestClient"/> for the base
/// URL) and records each exchange once, redacted. Never follows redirects (a 3xx is recorded as
/// is, so credentials are never resent to another host) and never throws for a transport
/// failure: a refused connection, a DNS error or a timeout becomes an exchange with
/// <see cref="Exchange.TransportError"/>. Only cancellation by the caller throws. One deadline
/// covers the whole exchange, body included; at most <see cref="HttpTransportOptions.MaxRequestsPerSecond"/>
/// requests a second leave it.
/// </summary>
internal sealed class RestSharpTransport : IHttpTransport, IDisposable
{
    private readonly RestClient client;
    private readonly Redactor redactor;
    private readonly TimeProvider time;
    private readonly HttpTransportOptions options;
    private readonly RequestRate? rate;

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
        Certificates = new TargetCertificates(this.options.TrustedCertificates);
        rate = this.options.MaxRequestsPerSecond is { } perSecond ? new RequestRate(perSecond) : null;

        // Our own handler so that nothing below RestSharp follows redirects or keeps cookies
        // between requests either; RestSharp's own redirect handling is switched off too.
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            SslOptions = { RemoteCertificateValidationCallback = Certificates.Validate },
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

    /// <summary>The TLS certificate policy (system trust plus <c>--ca-cert</c>), and why it last refused one.</summary>
    public TargetCertificates Certificates { get; }

    public async Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken)
    {
        var url = ResolveUrl(request.PathAndQuery, out var urlError);
        var sendContentType = request.ContentType is not null || request.Headers.ContainsKey("Content-Type");
        var recorder = new WireRecorder(request.Method, sendContentType, request.Headers.ContainsKey("Accept"), options.MaxResponseBodyBytes, options.TruncatedBodyKeptBytes);

        // Waiting for our own rate cap is not the target's time: the deadline starts after it.
        if (rate is not null) await rate.WaitAsync(cancellationToken);
        var startedAt = time.GetUtcNow();
        var started = time.GetTimestamp();

        // The timeout runs on the injected clock, so tests can expire it without waiting.
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        string? error = urlError;
        var failure = urlError is null ? TransportFailure.None : TransportFailure.Refused;
        if (error is null)
        {
            try
            {
                var response = await client.ExecuteAsync(Build(url!, request, recorder), linked.Token);
                cancellationToken.ThrowIfCancellationRequested();
                if (recorder.Response is null) (error, failure) = DescribeFailure(response.ErrorException, timeout.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                (error, failure) = DescribeFailure(e, timeout.IsCancellationRequested);
            }
        }

        var wire = error is null ? recorder.Response : null;
        var raw = wire is null ? null : TryParse(wire.Body);
        if (wire is not null && raw is not null && options.SensitiveValues is { } finder)
        {
            // Learnt before anything is recorded, so this exchange is redacted too.
            foreach (var value in finder.Find(request.Method, url ?? request.PathAndQuery, wire.Status, raw)) redactor.Secrets.Add(value);
        }

        // A success answer is the one that carries the credential: if it cannot be read for it, show none of it.
        var maskWholeBody = wire is { Status: >= 200 and < 300 } && request.IssuedSecretFields.Count > 0 && !LearnIssued(request.IssuedSecretFields, raw);

        // An answer that may hold marked fields but cannot be read for them (cut, garbled) may
        // still hold their values: show none of it.
        maskWholeBody |= wire is { Body.Length: > 0 } && raw is null && options.SensitiveValues?.MayHoldSecrets(request.Method, url ?? request.PathAndQuery) == true;
        var recordedRequest = redactor.Request(
            request.Method,
            url ?? request.PathAndQuery,
            recorder.RequestHeaders ?? FallbackHeaders(request),
            request.Body);
        var recordedResponse = wire is null ? null : Record(maskWholeBody ? wire with { Body = MaskedBody(wire.Body) } : wire);
        var exchange = new Exchange(label, recordedRequest, recordedResponse, error is null ? null : redactor.Text(error), startedAt, time.GetElapsedTime(started))
        {
            Failure = error is null ? TransportFailure.None : failure,
        };
        return new SentExchange(exchange, raw);
    }

    public void Dispose()
    {
        client.Dispose();
        rate?.Dispose();
    }

    /// <summary>Registers the issued credentials of an auth flow's answer; false when none could be read from it.</summary>
    private bool LearnIssued(IReadOnlyList<string> fields, JsonNode? raw)
    {
        var found = false;
        foreach (var field in fields)
        {
            if ((raw as JsonObject)?[field] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            {
                redactor.Secrets.Add(v.GetValue<string>());
                found = true;
            }
        }

        return found;
    }

    private static string MaskedBody(string body) => body.Length == 0 ? body
        : $"{RedactionRules.Mask} (an answer that may carry a secret and could not be read for it; {body.Length} characters not shown)";

    private RecordedResponse Record(WireResponse wire)
    {
        var response = redactor.Response(wire.Status, wire.ContentType, wire.Headers, wire.Body, wire.Truncated) with
        {
            CapBytes = wire.Truncated ? options.MaxResponseBodyBytes : null,
            DeclaredLength = wire.DeclaredLength,
            NotUtf8 = wire.NotUtf8,
        };
        return response.Body == wire.Body ? response : response with { UnredactedBody = wire.Body };
    }

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

    private (string Text, TransportFailure Kind) DescribeFailure(Exception? exception, bool timedOut)
    {
        if (timedOut) return ($"timed out after {options.Timeout.TotalSeconds:0.###} s (the whole exchange, body included)", TransportFailure.Timeout);
        var inner = exception;
        while (inner?.InnerException is not null && inner is not HttpRequestException) inner = inner.InnerException;
        return inner switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } h =>
                ($"TLS handshake failed: {Certificates.DescribeHandshakeFailure(h)}", TransportFailure.Tls),
            HttpRequestException { HttpRequestError: HttpRequestError.Unknown } h when IsReset(h) =>
                ($"connection reset by the target mid-exchange: {Innermost(h).Message}", TransportFailure.Connection),
            HttpRequestException h => ($"{Kind(h.HttpRequestError)}: {h.Message}", h.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => TransportFailure.Dns,
                HttpRequestError.ConnectionError or HttpRequestError.ResponseEnded => TransportFailure.Connection,
                HttpRequestError.InvalidResponse => TransportFailure.InvalidResponse,
                _ => TransportFailure.Other,
            }),
            null => ("no response", TransportFailure.Other),
            _ when IsReset(inner) => ($"connection reset: {inner.Message}", TransportFailure.Connection),
            _ => ($"{inner.GetType().Name}: {inner.Message}", TransportFailure.Other),
        };
    }

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null) exception = exception.InnerException;
        return exception;
    }

    /// <summary>A connection reset or aborted by the peer, however deep the socket error sits.</summary>
    private static bool IsReset(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionReset or System.Net.Sockets.SocketError.ConnectionAborted or System.Net.Sockets.SocketError.Shutdown }) return true;
            if (e is IOException && e.InnerException is null && e.Message.Contains("reset", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static string Kind(HttpRequestError error) => error switch
    {
        HttpRequestError.NameResolutionError => "DNS resolution failed",
        HttpRequestError.ConnectionError => "connection failed",
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
