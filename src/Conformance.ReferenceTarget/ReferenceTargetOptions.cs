namespace Conformance.ReferenceTarget;

/// <summary>How to start the reference target. The same options drive the CLI and in-process starts.</summary>
public sealed class ReferenceTargetOptions
{
    /// <summary>Kestrel URL(s) of the main listener (legacy Dfns API and senhasegura); port 0 picks a free port. Only loopback addresses are intended.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Kestrel URL(s) of the current Dfns API's listener (<see cref="ReferenceApis.Current"/>); port 0 picks a free port.</summary>
    public string CurrentUrls { get; set; } = "http://127.0.0.1:0";

    /// <summary>Names of faults to switch on (see <see cref="FaultCatalogue.All"/>).</summary>
    public ISet<string> Faults { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Alternative faithful readings to switch on (see <see cref="Readings.All"/>): where the
    /// documents are silent, the other answers a faithful server may give, so the suite is proven
    /// not to depend on our own decision.
    /// </summary>
    public ISet<string> Readings { get; set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Fixed delay added to every response, in milliseconds (benchmarks).</summary>
    public int LatencyMs { get; set; }

    /// <summary>Dfns nonce validity window around server time (DECISIONS D3).</summary>
    public int NonceWindowSeconds { get; set; } = 300;

    /// <summary>Lifetime of senhasegura access tokens (DECISIONS S11).</summary>
    public int AccessTokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Signing key algorithm of the privileged Dfns identity: ecdsa-p256, ed25519 or rsa-pkcs1-sha256.</summary>
    public string DfnsKeyAlgorithm { get; set; } = "ecdsa-p256";

    /// <summary>The clock for nonce windows, token lifetimes and dates; tests pass a FakeTimeProvider.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
