using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>
/// The current Dfns API, on its own listener: bearer and user action only (no X-DFNS-APPID, no
/// X-DFNS-NONCE), users at /auth/users/{userId}/activate without a body answering the User, and
/// the legacy paths absent. The legacy API on the main listener keeps its own rules.
/// </summary>
[TestFixture]
internal sealed class CurrentApiTests
{
    [Test]
    public async Task A_credential_is_activated_with_bearer_and_user_action_only()
    {
        await using var t = await TestTarget.StartAsync();
        var id = t.CurrentProfile.DfnsCredential(active: false).Id;

        var reply = await t.Current.SetCredentialAsync(id, activate: true);

        Assert.Multiple(async () =>
        {
            Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
            Assert.That(reply.Message, Is.EqualTo("success"));
            Assert.That(await t.Current.CredentialActiveAsync(id), Is.True);
            Assert.That(t.CurrentProfile.AppId, Is.Empty, "the current API's profile has no app id");
        });
    }

    [Test]
    public async Task The_same_request_on_the_legacy_listener_is_refused_without_its_nonce()
    {
        await using var t = await TestTarget.StartAsync();
        var id = t.Profile.DfnsCredential(active: true).Id;

        var reply = await t.Dfns.SignedPutAsync(DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(id), nonce: "");

        Assert.That(reply.Code, Is.EqualTo(400), reply.ToString());
        Assert.That(reply.ErrorMessage, Is.EqualTo("request nonce is missing or invalid"));
    }

    [Test]
    public async Task A_user_is_activated_at_its_own_path_without_a_body_and_the_answer_is_the_user()
    {
        await using var t = await TestTarget.StartAsync();
        var id = t.CurrentProfile.DfnsUser(active: false).Id;

        var reply = await t.Current.SignedPutAsync($"/auth/users/{id}/activate", body: null);

        Assert.Multiple(async () =>
        {
            Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
            Assert.That(reply.Json.GetProperty("userId").GetString(), Is.EqualTo(id));
            Assert.That(reply.Json.GetProperty("isActive").GetBoolean(), Is.True);
            Assert.That(reply.Json.GetProperty("permissionAssignments").GetArrayLength(), Is.Zero);
            Assert.That(await t.Current.UserActiveAsync(id), Is.True);
        });
    }

    [Test]
    public async Task A_token_signed_with_the_payload_the_typescript_sdk_sends_for_no_body_is_accepted()
    {
        await using var t = await TestTarget.StartAsync();
        var id = t.CurrentProfile.DfnsUser(active: true).Id;
        var path = $"/auth/users/{id}/deactivate";

        // dfns-facts §2.1: TS sends body {} and payload "{}"; GO/PY send neither.
        var token = await t.Current.UserActionAsync("PUT", path, "{}");
        var reply = await t.Current.SendAsync(new DfnsCall("PUT", path, "{}") { UserAction = token });

        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        Assert.That(reply.Json.GetProperty("isActive").GetBoolean(), Is.False);
    }

    [Test]
    public async Task The_legacy_user_paths_do_not_exist_on_the_current_api()
    {
        await using var t = await TestTarget.StartAsync();
        var id = t.CurrentProfile.DfnsUser(active: false).Id;

        var reply = await t.Current.SignedPutAsync(DfnsTestClient.UsersActivatePath, DfnsTestClient.UserBody(id));

        Assert.That(reply.Code, Is.EqualTo(404), reply.ToString());
        Assert.That(await t.Current.UserActiveAsync(id), Is.False);
    }

    [Test]
    public async Task Errors_have_the_current_structure()
    {
        await using var t = await TestTarget.StartAsync();

        var reply = await t.Current.SendAsync(new DfnsCall("GET", "/auth/credentials") { Bearer = "" });

        Assert.Multiple(() =>
        {
            Assert.That(reply.Code, Is.EqualTo(401), reply.ToString());
            var error = reply.Json.GetProperty("error");
            Assert.That(error.GetProperty("status").GetInt32(), Is.EqualTo(401));
            Assert.That(error.GetProperty("id").GetString(), Does.Match("^[0-9]+$"));
            Assert.That(error.GetProperty("message").GetString(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task A_service_account_may_not_touch_credentials_but_may_activate_users()
    {
        await using var t = await TestTarget.StartAsync();
        var credential = t.CurrentProfile.DfnsCredential(active: true).Id;
        var user = t.CurrentProfile.DfnsUser(active: true).Id;

        var onCredential = await t.Current.SetCredentialAsync(credential, activate: true, identity: "service-account");
        var onUser = await t.Current.SignedPutAsync($"/auth/users/{user}/activate", body: null, identity: "service-account");

        Assert.Multiple(() =>
        {
            Assert.That(onCredential.Code, Is.EqualTo(403), onCredential.ToString());
            Assert.That(onUser.Code, Is.EqualTo(200), onUser.ToString());
        });
    }

    [Test]
    public async Task The_two_apis_have_separate_organisations()
    {
        await using var t = await TestTarget.StartAsync();

        Assert.That(t.CurrentProfile.DfnsCredentials.Select(c => c.Id), Is.Not.EquivalentTo(t.Profile.DfnsCredentials.Select(c => c.Id)));
        Assert.That(t.CurrentProfile.DfnsIdentities["privileged"].Token, Is.Not.EqualTo(t.Profile.DfnsIdentities["privileged"].Token));
    }
}
