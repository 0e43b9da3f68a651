using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Conformance.Configuration;
using Conformance.Http;

namespace Conformance.Execution;

/// <summary>
/// Fails fast, with one line, when the target cannot be reached at all — before hundreds of
/// scenarios each report the same refused connection. For an https target it also completes a
/// TLS handshake with the run's certificate policy, so a name mismatch, an untrusted issuer or a
/// plain-HTTP port is named once, before any scenario, instead of once per request.
/// </summary>
internal static class Reachability
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task EnsureAsync(Uri target, X509Certificate2Collection? trusted, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Limit);
        try
        {
            await client.ConnectAsync(target.Host, target.Port, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = e is SocketException s ? s.SocketErrorCode.ToString() : "no answer within 10 s";
            throw new SettingsException($"target {target} is unreachable ({reason}): check the URL and that the server is running");
        }

        if (target.Scheme == Uri.UriSchemeHttps) await HandshakeAsync(client, target, trusted, timeout, cancellationToken);
    }

    private static async Task HandshakeAsync(TcpClient client, Uri target, X509Certificate2Collection? trusted, CancellationTokenSource timeout, CancellationToken cancellationToken)
    {
        var certificates = new TargetCertificates(trusted);
        await using var tls = new SslStream(client.GetStream(), leaveInnerStreamOpen: false);
        try
        {
            await tls.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions { TargetHost = target.IdnHost, RemoteCertificateValidationCallback = certificates.Validate },
                timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SettingsException($"target {target}: TLS handshake failed: no TLS answer within {Limit.TotalSeconds:0} s (plain HTTP on an https:// URL, or a stalled server?)");
        }
        catch (Exception e) when (e is AuthenticationException or IOException)
        {
            throw new SettingsException($"target {target}: TLS handshake failed: {certificates.DescribeHandshakeFailure(e)}");
        }
    }
}
