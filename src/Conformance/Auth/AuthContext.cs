using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Auth;

/// <summary>What a provider needs to fill one security scheme of one request.</summary>
/// <param name="VendorName">The spec's vendor slug, for messages when the profile has no section for it.</param>
internal sealed record AuthContext(
    ApiOperation Operation,
    ApiSecurityScheme Scheme,
    OutgoingRequest Request,
    AuthPlan Plan,
    VendorProfile? Vendor,
    string VendorName)
{
    public bool Omitted => Plan.Omit.Contains(Scheme.Name);

    public bool Forged => Plan.Forge.Contains(Scheme.Name);

    public ProfileIdentity? Identity => Vendor?.Identities.GetValueOrDefault(Plan.Identity);

    public string NoIdentity => ProfileGap.NoIdentity(VendorName, Plan.Identity);

    public string NoIdentityField(string field) => ProfileGap.NoIdentityField(VendorName, Plan.Identity, field);
}
