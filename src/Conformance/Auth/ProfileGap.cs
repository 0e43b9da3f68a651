using Conformance.Configuration;

namespace Conformance.Auth;

/// <summary>
/// Skip reasons for what the profile lacks: one line each, naming what to add and where
/// (docs/target-profile.md).
/// </summary>
internal static class ProfileGap
{
    public static string NoIdentity(string vendor, string role) => $"profile has no identity '{role}' for vendor '{vendor}'";

    public static string NoIdentityField(string vendor, string role, string field) =>
        $"profile identity '{role}' of vendor '{vendor}' has no {field} (vendors.{vendor}.identities.{role}.{field})";

    /// <summary>An OAuth 2.0 / OpenID Connect scheme whose flows need a person or a browser: the profile must hand over a token.</summary>
    public static string NoAccessToken(AuthContext context, string protocol, string field) =>
        $"security scheme '{context.Scheme.Name}' uses {protocol} flows the suite cannot run; give an access token as vendors.{context.VendorName}.identities.{context.Plan.Identity}.{field}";

    public static string NoSetting(string vendor, string field) =>
        $"profile has no setting '{field}' for vendor '{vendor}' (vendors.{vendor}.settings.{field})";

    /// <summary>An identity value by its profile field name; extra fields come from <see cref="ProfileIdentity.Fields"/>.</summary>
    public static string? Field(ProfileIdentity identity, string field) => field switch
    {
        "token" => identity.Token,
        "clientId" => identity.ClientId,
        "clientSecret" => identity.ClientSecret,
        _ => identity.Fields.GetValueOrDefault(field),
    } is { Length: > 0 } value ? value : null;
}
