using Conformance.Auth;
using Conformance.Scenarios;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Execution;

/// <summary>
/// Whether a fixture of a kind could be put back in any state it may be found in: for every
/// state the spec names for the kind, an operation of the loaded spec leads there and the profile
/// gives what sending it needs. A scenario that may change a fixture runs only then — a
/// state-changing request is never sent to a fixture nothing could restore.
/// </summary>
internal sealed class Restorability(VendorSession session)
{
    /// <summary>Why scenarios that change <paramref name="kind"/> fixtures must not run, or null.</summary>
    public string? Blocker(string kind)
    {
        var document = session.Document;
        var states = document.Operations.Where(o => o.Probe?.Kind == kind).SelectMany(o => o.Probe!.States.Select(s => s.Name))
            .Concat(document.Operations.Where(o => o.Semantics.Resource?.Kind == kind && o.Semantics.EffectState is not null).Select(o => o.Semantics.EffectState!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var state in states)
        {
            var operation = document.Operations.FirstOrDefault(o => o.Semantics.Resource?.Kind == kind && o.Semantics.EffectState == state);
            if (operation is null)
            {
                return $"not sent: no loaded operation can put a {kind} fixture back in state '{state}' (no operation with x-conformance.effect.state {state}{LeftOut()})";
            }

            if (Gap(operation) is { } gap) return $"not sent: {operation.Slug}, which puts a {kind} fixture back in state '{state}', cannot be sent: {gap}";
        }

        return null;
    }

    /// <summary>Whether a scenario may change its fixture: it prepares a state, or its operation changes state.</summary>
    public static bool MayChange(Scenario scenario) =>
        scenario.Plan.Needs is { } need && (need.StartState is not null || scenario.Operation.Semantics.ChangesState);

    private string LeftOut() =>
        session.Document.Problems.FirstOrDefault(p => p.LeftOut) is { } problem ? $"; left out of the spec: {problem}" : "";

    /// <summary>What the profile lacks to send the operation as the privileged identity (the check each provider makes first).</summary>
    private string? Gap(ApiOperation operation)
    {
        var vendor = session.Document.Vendor;
        var role = AuthPlan.Valid.Identity;
        var identity = session.Profile.Identities.GetValueOrDefault(role);
        foreach (var name in operation.PrimarySecurity)
        {
            if (!session.Document.SecuritySchemes.TryGetValue(name, out var scheme)) return $"the spec has no security scheme '{name}'";
            switch (scheme.Auth.Kind)
            {
                case AuthKind.Bearer:
                    var field = scheme.Auth.Field ?? "token";
                    if (identity is null) return ProfileGap.NoIdentity(vendor, role);
                    if (ProfileGap.Field(identity, field) is null) return ProfileGap.NoIdentityField(vendor, role, field);
                    break;
                case AuthKind.StaticHeader:
                    var setting = scheme.Auth.Field ?? scheme.Name;
                    if (session.Profile.Settings.GetValueOrDefault(setting) is null && (identity is null || ProfileGap.Field(identity, setting) is null))
                    {
                        return ProfileGap.NoSetting(vendor, setting);
                    }

                    break;
                case AuthKind.OAuth2ClientCredentials:
                    if (identity is null) return ProfileGap.NoIdentity(vendor, role);
                    if (identity.ClientId is not { Length: > 0 }) return ProfileGap.NoIdentityField(vendor, role, "clientId");
                    if (identity.ClientSecret is not { Length: > 0 }) return ProfileGap.NoIdentityField(vendor, role, "clientSecret");
                    break;
                case AuthKind.UserAction:
                    if (identity is null) return ProfileGap.NoIdentity(vendor, role);
                    if (identity.SigningKey is null) return ProfileGap.NoIdentityField(vendor, role, "signingKey");
                    break;
                case AuthKind.Unsupported:
                    return $"security scheme '{name}' has no supported x-conformance-auth kind";
            }
        }

        return null;
    }
}
