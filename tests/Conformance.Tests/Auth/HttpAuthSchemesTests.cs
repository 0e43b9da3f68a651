using System.Text;
using Conformance.Auth;
using Conformance.Configuration;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;
using Microsoft.Extensions.Time.Testing;

namespace Conformance.Tests.Auth;

/// <summary>
/// The schemes of plain OpenAPI documents: HTTP Basic from the profile's username and password,
/// OAuth 2.0 / OpenID Connect flows the suite cannot run (a token from the profile, else SKIP
/// with the reason), and a scheme it cannot send at all (SKIP naming it).
/// </summary>
[TestFixture]
public sealed class HttpAuthSchemesTests
{
    private const string Username = "ACuser0001";
    private const string Password = "pass:word-0001";
    private const string AccessToken = "access-token-from-profile-0001";

    private const string Spec = """
        openapi: 3.1.0
        info: { title: Schemes, version: 1.0.0 }
        paths:
          /basic: { get: { operationId: basic.get, security: [ { basicAuth: [] } ], responses: { '200': { description: ok } } } }
          /implicit: { get: { operationId: implicit.get, security: [ { petstoreAuth: [ 'read:pets' ] } ], responses: { '200': { description: ok } } } }
          /oidc: { get: { operationId: oidc.get, security: [ { oidc: [] } ], responses: { '200': { description: ok } } } }
          /mtls: { get: { operationId: mtls.get, security: [ { mtls: [] } ], responses: { '200': { description: ok } } } }
        components:
          securitySchemes:
            basicAuth: { type: http, scheme: Basic }
            petstoreAuth:
              type: oauth2
              flows: { implicit: { authorizationUrl: 'https://example.com/authorize', scopes: { 'read:pets': read } } }
            oidc: { type: openIdConnect, openIdConnectUrl: 'https://example.com/.well-known/openid-configuration' }
            mtls: { type: mutualTLS }
        """;

    private static readonly ApiDocument Document = SpecLoader.Parse(Spec, "schemes.yaml");

    private static VendorProfile Vendor(IReadOnlyDictionary<string, string> fields, string? token = null) =>
        new("schemes", new Dictionary<string, string>(), new Dictionary<string, ProfileIdentity>
        {
            ["privileged"] = new("privileged", token, null, null, null, fields),
        }, []);

    private static Task<AuthorizedRequest> Authorize(string operation, VendorProfile? vendor, AuthPlan plan, SecretRegistry? secrets = null)
    {
        var authorizer = new RequestAuthorizer(Document, vendor, new ThrowingTransport(), secrets ?? new SecretRegistry(), new FakeTimeProvider());
        return authorizer.AuthorizeAsync(Document.FindOperation(operation)!, OutgoingRequest.Create("GET", "/" + operation.Split('.')[0]), plan, CancellationToken.None);
    }

    private static Dictionary<string, string> BasicFields => new() { ["username"] = Username, ["password"] = Password };

    [Test]
    public void SchemesWithoutVocabulary_GetTheirProviderFromTheOpenApiType()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Document.SecuritySchemes["basicAuth"].Auth.Kind, Is.EqualTo(AuthKind.Basic), "auth schemes are case-insensitive");
            Assert.That(Document.SecuritySchemes["petstoreAuth"].Auth.Kind, Is.EqualTo(AuthKind.Bearer));
            Assert.That(Document.SecuritySchemes["oidc"].Auth.Kind, Is.EqualTo(AuthKind.Bearer));
            Assert.That(Document.SecuritySchemes["mtls"].Auth.Kind, Is.EqualTo(AuthKind.Unsupported));
        });
    }

    [Test]
    public async Task Basic_SendsTheEncodedCredentials_AndRegistersThemAsSecrets()
    {
        var secrets = new SecretRegistry();
        var authorized = await Authorize("basic.get", Vendor(BasicFields), AuthPlan.Valid, secrets);

        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));
        Assert.Multiple(() =>
        {
            Assert.That(authorized.SkipReason, Is.Null);
            Assert.That(authorized.Request.Headers["Authorization"], Is.EqualTo("Basic " + encoded));
            Assert.That(secrets.Values, Does.Contain(Password).And.Contain(encoded));
            Assert.That(secrets.Values, Does.Not.Contain(Username), "the user names the account, like a client id");
        });
    }

    [Test]
    public void Basic_PasswordIsAProfileSecretBeforeAnyRequest()
    {
        var profile = new TargetProfile(null, new Dictionary<string, VendorProfile> { ["schemes"] = Vendor(BasicFields) });

        Assert.That(profile.Secrets(), Does.Contain(Password).And.Not.Contain(Username));
    }

    [Test]
    public async Task Basic_Forged_KeepsTheUserAndChangesThePassword()
    {
        var authorized = await Authorize("basic.get", Vendor(BasicFields), AuthPlan.Valid with { Forge = new HashSet<string> { "basicAuth" } });

        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorized.Request.Headers["Authorization"]["Basic ".Length..]));
        Assert.Multiple(() =>
        {
            Assert.That(decoded, Does.StartWith(Username + ":"));
            Assert.That(decoded[(Username.Length + 1)..], Is.Not.EqualTo(Password).And.Length.EqualTo(Password.Length));
        });
    }

    [Test]
    public async Task Basic_Omitted_SendsNoAuthorization()
    {
        var authorized = await Authorize("basic.get", Vendor(BasicFields), AuthPlan.Valid with { Omit = new HashSet<string> { "basicAuth" } });

        Assert.That(authorized.Request.Headers.ContainsKey("Authorization"), Is.False);
    }

    [TestCase("password", "profile identity 'privileged' of vendor 'schemes' has no password (vendors.schemes.identities.privileged.password)")]
    [TestCase("username", "profile identity 'privileged' of vendor 'schemes' has no username (vendors.schemes.identities.privileged.username)")]
    public async Task Basic_MissingField_IsASkipNamingIt(string missing, string reason)
    {
        var fields = BasicFields;
        fields.Remove(missing);

        var authorized = await Authorize("basic.get", Vendor(fields), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Is.EqualTo(reason));
    }

    [Test]
    public async Task Basic_UsernameWithColon_IsASkip()
    {
        var authorized = await Authorize("basic.get", Vendor(new Dictionary<string, string> { ["username"] = "a:b", ["password"] = Password }), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Does.Contain("RFC 7617"));
    }

    [TestCase("implicit.get", "security scheme 'petstoreAuth' uses OAuth 2.0 flows the suite cannot run; give an access token as vendors.schemes.identities.privileged.token")]
    [TestCase("oidc.get", "security scheme 'oidc' uses OpenID Connect flows the suite cannot run; give an access token as vendors.schemes.identities.privileged.token")]
    public async Task FlowTheSuiteCannotRun_WithoutAToken_IsASkipSayingWhy(string operation, string reason)
    {
        var authorized = await Authorize(operation, Vendor(new Dictionary<string, string>()), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Is.EqualTo(reason));
    }

    [TestCase("implicit.get")]
    [TestCase("oidc.get")]
    public async Task FlowTheSuiteCannotRun_WithAToken_SendsItAsBearer(string operation)
    {
        var authorized = await Authorize(operation, Vendor(new Dictionary<string, string>(), AccessToken), AuthPlan.Valid);

        Assert.That(authorized.Request.Headers["Authorization"], Is.EqualTo("Bearer " + AccessToken));
    }

    [Test]
    public async Task SchemeTheSuiteCannotSend_IsASkipNamingIt()
    {
        var authorized = await Authorize("mtls.get", Vendor(BasicFields, AccessToken), AuthPlan.Valid);

        Assert.That(authorized.SkipReason, Does.StartWith("security scheme 'mtls' (mutualTLS) is not one the suite can send"));
    }
}
