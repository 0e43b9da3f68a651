using Conformance.ReferenceTarget.Crypto;

namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>A caller the profile names (role → token + signing key).</summary>
internal sealed record DfnsIdentity(string Role, DfnsUser User, DfnsCredential SigningCredential, SigningKeyPair Key);
