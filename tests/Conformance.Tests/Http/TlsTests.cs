using System.Security.Cryptography.X509Certificates;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Tests.Hostile;

namespace Conformance.Tests.Http;

/// <summary>
/// A staging target behind TLS: its CA can be trusted with <c>--ca-cert</c>, and a handshake that
/// fails is named in one line (untrusted issuer, name mismatch, plain HTTP on an https URL)
/// before any scenario runs. Servers are Kestrel on 127.0.0.1 with certificates made here.
/// </summary>
[TestFixture]
public sealed class TlsTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private TestCertificates certificates = null!;
    private LoopbackServer backend = null!;

    [SetUp]
    public void SetUp()
    {
        certificates = new TestCertificates();
        backend = LoopbackServer.Start((r, resp) => LoopbackServer.Write(resp, 200, "{\"ok\":true}"));
    }

    [TearDown]
    public async Task TearDown()
    {
        await backend.DisposeAsync();
        certificates.Dispose();
    }

    private Task<HostileProxy> Tls(X509Certificate2 certificate) => HostileProxy.StartAsync(backend.BaseUrl, null, 0, certificate: certificate);

    private static Uri Https(HostileProxy proxy) => new($"https://127.0.0.1:{proxy.BaseUrl.Port}/");

    [Test]
    public async Task AnUntrustedIssuerIsNamedBeforeAnyScenario()
    {
        await using var proxy = await Tls(certificates.Server());

        var error = await Assert.ThrowsAsync<SettingsException>(() => Reachability.EnsureAsync(Https(proxy), null, CancellationToken.None).WaitAsync(Guard));

        Assert.That(error!.Message, Does.StartWith($"target {Https(proxy)}: TLS handshake failed: untrusted issuer:").And.Contain("--ca-cert PATH").And.Not.Contain("inner exception"));
    }

    [Test]
    public async Task TheStagingCaGivenWithCaCertIsTrusted()
    {
        await using var proxy = await Tls(certificates.Server());
        var trusted = new X509Certificate2Collection(certificates.Ca);

        await Reachability.EnsureAsync(Https(proxy), trusted, CancellationToken.None).WaitAsync(Guard);
        using var transport = new RestSharpTransport(Https(proxy), new SecretRegistry(), TimeProvider.System, new HttpTransportOptions { TrustedCertificates = trusted });
        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/x"), "probe", CancellationToken.None).WaitAsync(Guard);

        Assert.That(sent.Recorded.Status, Is.EqualTo(200), sent.Recorded.TransportError);
    }

    [Test]
    public async Task ANameMismatchIsNamedEvenWithTheCaTrusted()
    {
        await using var proxy = await Tls(certificates.Server("staging.example.invalid"));

        var error = await Assert.ThrowsAsync<SettingsException>(() =>
            Reachability.EnsureAsync(Https(proxy), new X509Certificate2Collection(certificates.Ca), CancellationToken.None).WaitAsync(Guard));

        Assert.That(error!.Message, Does.Contain("TLS handshake failed: certificate name mismatch").And.Contain("staging.example.invalid"));
    }

    [Test]
    public async Task PlainHttpOnAnHttpsUrlIsNamed()
    {
        var https = new Uri($"https://127.0.0.1:{backend.BaseUrl.Port}/");

        var error = await Assert.ThrowsAsync<SettingsException>(() => Reachability.EnsureAsync(https, null, CancellationToken.None).WaitAsync(Guard));

        Assert.That(error!.Message, Does.Contain("TLS handshake failed").And.Contain("plain HTTP on an https:// URL"));
    }

    [Test]
    public async Task AFailedHandshakeDuringARunIsOneLineTooNotAnInnerException()
    {
        await using var proxy = await Tls(certificates.Server());
        using var transport = new RestSharpTransport(Https(proxy), new SecretRegistry(), TimeProvider.System);

        var sent = await transport.SendAsync(OutgoingRequest.Create("GET", "/x"), "probe", CancellationToken.None).WaitAsync(Guard);

        Assert.Multiple(() =>
        {
            Assert.That(sent.Recorded.Failure, Is.EqualTo(TransportFailure.Tls));
            Assert.That(sent.Recorded.TransportError, Does.StartWith("TLS handshake failed: untrusted issuer"));
        });
    }

    [Test]
    public void ACaCertFileWithoutACertificateIsOneLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a certificate");

            var error = Assert.Throws<SettingsException>(() => TransportFactory.TrustedCertificates(new ConformanceSettings { CaCertificate = path }));

            Assert.That(error!.Message, Does.StartWith($"ca-cert: {path} ").And.Not.Contain("\n"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
