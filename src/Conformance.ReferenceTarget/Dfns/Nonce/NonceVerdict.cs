namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>Outcome of the nonce check (DECISIONS D3–D5).</summary>
internal enum NonceVerdict
{
    Accepted,
    Missing,
    Malformed,
    Stale,
    Replayed,
}
