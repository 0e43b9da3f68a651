using Conformance.ReferenceTarget.Dfns.Model;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>The Dfns operations of DECISIONS.md (paths of the seeds' era, D6).</summary>
internal static class DfnsOperations
{
    public static readonly DfnsOperation CredentialsActivate = new("credentials.activate", "PUT", "/auth/credentials/activate", DfnsPermissions.CredsUpdate);
    public static readonly DfnsOperation CredentialsDeactivate = new("credentials.deactivate", "PUT", "/auth/credentials/deactivate", DfnsPermissions.CredsUpdate);
    public static readonly DfnsOperation UsersActivate = new("users.activate", "PUT", "/auth/manage/users/activate", DfnsPermissions.UsersUpdate);
    public static readonly DfnsOperation UsersDeactivate = new("users.deactivate", "PUT", "/auth/manage/users/deactivate", DfnsPermissions.UsersUpdate);
    public static readonly DfnsOperation ActionInit = new("auth.action.init", "POST", "/auth/action/init", null);
    public static readonly DfnsOperation ActionComplete = new("auth.action.complete", "POST", "/auth/action", null);
    public static readonly DfnsOperation CredentialsList = new("credentials.list", "GET", "/auth/credentials", null);
    public static readonly DfnsOperation UsersGet = new("users.get", "GET", "/auth/users/{userId}", null);

    public static IReadOnlyList<DfnsOperation> All { get; } =
        [CredentialsActivate, CredentialsDeactivate, UsersActivate, UsersDeactivate, ActionInit, ActionComplete, CredentialsList, UsersGet];
}
