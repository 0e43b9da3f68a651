namespace Conformance.Configuration;

/// <summary>
/// Who the suite is on one target and which fixtures it may touch (docs/target-profile.md).
/// Secret references (<c>${env:…}</c>, <c>${file:…}</c>) are already resolved.
/// </summary>
public sealed record TargetProfile(Uri? BaseUrl, IReadOnlyDictionary<string, VendorProfile> Vendors)
{
    public static TargetProfile Empty { get; } = new(null, new Dictionary<string, VendorProfile>());

    public VendorProfile? For(string vendor) => Vendors.GetValueOrDefault(vendor);

    /// <summary>
    /// Every secret value in the profile, for the redactor: tokens, client secrets, keys, and every
    /// other identity field (an API key, a Basic password) except the Basic <c>username</c>, which
    /// names the user as <c>clientId</c> names the client.
    /// </summary>
    public IEnumerable<string> Secrets() =>
        Vendors.Values.SelectMany(v => v.Identities.Values).SelectMany(i => new[]
        {
            i.Token, i.ClientSecret, i.SigningKey?.PrivateKeyPem,
        }.Concat(i.Fields.Where(f => f.Key != ProfileIdentity.UsernameField).Select(f => f.Value))
         .Concat(i.SigningKey is null ? [] : PemBodyLines(i.SigningKey.PrivateKeyPem))).OfType<string>();

    // A PEM may be quoted line by line in a report; each base64 line is secret material too.
    private static IEnumerable<string> PemBodyLines(string pem) =>
        pem.Split('\n').Select(l => l.Trim()).Where(l => l.Length >= 16 && !l.StartsWith("-----", StringComparison.Ordinal));
}
