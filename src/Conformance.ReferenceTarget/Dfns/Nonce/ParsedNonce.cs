namespace Conformance.ReferenceTarget.Dfns.Nonce;

/// <summary>The two fields of an X-DFNS-NONCE: a random value and the request time.</summary>
internal readonly record struct ParsedNonce(string Random, DateTimeOffset Time);
