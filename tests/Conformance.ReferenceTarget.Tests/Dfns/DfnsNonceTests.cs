using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>X-DFNS-NONCE on the real clock: missing, malformed, spellings, replay (seed 004; D2–D5).</summary>
[TestFixture]
internal sealed class DfnsNonceTests
{
    private const string Invalid = "request nonce is missing or invalid";
    private const string Used = "request nonce has already been used";
    private TestTarget _target = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _target = await TestTarget.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _target.DisposeAsync();

    private static DfnsCall List => new("GET", "/auth/credentials");

    private string Now => DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Missing_nonce_is_400()
    {
        var reply = await _target.Dfns.SendAsync(List with { Nonce = "" });
        AssertError(reply, 400, Invalid);
    }

    [TestCase("not base64url!")]
    [TestCase("e30+/w")]
    [TestCase("a")]
    public async Task Not_base64url_is_400(string header)
    {
        AssertError(await _target.Dfns.SendAsync(List with { Nonce = header }), 400, Invalid);
    }

    [TestCase("not json")]
    [TestCase("[1,2]")]
    [TestCase("{\"date\":\"NOW\"}")]
    [TestCase("{\"uuid\":\"x-1234567890123\"}")]
    [TestCase("{\"uuid\":\"\",\"date\":\"NOW\"}")]
    [TestCase("{\"uuid\":42,\"date\":\"NOW\"}")]
    [TestCase("{\"uuid\":\"x-1234567890123\",\"date\":\"yesterday\"}")]
    [TestCase("{\"uuid\":\"x-1234567890123\",\"date\":\"1/2/2025\"}")]
    public async Task Malformed_content_is_400(string json)
    {
        var header = TestNonce.Base64Url(json.Replace("NOW", Now, StringComparison.Ordinal));
        AssertError(await _target.Dfns.SendAsync(List with { Nonce = header }), 400, Invalid);
    }

    [TestCase("uuid", "date")]
    [TestCase("nonce", "datetime")]
    [TestCase("uuid", "datetime")]
    [TestCase("nonce", "date")]
    public async Task Both_documented_spellings_are_accepted(string randomField, string timeField)
    {
        var nonce = TestNonce.Create(DateTimeOffset.UtcNow, randomField: randomField, timeField: timeField);
        var reply = await _target.Dfns.SendAsync(List with { Nonce = nonce });
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
    }

    [Test]
    public async Task Padding_is_optional_and_seconds_precision_is_fine()
    {
        // The seed's curl sample: date +"%Y-%m-%dT%H:%M:%SZ", base64 with '=' stripped; here with '=' kept.
        var json = $"{{\"datetime\":\"{DateTimeOffset.UtcNow:yyyy-MM-dd'T'HH:mm:ss'Z'}\",\"nonce\":\"{Guid.NewGuid()}\"}}";
        var padded = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(json)).Replace('+', '-').Replace('/', '_');
        var reply = await _target.Dfns.SendAsync(List with { Nonce = padded });
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
    }

    [Test]
    public async Task A_replayed_nonce_is_400_even_on_another_operation()
    {
        var nonce = _target.Dfns.FreshNonce();
        var first = await _target.Dfns.SendAsync(List with { Nonce = nonce });
        var again = await _target.Dfns.SendAsync(List with { Nonce = nonce });
        var elsewhere = await _target.Dfns.SendAsync(new DfnsCall("GET", $"/auth/users/{_target.Profile.DfnsUser(true).Id}") { Nonce = nonce });
        Assert.That(first.Code, Is.EqualTo(200), first.ToString());
        AssertError(again, 400, Used);
        AssertError(elsewhere, 400, Used);
    }

    [Test]
    public async Task A_nonce_is_spent_even_when_the_request_fails_later()
    {
        var nonce = _target.Dfns.FreshNonce();
        var id = _target.Profile.DfnsCredential(true).Id;
        var failed = await _target.Dfns.SendAsync(new DfnsCall("PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(id)) { Nonce = nonce });
        Assert.That(failed.Code, Is.EqualTo(403), failed.ToString());
        AssertError(await _target.Dfns.SendAsync(List with { Nonce = nonce }), 400, Used);
    }

    [Test]
    public async Task A_replayed_state_change_has_no_effect()
    {
        var id = _target.Profile.DfnsCredential(false, 2).Id;
        var nonce = _target.Dfns.FreshNonce();
        await _target.Dfns.SendAsync(List with { Nonce = nonce });
        var replay = await _target.Dfns.SignedPutAsync(DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(id), nonce: nonce);
        AssertError(replay, 400, Used);
        Assert.That(await _target.Dfns.CredentialActiveAsync(id), Is.False);
    }

    internal static void AssertError(Reply reply, int status, string message)
    {
        Assert.Multiple(() =>
        {
            Assert.That(reply.Code, Is.EqualTo(status), reply.ToString());
            Assert.That(reply.ErrorMessage, Is.EqualTo(message), reply.ToString());
        });
    }
}
