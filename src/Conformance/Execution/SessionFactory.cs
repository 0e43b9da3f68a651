using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>Wires one vendor's spec and profile to the shared transport and a fresh authorizer.</summary>
internal static class SessionFactory
{
    public static VendorSession Create(ApiDocument document, VendorProfile? profile, IHttpTransport transport, SecretRegistry secrets, TimeProvider time, FixtureJournal? journal = null)
    {
        profile ??= new VendorProfile(document.Vendor, new Dictionary<string, string>(), new Dictionary<string, ProfileIdentity>(), []);
        var authorizer = new Auth.RequestAuthorizer(document, profile, transport, secrets, time);
        var session = new VendorSession(document, profile, transport, authorizer, new FixturePool(profile.Fixtures), secrets, time);
        return journal is null ? session : session with { Journal = journal };
    }
}
