using System.Text;

namespace Conformance.Configuration;

/// <summary>A user-action signing key: the credential id the target knows it by, and the PEM.</summary>
/// <param name="Algorithm"><c>ecdsa-p256</c>, <c>ed25519</c> or <c>rsa-pkcs1-sha256</c>.</param>
public sealed record SigningKey(string CredentialId, string Algorithm, string PrivateKeyPem)
{
    // The default record printout would include the private key.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"CredentialId = {CredentialId}, Algorithm = {Algorithm}, PrivateKeyPem = [REDACTED]");
        return true;
    }
}
