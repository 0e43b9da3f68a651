using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>
/// Builds the run's one transport from the settings: the whole-exchange timeout, the request
/// rate cap, the trusted staging CA, and the spec's sensitive fields (so a credential's
/// password is redacted the moment it is returned).
/// </summary>
internal static class TransportFactory
{
    public static RestSharpTransport Create(Uri target, ConformanceSettings settings, IReadOnlyList<ApiDocument> documents, SecretRegistry secrets,
        X509Certificate2Collection? trusted, TimeProvider time) =>
        new(target, secrets, time, new HttpTransportOptions
        {
            Timeout = settings.RequestTimeout,
            MaxRequestsPerSecond = settings.MaxRequestsPerSecond,
            TrustedCertificates = trusted,
            SensitiveValues = new SpecSensitiveValues(documents),
        });

    /// <summary>The <c>--ca-cert</c> certificates (PEM, one or more, or DER); null when none is given.</summary>
    /// <exception cref="SettingsException">The file holds no certificate.</exception>
    public static X509Certificate2Collection? TrustedCertificates(ConformanceSettings settings)
    {
        if (settings.CaCertificate is not { } path) return null;
        var collection = new X509Certificate2Collection();
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (System.Text.Encoding.ASCII.GetString(bytes).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)) collection.ImportFromPemFile(path);
            else collection.Add(X509CertificateLoader.LoadCertificate(bytes));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new SettingsException($"ca-cert: {path} is not a readable certificate file (PEM or DER): {e.Message.Split('\n')[0]}");
        }

        if (collection.Count == 0) throw new SettingsException($"ca-cert: {path} holds no certificate (expected PEM '-----BEGIN CERTIFICATE-----' or DER)");
        return collection;
    }
}
