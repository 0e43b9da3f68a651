using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>What running one spec against one target needs: the spec, its part of the profile, and the senders.</summary>
internal sealed record VendorSession(
    ApiDocument Document,
    VendorProfile Profile,
    IHttpTransport Transport,
    IRequestAuthorizer Authorizer,
    FixturePool Fixtures,
    SecretRegistry Secrets,
    TimeProvider Time)
{
    private readonly GenerationContext generation = new(Document, GeneratorOptions.Default);

    /// <summary>The run's write-ahead journal of fixture changes (in memory unless the run opened a file).</summary>
    public FixtureJournal Journal { get; init; } = FixtureJournal.InMemory(Transport.BaseUrl, Time);

    /// <summary>A valid request for an operation (setup, probes, restores use it too).</summary>
    public RequestTemplate ValidRequest(ApiOperation operation) => generation.ValidRequest(operation);

    /// <summary>Text with every known secret value masked (for messages built from exceptions).</summary>
    public string Redact(string text) =>
        Secrets.Values.Aggregate(text, (t, secret) => t.Replace(secret, "[REDACTED]", StringComparison.Ordinal));
}
