using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>A senhasegura state operation (enable = PUT, disable = DELETE) as the fault stimuli see it.</summary>
internal sealed record SenhaOp(string Method, bool Activates)
{
    public static readonly SenhaOp Enable = new("PUT", true);
    public static readonly SenhaOp Disable = new("DELETE", false);

    public SenhaOp Sibling => this == Enable ? Disable : Enable;

    /// <summary>S4: 1043 for re-enable, 1008 for re-disable.</summary>
    public int RepeatCode => Activates ? 1043 : 1008;

    public string SuccessMessage => Activates ? "Credential successfully activated" : "Credential successfully deactivated";

    public string RepeatId(TestProfile profile) => profile.SenhaCredential(Activates).Id;

    public string ChangeId(TestProfile profile) => profile.SenhaCredential(!Activates).Id;

    public Task<Reply> SendAsync(TestTarget target, string id, string role = "privileged", string? bearer = null) =>
        target.Senha.SendAsync(Method, $"/api/pam/credential/{id}", role, bearer);
}
