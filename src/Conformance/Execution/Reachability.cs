using System.Net.Sockets;
using Conformance.Configuration;

namespace Conformance.Execution;

/// <summary>
/// Fails fast, with one line, when the target cannot be reached at all — before hundreds of
/// scenarios each report the same refused connection.
/// </summary>
internal static class Reachability
{
    public static async Task EnsureAsync(Uri target, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await client.ConnectAsync(target.Host, target.Port, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var reason = e is SocketException s ? s.SocketErrorCode.ToString() : "no answer within 10 s";
            throw new SettingsException($"target {target} is unreachable ({reason}): check the URL and that the server is running");
        }
    }
}
