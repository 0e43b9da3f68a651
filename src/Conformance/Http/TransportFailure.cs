namespace Conformance.Http;

/// <summary>Why no response came, as a kind a retry policy can decide on (the text is in <see cref="Exchange.TransportError"/>).</summary>
public enum TransportFailure
{
    None,

    /// <summary>The whole-exchange deadline passed (a stalled target; retrying would only wait again).</summary>
    Timeout,

    /// <summary>The connection was refused, reset or closed before the response ended: transient.</summary>
    Connection,

    /// <summary>The TLS handshake failed (certificate or protocol): not transient.</summary>
    Tls,

    /// <summary>The host name did not resolve.</summary>
    Dns,

    /// <summary>What came back was not HTTP.</summary>
    InvalidResponse,

    /// <summary>Refused by the suite itself (another origin than the target).</summary>
    Refused,

    Other,
}
