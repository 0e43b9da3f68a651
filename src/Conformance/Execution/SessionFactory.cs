using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>Wires one contract's spec and its vendor's profile to the shared transport and a fresh authorizer.</summary>
internal static class SessionFactory
{
    public static VendorSession Create(ApiDocument document, VendorProfile? profile, IHttpTransport transport, SecretRegistry secrets, TimeProvider time,
        FixturePool? fixtures = null, FixtureJournal? journal = null)
    {
        profile ??= new VendorProfile(document.Vendor, new Dictionary<string, string>(), new Dictionary<string, ProfileIdentity>(), []);
        var authorizer = new Auth.RequestAuthorizer(document, profile, transport, secrets, time);
        var session = new VendorSession(document, profile, transport, authorizer, fixtures ?? new FixturePool(profile.Fixtures), secrets, time);
        return journal is null ? session : session with { Journal = journal };
    }

    /// <summary>
    /// One session per contract. Contracts of the same vendor (the current and the legacy Dfns
    /// API) share the vendor's profile section and therefore its fixtures: one pool, so two
    /// scenarios never hold the same fixture at once. Every session journals into <paramref name="journal"/>.
    /// </summary>
    /// <exception cref="SettingsException">Two specs declare the same contract.</exception>
    public static Dictionary<string, VendorSession> CreateAll(IReadOnlyList<ApiDocument> documents, TargetProfile profile, IHttpTransport transport, SecretRegistry secrets, TimeProvider time,
        FixtureJournal? journal = null)
    {
        if (documents.GroupBy(d => d.Contract, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new SettingsException($"spec: {string.Join(" and ", twice.Select(d => d.SourcePath))} declare the same contract '{twice.Key}'; give each spec once (x-conformance.contract)");
        }

        var pools = new Dictionary<string, FixturePool>(StringComparer.Ordinal);
        return documents.ToDictionary(d => d.Contract, d =>
        {
            var vendorProfile = profile.For(d.Vendor);
            if (!pools.TryGetValue(d.Vendor, out var pool)) pools[d.Vendor] = pool = new FixturePool(vendorProfile?.Fixtures ?? []);
            return Create(d, vendorProfile, transport, secrets, time, pool, journal);
        }, StringComparer.Ordinal);
    }
}
