namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>Verbatim texts (senhasegura-facts §2.3, §3; DECISIONS S4–S8, S13).</summary>
internal static class SenhaMessages
{
    public const int CredentialNotFound = 1007;
    public const int CredentialInactive = 1008;
    public const int NoAccess = 1009;
    public const int NotACredential = 1010;
    public const int NoPamConfiguration = 1039;
    public const int AlreadyActivated = 1043;

    public const string Activated = "Credential successfully activated";
    public const string Deactivated = "Credential successfully deactivated";
    public const string ResourceSubNotFound = "Resource sub not found";
    public const string MethodNotAllowed = "Method not allowed";

    /// <summary>Kong's router body when Authorization is missing (S7; Kong's own lowercase spelling).</summary>
    public const string NoRoute = "no Route matched with those values";

    public const string ClientAuthenticationFailed = "Client authentication failed.";

    /// <summary>seeds/002 messages without a documented status (S3-alt-b, S7-alt-c).</summary>
    public const string UnexpectedError = "Unexpected error.";

    public const string NotAuthorizedToAccess = "You are not authorized to access this resource.";

    public static string Business(int code) => code switch
    {
        CredentialNotFound => "1007: Credential not found",
        CredentialInactive => "1008: Credential inactive",
        NoAccess => "1009: No access to credential",
        NotACredential => "1010: The item is not a credential",
        NoPamConfiguration => "1039: Without PAM Configuration Access permission",
        AlreadyActivated => "1043: Credential is already activated!",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "undocumented business code"),
    };
}
