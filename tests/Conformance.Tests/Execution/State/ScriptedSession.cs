using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// A vendor session over a scripted target: each request is answered by the test's function of
/// (method, path), every request is kept, and authorization adds nothing (the state logic is
/// under test, not the credentials).
/// </summary>
internal sealed class ScriptedSession
{
    public ScriptedSession(string specPath, Func<string, string, (int Status, string Body)?> answer, FixtureJournal? journal = null, VendorProfile? profile = null)
    {
        Document = SpecLoader.Load(specPath);
        Transport = new ScriptedTransport(answer);
        var vendor = profile ?? new VendorProfile(Document.Vendor, new Dictionary<string, string>(),
            new Dictionary<string, ProfileIdentity> { ["privileged"] = new("privileged", "token", "client", "secret", null, new Dictionary<string, string>()) }, []);
        Session = new VendorSession(Document, vendor, Transport, new PassThroughAuthorizer(), new FixturePool(vendor.Fixtures), new SecretRegistry(), TimeProvider.System);
        if (journal is not null) Session = Session with { Journal = journal };
    }

    public ApiDocument Document { get; }

    public ScriptedTransport Transport { get; }

    public VendorSession Session { get; }

    public static string Senha(string message, int code = 200, int? exception = null) =>
        $$"""{"code":{{code}},"response":{"status":{{code}},"message":"{{message}}","error":{{(code >= 400 ? "true" : "false")}}}{{(exception is { } e ? $",\"exception\":{{\"code\":{e},\"message\":\"{message}\"}}" : "")}}}""";

    private sealed class PassThroughAuthorizer : IRequestAuthorizer
    {
        public Task<AuthorizedRequest> AuthorizeAsync(ApiOperation operation, OutgoingRequest request, AuthPlan plan, CancellationToken cancellationToken) =>
            Task.FromResult(new AuthorizedRequest(request, [], null, null, null));

        public bool InvalidateOnUnauthorized(Exchange exchange, AuthPlan plan) => false;
    }
}

/// <summary>Answers from the test's script; null = no answer (as a timeout).</summary>
internal sealed class ScriptedTransport(Func<string, string, (int Status, string Body)?> answer) : IHttpTransport
{
    public Uri BaseUrl { get; } = new("http://127.0.0.1:1/");

    public List<string> Sent { get; } = [];

    /// <summary>Runs before each answer (e.g. to read the journal while the request is "in flight").</summary>
    public Action<string>? OnSend { get; set; }

    public Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken)
    {
        var line = $"{request.Method} {request.PathAndQuery}";
        lock (Sent) Sent.Add(line);
        OnSend?.Invoke(line);
        var recorded = new RecordedRequest(request.Method, BaseUrl + request.PathAndQuery.TrimStart('/'), [], request.Body);
        var reply = answer(request.Method, request.PathAndQuery);
        var exchange = reply is { } r
            ? new Exchange(label, recorded, new RecordedResponse(r.Status, "application/json", [], r.Body, false), null, DateTimeOffset.UnixEpoch, TimeSpan.Zero)
            : new Exchange(label, recorded, null, "timed out", DateTimeOffset.UnixEpoch, TimeSpan.Zero);
        return Task.FromResult(new SentExchange(exchange, null));
    }
}
