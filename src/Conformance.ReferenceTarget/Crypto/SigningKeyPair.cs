namespace Conformance.ReferenceTarget.Crypto;

/// <summary>A generated key: the private half goes to the profile, the verifier stays in the server.</summary>
internal sealed record SigningKeyPair(string Algorithm, string PrivateKeyPkcs8Pem, string PublicKeyPem, ISignatureVerifier Verifier);
