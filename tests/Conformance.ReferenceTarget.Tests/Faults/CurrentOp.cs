using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>An operation of the current Dfns API as the fault stimuli see it: its id, path and body for a resource, effect and sibling.</summary>
internal sealed record CurrentOp(string Id, bool Activates, bool IsCredential)
{
    public static readonly CurrentOp CredActivate = new("credentials.activate", true, true);
    public static readonly CurrentOp CredDeactivate = new("credentials.deactivate", false, true);
    public static readonly CurrentOp UsersActivate = new("users.activate", true, false);
    public static readonly CurrentOp UsersDeactivate = new("users.deactivate", false, false);

    public CurrentOp Sibling => this == CredActivate ? CredDeactivate
        : this == CredDeactivate ? CredActivate
        : this == UsersActivate ? UsersDeactivate
        : UsersActivate;

    public string Path(string id) => IsCredential
        ? Activates ? DfnsTestClient.ActivatePath : DfnsTestClient.DeactivatePath
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, Activates ? DfnsTestClient.CurrentUsersActivate : DfnsTestClient.CurrentUsersDeactivate, id);

    /// <summary>The credential body; the user paths take none.</summary>
    public string? Body(string id) => IsCredential ? DfnsTestClient.CredentialBody(id) : null;

    public string UnknownId => IsCredential ? "cr-00000-00000-0000000000000000" : "us-00000-00000-0000000000000000";

    /// <summary>A fixture already in the operation's effect state.</summary>
    public string RepeatId(TestProfile profile, int nth = 0) => Fixture(profile, Activates, nth);

    /// <summary>A fixture in the opposite state.</summary>
    public string ChangeId(TestProfile profile, int nth = 0) => Fixture(profile, !Activates, nth);

    public Task<Reply> SignedAsync(TestTarget t, string id, string identity = "privileged") =>
        t.Current.SignedPutAsync(Path(id), Body(id), identity);

    public Task<bool> IsActiveAsync(TestTarget t, string id) =>
        IsCredential ? t.Current.CredentialActiveAsync(id) : t.Current.UserActiveAsync(id);

    private string Fixture(TestProfile profile, bool active, int nth) =>
        IsCredential ? profile.DfnsCredential(active, nth).Id : profile.DfnsUser(active, nth).Id;
}
