namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>A Dfns user (caller or fixture). <see cref="IsActive"/> is guarded by the directory lock.</summary>
internal sealed class DfnsUser
{
    public required string UserId { get; init; }
    public required string Username { get; init; }
    public required string Name { get; init; }
    public required string OrgId { get; init; }
    public required IReadOnlySet<string> Permissions { get; init; }
    public bool IsServiceAccount { get; init; }

    /// <summary>Bearer token of a caller; null for fixture users, who never call.</summary>
    public string? Token { get; init; }

    /// <summary>The credential used for user action signing (a caller's); fixtures have a placeholder.</summary>
    public required string CredentialUuid { get; init; }

    public bool IsActive { get; set; }

    /// <summary>Kind as in the User schema; service accounts are CustomerEmployee with isServiceAccount (dfns-facts §1.6).</summary>
    public string Kind => "CustomerEmployee";
}
