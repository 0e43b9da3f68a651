namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>The senhasegura operation ids of DECISIONS.md.</summary>
internal static class SenhaOperations
{
    public const string Enable = "credentials.enable";
    public const string Disable = "credentials.disable";
    public const string Get = "credentials.get";
    public const string List = "credentials.list";
    public const string Token = "oauth2.token";

    public const string CredentialPath = "/api/pam/credential/{id}";
    public const string CredentialsPath = "/api/pam/credential";
    public const string TokenPath = "/iso/oauth2/token";
}
