using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>
/// One stimulus per fault of the current Dfns API, sent to its own listener without X-DFNS-APPID
/// or X-DFNS-NONCE. Each asserts the faithful outcome, or with faulty = true the deviation.
/// </summary>
internal static class CurrentStimuli
{
    private static readonly string[] UserFields =
        ["username", "name", "userId", "kind", "credentialUuid", "orgId", "isActive", "isServiceAccount", "isRegistered", "isSSORequired", "permissionAssignments"];

    /// <summary>A valid request without X-DFNS-NONCE: accepted by the current API, refused (400) when the legacy rule leaks in.</summary>
    public static async Task WithoutNonce(TestTarget t, CurrentOp op, bool faulty) =>
        AcceptedUnlessFaulty(await op.SignedAsync(t, op.RepeatId(t.CurrentProfile)), faulty, 400);

    /// <summary>A valid request without X-DFNS-APPID: accepted by the current API, refused (401) when the legacy rule leaks in.</summary>
    public static async Task WithoutAppId(TestTarget t, CurrentOp op, bool faulty) =>
        AcceptedUnlessFaulty(await op.SignedAsync(t, op.RepeatId(t.CurrentProfile)), faulty, 401);

    public static async Task MissingBearer(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.RepeatId(t.CurrentProfile);
        var token = await t.Current.UserActionAsync("PUT", op.Path(id), op.Body(id) ?? "");
        var reply = await t.Current.SendAsync(new DfnsCall("PUT", op.Path(id), op.Body(id)) { Bearer = "", UserAction = token });
        Expect(reply, faulty, 401);
    }

    public static async Task AsServiceAccount(TestTarget t, CurrentOp op, bool faulty) =>
        Expect(await op.SignedAsync(t, op.RepeatId(t.CurrentProfile), "service-account"), faulty, 403);

    public static async Task AsUnprivileged(TestTarget t, CurrentOp op, bool faulty) =>
        Expect(await op.SignedAsync(t, op.RepeatId(t.CurrentProfile), "unprivileged"), faulty, 403);

    /// <summary>A token signed for another resource (credentials: another payload; users: another path).</summary>
    public static async Task TokenForAnotherRequest(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.RepeatId(t.CurrentProfile);
        var other = op.RepeatId(t.CurrentProfile, 1);
        var token = await t.Current.UserActionAsync("PUT", op.Path(other), op.Body(other) ?? "");
        Expect(await t.Current.SendAsync(new DfnsCall("PUT", op.Path(id), op.Body(id)) { UserAction = token }), faulty, 403);
    }

    public static async Task ForgedToken(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.RepeatId(t.CurrentProfile);
        Expect(await t.Current.SendAsync(new DfnsCall("PUT", op.Path(id), op.Body(id)) { UserAction = "forged." + Guid.NewGuid() }), faulty, 403);
    }

    public static async Task MissingToken(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.RepeatId(t.CurrentProfile);
        Expect(await t.Current.SendAsync(new DfnsCall("PUT", op.Path(id), op.Body(id))), faulty, 403);
    }

    public static async Task ReusedToken(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.RepeatId(t.CurrentProfile);
        var token = await t.Current.UserActionAsync("PUT", op.Path(id), op.Body(id) ?? "");
        var first = await t.Current.SendAsync(new DfnsCall("PUT", op.Path(id), op.Body(id)) { UserAction = token });
        Assert.That(first.Code, Is.EqualTo(200), first.ToString());
        Expect(await t.Current.SendAsync(new DfnsCall("PUT", op.Path(id), op.Body(id)) { UserAction = token }), faulty, 400);
    }

    /// <summary>The answer of a user operation is the User; of a credential operation <c>{"message":"success"}</c>.</summary>
    public static async Task AnswerShape(TestTarget t, CurrentOp op, bool faulty)
    {
        var reply = await op.SignedAsync(t, op.RepeatId(t.CurrentProfile));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        if (op.IsCredential)
        {
            Assert.That(reply.Message, Is.EqualTo("success"), reply.ToString());
            return;
        }

        var fields = reply.Json.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(fields, faulty ? Does.Not.Contain("userId") : Is.SupersetOf(UserFields), reply.ToString());
    }

    public static async Task TransitionIsRead(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.ChangeId(t.CurrentProfile);
        var reply = await op.SignedAsync(t, id);
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        if (!op.IsCredential) Assert.That(reply.Json.GetProperty("isActive").GetBoolean(), Is.EqualTo(op.Activates), "the answer shows the new state");
        Assert.That(await op.IsActiveAsync(t, id), Is.EqualTo(faulty ? !op.Activates : op.Activates), "what the read shows");
    }

    public static async Task UnknownId(TestTarget t, CurrentOp op, bool faulty) =>
        Expect(await op.SignedAsync(t, op.UnknownId), faulty, 404);

    public static async Task Repeat(TestTarget t, CurrentOp op, bool faulty)
    {
        var id = op.RepeatId(t.CurrentProfile);
        var reply = await op.SignedAsync(t, id);
        Assert.That(reply.Code, Is.EqualTo(faulty ? 400 : 200), reply.ToString());
        Assert.That(await op.IsActiveAsync(t, id), Is.EqualTo(op.Activates));
    }

    /// <summary>POST /auth/action/init answers every property the vendor's OpenAPI requires.</summary>
    public static async Task ChallengeShape(TestTarget t, bool faulty)
    {
        var init = await t.Current.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, "{}");
        Assert.That(init.Code, Is.EqualTo(200), init.ToString());
        var fields = init.Json.EnumerateObject().Select(p => p.Name).ToList();
        Assert.That(fields, faulty ? Does.Not.Contain("attestation").And.Not.Contain("externalAuthenticationUrl")
            : Is.SupersetOf(new[] { "challenge", "challengeIdentifier", "supportedCredentialKinds", "userVerification", "attestation", "allowCredentials", "externalAuthenticationUrl" }));
    }

    /// <summary>GET /auth/credentials lists every property the Credential schema requires.</summary>
    public static async Task CredentialListShape(TestTarget t, bool faulty)
    {
        var list = await t.Current.SendAsync(new DfnsCall("GET", "/auth/credentials"));
        Assert.That(list.Code, Is.EqualTo(200), list.ToString());
        foreach (var item in list.Json.GetProperty("items").EnumerateArray())
        {
            var fields = item.EnumerateObject().Select(p => p.Name).ToList();
            Assert.That(fields, faulty ? Does.Not.Contain("publicKey") : Is.SupersetOf(new[] { "publicKey", "relyingPartyId", "origin" }));
        }
    }

    /// <summary>Control for the read-side faults: the user read and a user activation still answer the full User.</summary>
    public static async Task UserReadControl(TestTarget t)
    {
        var id = t.CurrentProfile.DfnsUser(true).Id;
        var read = await t.Current.SendAsync(new DfnsCall("GET", $"/auth/users/{id}"));
        Assert.That(read.Code, Is.EqualTo(200), read.ToString());
        Assert.That(read.Json.EnumerateObject().Select(p => p.Name), Is.SupersetOf(UserFields));
        await AnswerShape(t, CurrentOp.UsersActivate, false);
    }

    private static void AcceptedUnlessFaulty(Reply reply, bool faulty, int refusal)
    {
        Assert.That(reply.Code, Is.EqualTo(faulty ? refusal : 200), reply.ToString());
        if (faulty) Assert.That(reply.ErrorMessage, Is.Not.Null.And.Not.Empty, reply.ToString());
    }

    private static void Expect(Reply reply, bool faulty, int refusal)
    {
        if (faulty)
        {
            Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        }
        else
        {
            Assert.That(reply.Code, Is.EqualTo(refusal), reply.ToString());
            Assert.That(reply.ErrorMessage, Is.Not.Null.And.Not.Empty, reply.ToString());
        }
    }
}
