using System.Text.RegularExpressions;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Tests.Checks;

/// <summary>
/// A recorded exchange made by hand: a request to <c>http://127.0.0.1:1</c> + a path of the spec
/// (path parameters filled in), and a response with a status, content type and body.
/// </summary>
internal sealed partial class ExchangeBuilder
{
    public const string BaseUrl = "http://127.0.0.1:1";

    private static readonly DateTimeOffset Started = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string label;
    private readonly string method;
    private readonly string path;
    private int status = 200;
    private string? contentType;
    private string body = "";
    private bool truncated;
    private string? transportError;
    private readonly List<KeyValuePair<string, string>> extraHeaders = [];

    private ExchangeBuilder(string label, string method, string path) => (this.label, this.method, this.path) = (label, method, path);

    /// <summary>A request to <paramref name="operation"/> (labelled <c>stimulus</c> unless told).</summary>
    public static ExchangeBuilder To(ApiOperation operation, string label = "stimulus") => new(label, operation.Method, Concrete(operation.Path));

    /// <summary>A request with any method and path, e.g. an undocumented method.</summary>
    public static ExchangeBuilder To(string method, string path, string label = "stimulus") => new(label, method, path);

    public ExchangeBuilder Status(int value)
    {
        status = value;
        return this;
    }

    /// <summary>A JSON answer: <c>application/json</c> with <paramref name="json"/>.</summary>
    public ExchangeBuilder Json(int value, string json) => Status(value).Body("application/json", json);

    public ExchangeBuilder Body(string? mediaType, string text)
    {
        contentType = mediaType;
        body = text;
        return this;
    }

    /// <summary>A response header (e.g. <c>Retry-After</c>).</summary>
    public ExchangeBuilder Header(string name, string value)
    {
        extraHeaders.Add(KeyValuePair.Create(name, value));
        return this;
    }

    /// <summary>The body was cut at the recorder's cap.</summary>
    public ExchangeBuilder Truncated()
    {
        truncated = true;
        return this;
    }

    /// <summary>No response came (timeout, refused connection).</summary>
    public ExchangeBuilder NoResponse(string error)
    {
        transportError = error;
        return this;
    }

    public Exchange Build()
    {
        var request = new RecordedRequest(method, BaseUrl + path, [], null);
        var headers = (contentType is null ? [] : new[] { KeyValuePair.Create("Content-Type", contentType) }).Concat(extraHeaders).ToList();
        var response = transportError is null ? new RecordedResponse(status, contentType, headers, body, truncated) : null;
        return new Exchange(label, request, response, transportError, Started, TimeSpan.FromMilliseconds(5));
    }

    private static string Concrete(string template) => Parameter().Replace(template, "5");

    [GeneratedRegex(@"\{[^/]+\}")]
    private static partial Regex Parameter();
}
