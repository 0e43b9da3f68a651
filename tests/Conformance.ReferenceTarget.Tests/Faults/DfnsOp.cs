using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>A Dfns activation operation as the fault stimuli see it: its path, effect and sibling.</summary>
internal sealed record DfnsOp(string Path, bool Activates, bool IsCredential)
{
    public static readonly DfnsOp CredActivate = new(DfnsTestClient.ActivatePath, true, true);
    public static readonly DfnsOp CredDeactivate = new(DfnsTestClient.DeactivatePath, false, true);
    public static readonly DfnsOp UsersActivate = new(DfnsTestClient.UsersActivatePath, true, false);
    public static readonly DfnsOp UsersDeactivate = new(DfnsTestClient.UsersDeactivatePath, false, false);

    public DfnsOp Sibling => this == CredActivate ? CredDeactivate
        : this == CredDeactivate ? CredActivate
        : this == UsersActivate ? UsersDeactivate
        : UsersActivate;

    public string IdField => IsCredential ? "credentialUuid" : "userId";

    public string UnknownId => IsCredential ? "cr-00000-00000-0000000000000000" : "us-00000-00000-0000000000000000";

    public string Body(string id) => IsCredential ? DfnsTestClient.CredentialBody(id) : DfnsTestClient.UserBody(id);

    /// <summary>A fixture already in the operation's effect state (applying it is a repeat).</summary>
    public string RepeatId(TestProfile profile, int nth = 0) => Fixture(profile, Activates, nth);

    /// <summary>A fixture in the opposite state (applying it is a transition).</summary>
    public string ChangeId(TestProfile profile, int nth = 0) => Fixture(profile, !Activates, nth);

    public Task<bool> IsActiveAsync(TestTarget target, string id) =>
        IsCredential ? target.Dfns.CredentialActiveAsync(id) : target.Dfns.UserActiveAsync(id);

    private string Fixture(TestProfile profile, bool active, int nth) =>
        IsCredential ? profile.DfnsCredential(active, nth).Id : profile.DfnsUser(active, nth).Id;
}
