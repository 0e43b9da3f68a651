using Conformance.Http;

namespace Conformance.Execution;

/// <summary>
/// Counts requests that get no answer at all: after <see cref="RunControl.UnresponsiveAfter"/> in
/// a row the run stops as "target unresponsive" instead of timing out scenario after scenario.
/// </summary>
internal sealed class WatchedTransport(IHttpTransport inner, RunControl control) : IHttpTransport
{
    public Uri BaseUrl => inner.BaseUrl;

    /// <summary>Whether the run has declared the target unresponsive (its requests go on being watched).</summary>
    public bool TargetUnresponsive => control.TargetUnresponsive;

    public async Task<SentExchange> SendAsync(OutgoingRequest request, string label, CancellationToken cancellationToken)
    {
        var sent = await inner.SendAsync(request, label, cancellationToken);
        if (sent.Recorded.Response is not null) control.Answered();
        else if (!cancellationToken.IsCancellationRequested) control.NoAnswer(sent.Recorded.TransportError ?? "no response");
        return sent;
    }
}
