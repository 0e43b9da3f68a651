using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace Conformance.Http;

/// <summary>
/// Validates the target's TLS certificate: the system's trust store, plus the certificates given
/// with <c>--ca-cert</c> (a staging CA) as extra trust anchors. The host name must match in
/// every case. Remembers why the last certificate was refused, so a failed handshake can be
/// named in one line instead of "see inner exception".
/// </summary>
public sealed class TargetCertificates(X509Certificate2Collection? trusted)
{
    private volatile string? lastRefusal;

    /// <summary>Why the last certificate was refused (null when none was, or none was seen).</summary>
    public string? LastRefusal => lastRefusal;

    /// <summary>Whether a certificate was presented at all (false: the peer did not speak TLS).</summary>
    public bool SawCertificate { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        SawCertificate |= certificate is not null;
        if (errors == SslPolicyErrors.None) return true;
        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
        {
            lastRefusal = "the server presented no certificate";
            return false;
        }

        if (errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch))
        {
            var names = certificate is null ? "" : $" (the certificate is for {Subject(certificate)})";
            lastRefusal = $"certificate name mismatch: the certificate does not name the target's host{names}";
            return false;
        }

        // Only the chain is in question: try again with the given CA as a trust anchor.
        if (trusted is { Count: > 0 } && certificate is not null && ChainsToTrusted(certificate, chain)) return true;
        var status = chain?.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).Distinct().ToList() ?? [];
        var why = status.Count == 0 ? "chain not trusted" : string.Join(", ", status);
        lastRefusal = trusted is { Count: > 0 }
            ? $"untrusted issuer: the certificate does not chain to the system's trust store nor to the --ca-cert certificates ({why})"
            : $"untrusted issuer: the certificate does not chain to a trusted CA ({why}); give the staging CA with --ca-cert PATH";
        return false;
    }

    /// <summary>
    /// One line for a failed TLS handshake: the refusal the validator recorded, or, when no
    /// certificate was ever presented, a peer that does not speak TLS (plain HTTP on an https URL).
    /// </summary>
    public string DescribeHandshakeFailure(Exception exception)
    {
        if (lastRefusal is { } refusal) return refusal;
        if (!SawCertificate) return "the server did not answer the TLS handshake (plain HTTP on an https:// URL?)";
        var inner = exception;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return "handshake failed: " + inner.Message.Split('\n')[0];
    }

    private bool ChainsToTrusted(X509Certificate certificate, X509Chain? original)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(trusted!);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (original is not null)
        {
            foreach (var element in original.ChainElements) chain.ChainPolicy.ExtraStore.Add(element.Certificate);
        }

        using var leaf = new X509Certificate2(certificate);
        return chain.Build(leaf);
    }

    private static string Subject(X509Certificate certificate)
    {
        using var cert = new X509Certificate2(certificate);
        var dns = cert.GetNameInfo(X509NameType.DnsName, false);
        return string.IsNullOrEmpty(dns) ? cert.Subject : dns;
    }
}
