namespace Conformance.ReferenceTarget.Dfns.Model;

/// <summary>Permission names of the seeds' era (DECISIONS D11) and of the current API (vendor's OpenAPI).</summary>
internal static class DfnsPermissions
{
    /// <summary>Seed 004: "`Auth:Creds:Update` | Always Required".</summary>
    public const string CredsUpdate = "Auth:Creds:Update";

    /// <summary>The permission of the `/auth/manage` era for user activation (dfns-facts §1.5).</summary>
    public const string UsersUpdate = "Auth:Users:Update";

    /// <summary>Current API (vendor's OpenAPI): "`Auth:Users:Activate`: Always required."</summary>
    public const string UsersActivate = "Auth:Users:Activate";

    /// <summary>Current API: "`Auth:Users:Deactivate`: Always required."</summary>
    public const string UsersDeactivate = "Auth:Users:Deactivate";

    /// <summary>Current API, the user read: "`Auth:Users:Read`: Always required."</summary>
    public const string UsersRead = "Auth:Users:Read";
}
