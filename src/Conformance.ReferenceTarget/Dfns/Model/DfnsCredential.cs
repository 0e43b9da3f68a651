using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>A Dfns credential (Credential schema, dfns-facts §1.7). <see cref="IsActive"/> is guarded by the directory lock.</summary>
internal sealed class DfnsCredential
{
    public required string CredentialUuid { get; init; }

    /// <summary>base64url id as listed in allowCredentials.key[].id (DECISIONS D17).</summary>
    public required string CredentialId { get; init; }

    public required string OwnerUserId { get; init; }
    public required string Name { get; init; }
    public required string PublicKeyPem { get; init; }
    public required DateTimeOffset DateCreated { get; init; }

    /// <summary>Set only for the callers' signing credentials.</summary>
    public ISignatureVerifier? Verifier { get; init; }

    public bool IsActive { get; set; }
}
