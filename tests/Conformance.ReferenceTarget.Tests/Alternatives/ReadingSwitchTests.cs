using System.Text.Json;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Alternatives;

/// <summary>
/// Every alternative reading is live: one exchange the default target answers one way is answered
/// the other way with the reading switched on. (The suite's matrix, ReadingMatrixTests, proves
/// the WARN readings live by their warnings; this proves every reading, PASS ones included.)
/// </summary>
[TestFixture]
public sealed class ReadingSwitchTests
{
    private const string Activate = DfnsTestClient.ActivatePath;

    private static readonly Dictionary<string, Func<TestTarget, Task<string>>> Probes = new(StringComparer.Ordinal)
    {
        [Readings.DfnsAuthoriztionHeader] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials")
        {
            Bearer = "",
            Headers = new Dictionary<string, string> { ["Authoriztion"] = $"Bearer {t.Profile.DfnsIdentities["privileged"].Token}" },
        })).Code.ToString(),
        [Readings.DfnsNonceWindowWide] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(DateTimeOffset.UtcNow.AddHours(-24)) })).Code.ToString(),
        [Readings.DfnsNonceFutureOk] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(DateTimeOffset.UtcNow.AddHours(1)) })).Code.ToString(),
        [Readings.DfnsNonceUuidDatetime] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(DateTimeOffset.UtcNow) })).Code.ToString(),
        [Readings.DfnsNonceNonceDatetime] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(DateTimeOffset.UtcNow) })).Code.ToString(),
        [Readings.DfnsNonceUuidDate] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = TestNonce.Create(DateTimeOffset.UtcNow, randomField: "nonce", timeField: "datetime") })).Code.ToString(),
        [Readings.DfnsNonceConsumedOnSuccess] = async t =>
        {
            // Refused after the nonce check (no user action: 403), then the same nonce on a read.
            var nonce = t.Dfns.FreshNonce();
            await t.Dfns.SendAsync(new DfnsCall("PUT", Activate, DfnsTestClient.CredentialBody(t.Profile.DfnsCredential(active: false).Id)) { Nonce = nonce });
            return (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = nonce })).Code.ToString();
        },
        [Readings.DfnsNoUserRead] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", $"/auth/users/{t.Profile.DfnsUser(active: true).Id}"))).Code.ToString(),
        [Readings.DfnsUserActionParsedPayload] = async t => await SpacedPayloadAsync(t),
        [Readings.DfnsUserActionTextBinding] = async t => await SpacedPayloadAsync(t),
        [Readings.DfnsErrorCurrentShape] = async t => (await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Bearer = "forged" })).Json.GetProperty("error").TryGetProperty("id", out _).ToString(),
        [Readings.DfnsBodyFirst] = async t => (await t.Dfns.SendAsync(new DfnsCall("PUT", Activate, "{}") { AppId = "" })).Code.ToString(),
        [Readings.DfnsUserActionFirst] = async t => (await t.Dfns.SendAsync(new DfnsCall("PUT", Activate, "{}"))).Code.ToString(),
        [Readings.DfnsCredIdIsUuid] = async t => (await t.Dfns.InitAsync("privileged", "PUT", Activate, "{}")).Json.GetProperty("allowCredentials").GetProperty("key")[0].GetProperty("id").GetString()!.StartsWith("cr-", StringComparison.Ordinal).ToString(),
        [Readings.DfnsP256Only] = t => Task.FromResult(t.Profile.DfnsIdentities["unprivileged"].Algorithm),
        [Readings.DfnsRepeatOtherMessage] = async t => (await t.Dfns.SetCredentialAsync(t.Profile.DfnsCredential(active: true).Id, activate: true)).Message ?? "",

        [Readings.SenhaGetInactiveOk] = async t => (await t.Senha.GetAsync(t.Profile.SenhaCredential(active: false).Id)).Code.ToString(),
        [Readings.SenhaMessageCapitalised] = async t => (await t.Senha.GetAsync("999999")).Json.GetProperty("response").TryGetProperty("Message", out _).ToString(),
        [Readings.SenhaIntegerIds] = async t => (await t.Senha.GetAsync(t.Profile.SenhaCredential(active: true).Id)).Json.GetProperty("credential").GetProperty("id").ValueKind.ToString(),
        [Readings.SenhaBadId1007] = async t => (await t.Senha.GetAsync("abc")).Code.ToString(),
        [Readings.SenhaReducedGetError] = async t => (await t.Senha.GetAsync("999999")).Json.TryGetProperty("code", out _).ToString(),
        [Readings.SenhaGatewayNotFound] = async t => (await t.Senha.SendAsync("GET", "/api/pam/nothing-here")).Json.TryGetProperty("response", out _).ToString(),
        [Readings.SenhaInvalidTokenEnvelope] = async t => (await t.Senha.SendAsync("GET", "/api/pam/credential", bearer: "forged")).Json.TryGetProperty("response", out _).ToString(),
        [Readings.SenhaMissingToken401] = async t => (await t.Senha.SendAsync("GET", "/api/pam/credential", bearer: "")).Code.ToString(),
        [Readings.SenhaBadClient400] = async t => (await t.Senha.RequestTokenAsync("nobody", "nothing")).Code.ToString(),
        [Readings.SenhaListActiveOnly] = async t => (await t.Senha.SendAsync("GET", "/api/pam/credential")).Json.GetProperty("credentials").GetArrayLength().ToString(),
        [Readings.SenhaToken24h] = async t => await ExpiresInAsync(t),
        [Readings.SenhaTokenNoExpiry] = async t => await ExpiresInAsync(t),
        [Readings.SenhaUndocumentedMethod404] = async t => (await t.Senha.SendAsync("PATCH", $"/api/pam/credential/{t.Profile.SenhaCredential(active: true).Id}")).Code.ToString(),
        [Readings.SenhaSuccessWording] = async t => SenhaTestClient.ResponseMessage(await t.Senha.EnableAsync(t.Profile.SenhaCredential(active: false).Id)),

        [Readings.CurrentBodyFirst] = async t => (await t.Current.SendAsync(new DfnsCall("PUT", Activate, "{}") { Identity = "service-account" })).Code.ToString(),
        [Readings.CurrentUserActionFirst] = async t => (await t.Current.SendAsync(new DfnsCall("PUT", Activate, "{}"))).Code.ToString(),
        [Readings.CurrentKindAccountUser] = async t => (await t.Current.SendAsync(new DfnsCall("GET", $"/auth/users/{t.CurrentProfile.DfnsUser(active: true).Id}"))).Json.GetProperty("kind").GetString()!,
    };

    public static IEnumerable<TestCaseData> AllReadings() =>
        Readings.Catalogue.Select(r => new TestCaseData(r.Name).SetName($"Reading {r.Name} changes an answer"));

    [TestCaseSource(nameof(AllReadings))]
    public async Task ReadingChangesAnAnswer(string reading)
    {
        var descriptor = Readings.Find(reading)!;
        if (!Probes.TryGetValue(reading, out var probe))
        {
            // A WARN reading differs from a SHOULD the suite checks: ReadingMatrixTests requires its warning.
            Assert.That(descriptor.Expected, Is.EqualTo("WARN"), $"{reading} needs a probe here: no suite warning proves it live");
            Assert.Pass("live by the suite's warnings (ReadingMatrixTests)");
        }

        string plain, alternative;
        await using (var target = await TestTarget.StartAsync())
        {
            plain = await probe(target);
        }

        await using (var target = await TestTarget.StartAsync(new ReferenceTargetOptions { Readings = new HashSet<string> { reading } }))
        {
            alternative = await probe(target);
        }

        Assert.That(alternative, Is.Not.EqualTo(plain), $"{reading} ({descriptor.Decision}) answers as our own reading does");
    }

    [Test]
    public void TwoReadingsOfOneGroup_AreRefused()
    {
        var group = Readings.Catalogue.Where(r => r.Group is not null).GroupBy(r => r.Group).First();
        var options = new ReferenceTargetOptions { Readings = group.Take(2).Select(r => r.Name).ToHashSet() };
        Assert.That(async () => await ReferenceTargetHost.StartAsync(options), Throws.ArgumentException.With.Message.Contains("choose one"));
    }

    [Test]
    public void EveryReading_NamesItsDecision_AndAnExpectedVerdict()
    {
        Assert.Multiple(() =>
        {
            foreach (var r in Readings.Catalogue)
            {
                Assert.That(r.Decision, Does.Match(@"^[DSC]\d+-alt(-[a-z]|-read)?$"), r.Name);
                Assert.That(r.Expected, Is.AnyOf("PASS", "WARN", "INCONCLUSIVE", "SKIP"), r.Name);
                Assert.That(Readings.All[r.Name], Does.StartWith(r.Decision + ":"), r.Name);
            }
        });
    }

    private static async Task<string> SpacedPayloadAsync(TestTarget t)
    {
        var id = t.Profile.DfnsCredential(active: false).Id;
        var token = await t.Dfns.UserActionAsync("PUT", Activate, DfnsTestClient.CredentialBody(id));
        var spaced = $"{{ \"credentialUuid\" : \"{id}\" }}";
        return (await t.Dfns.SendAsync(new DfnsCall("PUT", Activate, spaced) { UserAction = token })).Code.ToString();
    }

    private static async Task<string> ExpiresInAsync(TestTarget t)
    {
        var (id, secret) = t.Profile.SenhaClients["privileged"];
        var reply = await t.Senha.RequestTokenAsync(id, secret);
        return reply.Json.TryGetProperty("expires_in", out var e) ? e.GetRawText() : "absent";
    }
}
