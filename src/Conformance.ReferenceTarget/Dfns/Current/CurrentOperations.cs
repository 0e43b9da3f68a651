using Conformance.ReferenceTarget.Dfns.Model;

namespace Conformance.ReferenceTarget.Dfns.Current;

/// <summary>
/// The operations of the current Dfns API (the vendor's OpenAPI, specs/dfns-current/openapi.yaml),
/// with the permission each names in its "Required Permissions" (null: "No permission required.").
/// </summary>
internal static class CurrentOperations
{
    public static readonly DfnsOperation CredentialsActivate = new("credentials.activate", "PUT", "/auth/credentials/activate", null);
    public static readonly DfnsOperation CredentialsDeactivate = new("credentials.deactivate", "PUT", "/auth/credentials/deactivate", null);
    public static readonly DfnsOperation UsersActivate = new("users.activate", "PUT", "/auth/users/{userId}/activate", DfnsPermissions.UsersActivate);
    public static readonly DfnsOperation UsersDeactivate = new("users.deactivate", "PUT", "/auth/users/{userId}/deactivate", DfnsPermissions.UsersDeactivate);
    public static readonly DfnsOperation ActionInit = new("auth.action.init", "POST", "/auth/action/init", null);
    public static readonly DfnsOperation ActionComplete = new("auth.action.complete", "POST", "/auth/action", null);
    public static readonly DfnsOperation CredentialsList = new("credentials.list", "GET", "/auth/credentials", null);
    public static readonly DfnsOperation UsersGet = new("users.get", "GET", "/auth/users/{userId}", DfnsPermissions.UsersRead);

    public static IReadOnlyList<DfnsOperation> All { get; } =
        [CredentialsActivate, CredentialsDeactivate, UsersActivate, UsersDeactivate, ActionInit, ActionComplete, CredentialsList, UsersGet];

    /// <summary>The credential endpoints say "❌ Service Account" (a service account may not call them).</summary>
    public static bool RefusesServiceAccounts(DfnsOperation op) =>
        op == CredentialsActivate || op == CredentialsDeactivate || op == CredentialsList;
}
