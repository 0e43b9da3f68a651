using System.Text;
namespace Conformance.ReferenceTarget.Crypto;

/// <summary>A generated key: the private half goes to the profile, the verifier stays in the server.</summary>
internal sealed record SigningKeyPair(string Algorithm, string PrivateKeyPkcs8Pem, string PublicKeyPem, ISignatureVerifier Verifier)
{
    // A record prints every member by default; this one holds a secret that must not reach a
    // log or an assertion message.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"Algorithm = {Algorithm}, PrivateKeyPkcs8Pem = [REDACTED]");
        return true;
    }
}

