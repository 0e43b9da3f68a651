using Conformance.Configuration;
using Conformance.Spec;

namespace Conformance.Tests.Auth;

/// <summary>The Auth tests' spec (Fixtures/auth-spec.yaml) and profiles to go with it.</summary>
internal static class AuthTestSpec
{
    public const string Token = "privileged-bearer-token-0001";
    public const string AppId = "ap-test-app-id";
    public const string ClientId = "client-0001";
    public const string ClientSecret = "client-secret-0001";

    private static readonly Lazy<ApiDocument> Loaded = new(() =>
    {
        var doc = SpecLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Auth", "Fixtures", "auth-spec.yaml"));
        if (doc.Problems.Count > 0) throw new InvalidOperationException("auth-spec.yaml: " + string.Join("; ", doc.Problems));
        return doc;
    });

    public static ApiDocument Document => Loaded.Value;

    public static ApiOperation Operation(string id) => Document.FindOperation(id) ?? throw new ArgumentException($"no operation {id}");

    public static VendorProfile Vendor(
        SigningKey? key = null,
        string? token = Token,
        IReadOnlyDictionary<string, string>? settings = null,
        IReadOnlyDictionary<string, string>? fields = null,
        string? clientSecret = ClientSecret) =>
        new(
            "test",
            settings ?? new Dictionary<string, string> { ["appId"] = AppId },
            new Dictionary<string, ProfileIdentity>
            {
                ["privileged"] = new("privileged", token, ClientId, clientSecret, key, fields ?? new Dictionary<string, string>()),
            },
            []);
}
