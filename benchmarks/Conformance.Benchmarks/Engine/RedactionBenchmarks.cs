using BenchmarkDotNet.Attributes;
using Conformance.Http;

namespace Conformance.Benchmarks.Engine;

/// <summary>
/// Recording one exchange (ten headers and a JSON body) with a registry as a run grows it: the
/// profile's secrets (tokens, two PEM keys) and one user-action token per signed request.
/// Redaction runs on every header, URL and body of every exchange, so its cost per exchange
/// is paid hundreds of times per run.
/// </summary>
[MemoryDiagnoser]
public class RedactionBenchmarks
{
    private Redactor redactor = null!;
    private KeyValuePair<string, string>[] headers = [];
    private string body = "";

    [Params(10, 100)]
    public int Secrets { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var registry = new SecretRegistry();
        const string pem = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgexampleexampleexampleexample\n-----END PRIVATE KEY-----";
        registry.Add(pem);
        registry.Add(pem.Replace("example", "another", StringComparison.Ordinal));
        for (var i = 2; i < Secrets; i++) registry.Add($"token-{i:D4}-{Guid.NewGuid():N}");
        redactor = new Redactor(registry);
        headers = Enumerable.Range(0, 10).Select(i => new KeyValuePair<string, string>($"X-Header-{i}", $"value {i} {Guid.NewGuid():N}")).ToArray();
        body = "{\"credentialUuid\":\"cr-0001\",\"message\":\"Credential successfully activated\",\"note\":\"" + new string('x', 400) + "\"}";
    }

    [Benchmark]
    public int RecordOneExchange()
    {
        var request = redactor.Request("PUT", "http://127.0.0.1:5000/auth/credentials/activate", headers, body);
        var response = redactor.Response(200, "application/json", headers, body, truncated: false);
        return request.Headers.Count + response.Body.Length;
    }
}
