namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>Permission names of the seeds' era (DECISIONS D11).</summary>
internal static class DfnsPermissions
{
    /// <summary>Seed 004: "`Auth:Creds:Update` | Always Required".</summary>
    public const string CredsUpdate = "Auth:Creds:Update";

    /// <summary>The permission of the `/auth/manage` era for user activation (dfns-facts §1.5).</summary>
    public const string UsersUpdate = "Auth:Users:Update";
}
