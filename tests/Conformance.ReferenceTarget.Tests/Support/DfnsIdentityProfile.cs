namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>A Dfns identity as the profile gives it.</summary>
internal sealed record DfnsIdentityProfile(string Token, string CredentialId, string Algorithm, string PrivateKeyPem);
