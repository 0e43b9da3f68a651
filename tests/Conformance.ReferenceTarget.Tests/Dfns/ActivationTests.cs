using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>
/// Effects, idempotency, probes, unknown ids and permissions of the four activation operations
/// (seeds 000–004; D6, D10, D11, D18). Each test starts its own target: they change state.
/// </summary>
[TestFixture]
internal sealed class ActivationTests
{
    [Test]
    public async Task Credential_deactivate_then_activate_is_seen_by_the_probe_and_nothing_else_changes()
    {
        await using var target = await TestTarget.StartAsync();
        var id = target.Profile.DfnsCredential(true).Id;
        var before = await target.Dfns.CredentialStatesAsync();

        var off = await target.Dfns.SetCredentialAsync(id, activate: false);
        var afterOff = await target.Dfns.CredentialStatesAsync();
        var on = await target.Dfns.SetCredentialAsync(id, activate: true);
        var afterOn = await target.Dfns.CredentialStatesAsync();

        AssertSuccess(off);
        AssertSuccess(on);
        Assert.Multiple(() =>
        {
            Assert.That(afterOff[id], Is.False);
            Assert.That(afterOn[id], Is.True);
            Assert.That(afterOff.Where(p => p.Key != id), Is.EquivalentTo(before.Where(p => p.Key != id)));
            Assert.That(afterOn, Is.EquivalentTo(before));
        });
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Repeating_a_credential_operation_is_a_200_no_op(bool activate)
    {
        await using var target = await TestTarget.StartAsync();
        var id = target.Profile.DfnsCredential(activate).Id;
        var first = await target.Dfns.SetCredentialAsync(id, activate);
        var second = await target.Dfns.SetCredentialAsync(id, activate);
        AssertSuccess(first);
        AssertSuccess(second);
        Assert.That(await target.Dfns.CredentialActiveAsync(id), Is.EqualTo(activate));
    }

    [Test]
    public async Task User_deactivate_then_activate_is_seen_by_the_user_read()
    {
        await using var target = await TestTarget.StartAsync();
        var id = target.Profile.DfnsUser(true).Id;
        var other = target.Profile.DfnsUser(true, 1).Id;
        AssertSuccess(await target.Dfns.SetUserAsync(id, activate: false));
        Assert.That(await target.Dfns.UserActiveAsync(id), Is.False);
        Assert.That(await target.Dfns.UserActiveAsync(other), Is.True);
        AssertSuccess(await target.Dfns.SetUserAsync(id, activate: true));
        Assert.That(await target.Dfns.UserActiveAsync(id), Is.True);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Repeating_a_user_operation_is_a_200_no_op(bool activate)
    {
        await using var target = await TestTarget.StartAsync();
        var id = target.Profile.DfnsUser(activate).Id;
        AssertSuccess(await target.Dfns.SetUserAsync(id, activate));
        Assert.That(await target.Dfns.UserActiveAsync(id), Is.EqualTo(activate));
    }

    [Test]
    public async Task The_user_read_returns_the_documented_user()
    {
        await using var target = await TestTarget.StartAsync();
        var reply = await target.Dfns.SendAsync(new DfnsCall("GET", $"/auth/users/{target.Profile.DfnsUser(false).Id}"));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        var required = new[] { "username", "name", "userId", "kind", "credentialUuid", "orgId", "isActive", "isServiceAccount", "isRegistered", "isSSORequired", "permissionAssignments" };
        Assert.Multiple(() =>
        {
            foreach (var name in required)
            {
                Assert.That(reply.Json.TryGetProperty(name, out _), Is.True, name);
            }

            Assert.That(reply.Json.GetProperty("userId").GetString(), Does.Match("^us-[a-z0-9]{5}-[a-z0-9]{5}-[a-z0-9]{14,16}$"));
            Assert.That(reply.Json.GetProperty("isActive").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Unknown_ids_are_404_with_the_error_shape()
    {
        await using var target = await TestTarget.StartAsync();
        var credential = await target.Dfns.SetCredentialAsync("cr-00000-00000-0000000000000000", activate: true);
        var user = await target.Dfns.SetUserAsync("us-00000-00000-0000000000000000", activate: false);
        var read = await target.Dfns.SendAsync(new DfnsCall("GET", "/auth/users/us-00000-00000-0000000000000000"));
        DfnsNonceTests.AssertError(credential, 404, "Credential not found");
        DfnsNonceTests.AssertError(user, 404, "User not found");
        DfnsNonceTests.AssertError(read, 404, "User not found");
    }

    [TestCase("unprivileged", DfnsTestClient.ActivatePath, "Auth:Creds:Update")]
    [TestCase("service-account", DfnsTestClient.DeactivatePath, "Auth:Creds:Update")]
    [TestCase("unprivileged", DfnsTestClient.UsersDeactivatePath, "Auth:Users:Update")]
    public async Task A_caller_without_the_permission_is_403(string identity, string path, string permission)
    {
        await using var target = await TestTarget.StartAsync();
        var isUser = path.Contains("users", StringComparison.Ordinal);
        var id = isUser ? target.Profile.DfnsUser(true).Id : target.Profile.DfnsCredential(true).Id;
        var body = isUser ? DfnsTestClient.UserBody(id) : DfnsTestClient.CredentialBody(id);
        var reply = await target.Dfns.SignedPutAsync(path, body, identity);
        Assert.Multiple(() =>
        {
            Assert.That(reply.Code, Is.EqualTo(403), reply.ToString());
            Assert.That(reply.ErrorMessage, Does.Match($"^CustomerEmployee us-[a-z0-9-]+ is not authorized to perform operation \\({permission}\\)$"));
        });
        Assert.That(isUser ? await target.Dfns.UserActiveAsync(id) : await target.Dfns.CredentialActiveAsync(id), Is.True);
    }

    [Test]
    public async Task The_service_account_may_change_users()
    {
        await using var target = await TestTarget.StartAsync();
        var id = target.Profile.DfnsUser(false).Id;
        AssertSuccess(await target.Dfns.SetUserAsync(id, activate: true, identity: "service-account"));
        Assert.That(await target.Dfns.UserActiveAsync(id), Is.True);
    }

    internal static void AssertSuccess(Reply reply)
    {
        Assert.Multiple(() =>
        {
            Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
            Assert.That(reply.ContentType, Is.EqualTo("application/json"));
            Assert.That(reply.Message, Is.EqualTo("success"));
        });
    }
}
