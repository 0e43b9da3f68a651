namespace Conformance.Tests.Hostile;

/// <summary>What the hostile proxy does to an answer it picks (issue 10's list of misbehaving targets).</summary>
public enum HostileBehaviour
{
    /// <summary>Accepts the request, never forwards it, never answers.</summary>
    Hang,

    /// <summary>Forwards, then sends the target's body one byte a second.</summary>
    SlowBody,

    /// <summary>Forwards, then sends a chunked body that never ends.</summary>
    ChunkedForever,

    /// <summary>Forwards, then answers the target's body padded to 50 MiB (Content-Length says so).</summary>
    HugeBody,

    /// <summary>Forwards, then answers the first half of the target's body.</summary>
    InvalidJson,

    /// <summary>Forwards, then answers the target's body with bytes that are not UTF-8 inside it.</summary>
    InvalidUtf8,

    /// <summary>Forwards (the target acts on it), then drops the connection without an answer.</summary>
    ConnectionReset,

    /// <summary>Answers 307 to another host on 127.0.0.1, which records anything that arrives.</summary>
    RedirectElsewhere,

    /// <summary>Answers 429 with <c>Retry-After: 1</c> without forwarding.</summary>
    ThrottleStorm,

    /// <summary>Answers a gateway's 502 HTML page without forwarding.</summary>
    HtmlErrorPage,

    /// <summary>Forwards, then answers the target's body as <c>text/plain</c>.</summary>
    WrongContentType,
}
