namespace Conformance.ReferenceTarget.Senhasegura.Model;

/// <summary>An A2A OAuth 2.0 client (senhasegura-facts §2.1) and the rights DECISIONS S8 distinguishes.</summary>
internal sealed record SenhaClient(string Role, string ClientId, string ClientSecret, bool HasPamConfigurationAccess, bool SeesCredentials);
