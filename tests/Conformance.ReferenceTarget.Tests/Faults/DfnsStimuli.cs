using Conformance.ReferenceTarget.Tests.Dfns;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>
/// One stimulus per Dfns requirement. Each asserts the faithful outcome, or with faulty = true the
/// deviation its fault introduces, and nothing else.
/// </summary>
internal static class DfnsStimuli
{
    private const string NonceInvalid = "request nonce is missing or invalid";
    private const string NonceUsed = "request nonce has already been used";
    private const string UserActionInvalid = "user action signature is missing or invalid";
    private const string BodyInvalid = "request body is invalid";

    public static async Task ReplayedNonce(TestTarget t, DfnsOp op, bool faulty)
    {
        var body = op.Body(op.RepeatId(t.Profile));
        var nonce = t.Dfns.FreshNonce();
        var first = await t.Dfns.SignedPutAsync(op.Path, body, nonce: nonce);
        var replay = await t.Dfns.SignedPutAsync(op.Path, body, nonce: nonce);
        ActivationTests.AssertSuccess(first);
        ExpectOkOrError(replay, faulty, 400, NonceUsed);
    }

    /// <summary>A nonce first accepted on GET /auth/credentials, then sent on the operation (another path and method).</summary>
    public static async Task NonceFromAnotherOperation(TestTarget t, DfnsOp op, bool faulty)
    {
        var nonce = t.Dfns.FreshNonce();
        var first = await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = nonce });
        Assert.That(first.Code, Is.EqualTo(200), first.ToString());
        var replay = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)), nonce: nonce);
        ExpectOkOrError(replay, faulty, 400, NonceUsed);
    }

    public static async Task ReplayedNonceMessage(TestTarget t, DfnsOp op, bool faulty)
    {
        var body = op.Body(op.RepeatId(t.Profile));
        var nonce = t.Dfns.FreshNonce();
        ActivationTests.AssertSuccess(await t.Dfns.SignedPutAsync(op.Path, body, nonce: nonce));
        var replay = await t.Dfns.SignedPutAsync(op.Path, body, nonce: nonce);
        DfnsNonceTests.AssertError(replay, 400, faulty ? "nonce reused" : NonceUsed);
    }

    public static async Task ConcurrentReplay(TestTarget t, DfnsOp op, bool faulty)
    {
        var call = new DfnsCall("PUT", op.Path, op.Body(op.RepeatId(t.Profile)));
        if (faulty)
        {
            var accepted = await ReplayBurst.RunAsync(t, call, rounds: 20, size: 100, stopWhen: a => a[^1] > 1);
            Assert.That(accepted.Max(), Is.GreaterThan(1), "the race lets more than one request through");
        }
        else
        {
            var accepted = await ReplayBurst.RunAsync(t, call, rounds: 3, size: 100);
            Assert.That(accepted, Is.All.EqualTo(1));
        }
    }

    public static async Task StaleNonce(TestTarget t, DfnsOp op, bool faulty)
    {
        var stale = TestNonce.Create(DateTimeOffset.UtcNow.AddDays(-1));
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)), nonce: stale);
        ExpectOkOrError(reply, faulty, 400, NonceInvalid);
    }

    public static async Task MalformedNonce(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, op.Body(op.RepeatId(t.Profile))) { Nonce = "not base64url!" });
        if (faulty)
        {
            Assert.That(reply.Code, Is.EqualTo(500), reply.ToString());
        }
        else
        {
            DfnsNonceTests.AssertError(reply, 400, NonceInvalid);
        }
    }

    public static async Task MissingNonce(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)), nonce: "");
        ExpectOkOrError(reply, faulty, 400, NonceInvalid);
    }

    public static async Task ReplayHasNoEffect(TestTarget t, DfnsOp op, bool faulty)
    {
        var id = op.ChangeId(t.Profile);
        var nonce = t.Dfns.FreshNonce();
        await t.Dfns.SendAsync(new DfnsCall("GET", "/auth/credentials") { Nonce = nonce });
        var replay = await t.Dfns.SignedPutAsync(op.Path, op.Body(id), nonce: nonce);
        DfnsNonceTests.AssertError(replay, 400, NonceUsed);
        Assert.That(await op.IsActiveAsync(t, id), Is.EqualTo(faulty ? op.Activates : !op.Activates), "state after the replay");
    }

    public static async Task MissingBearer(TestTarget t, DfnsOp op, bool faulty) => await WithBearer(t, op, faulty, "");

    public static async Task InvalidBearer(TestTarget t, DfnsOp op, bool faulty) => await WithBearer(t, op, faulty, "forged-token");

    public static async Task MissingUserAction(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, op.Body(op.RepeatId(t.Profile))));
        ExpectOkOrError(reply, faulty, 403, UserActionInvalid);
    }

    public static async Task MismatchedUserAction(TestTarget t, DfnsOp op, bool faulty)
    {
        var token = await t.Dfns.UserActionAsync("PUT", op.Path, op.Body(op.RepeatId(t.Profile, 1)));
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, op.Body(op.RepeatId(t.Profile))) { UserAction = token });
        ExpectOkOrError(reply, faulty, 403, UserActionInvalid);
    }

    public static async Task ReusedUserAction(TestTarget t, DfnsOp op, bool faulty)
    {
        var body = op.Body(op.RepeatId(t.Profile));
        var token = await t.Dfns.UserActionAsync("PUT", op.Path, body);
        var first = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, body) { UserAction = token });
        var again = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, body) { UserAction = token });
        ActivationTests.AssertSuccess(first);
        ExpectOkOrError(again, faulty, 400, "user action has already been used");
    }

    public static async Task ForgedUserAction(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, op.Body(op.RepeatId(t.Profile))) { UserAction = "forged." + Guid.NewGuid() });
        ExpectOkOrError(reply, faulty, 403, UserActionInvalid);
    }

    public static async Task RepeatAnswersError(TestTarget t, DfnsOp op, bool faulty)
    {
        var id = op.RepeatId(t.Profile);
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(id));
        if (faulty)
        {
            Assert.That(reply.Code, Is.EqualTo(400), reply.ToString());
        }
        else
        {
            ActivationTests.AssertSuccess(reply);
        }

        Assert.That(await op.IsActiveAsync(t, id), Is.EqualTo(op.Activates));
    }

    public static async Task RepeatChangesState(TestTarget t, DfnsOp op, bool faulty)
    {
        var id = op.RepeatId(t.Profile);
        ActivationTests.AssertSuccess(await t.Dfns.SignedPutAsync(op.Path, op.Body(id)));
        Assert.That(await op.IsActiveAsync(t, id), Is.EqualTo(faulty ? !op.Activates : op.Activates));
    }

    public static async Task TransitionIsVisible(TestTarget t, DfnsOp op, bool faulty)
    {
        var id = op.ChangeId(t.Profile);
        ActivationTests.AssertSuccess(await t.Dfns.SignedPutAsync(op.Path, op.Body(id)));
        Assert.That(await op.IsActiveAsync(t, id), Is.EqualTo(faulty ? !op.Activates : op.Activates));
    }

    public static async Task OthersUnchanged(TestTarget t, DfnsOp op, bool faulty)
    {
        // Pick by current state: on the faulted target an earlier flip may have moved a fixture.
        var before = await t.Dfns.CredentialStatesAsync();
        var id = t.Profile.DfnsCredentials.First(c => before[c.Id] != op.Activates).Id;
        ActivationTests.AssertSuccess(await t.Dfns.SignedPutAsync(op.Path, op.Body(id)));
        var after = await t.Dfns.CredentialStatesAsync();
        var changed = after.Where(p => before[p.Key] != p.Value).Select(p => p.Key).ToList();
        Assert.That(changed, faulty ? Has.Count.EqualTo(2).And.Contains(id) : Is.EqualTo(new[] { id }));
    }

    public static async Task ExtraProperty(TestTarget t, DfnsOp op, bool faulty) =>
        await SignedBody(t, op, faulty, $"{{\"{op.IdField}\":\"{op.RepeatId(t.Profile)}\",\"extra\":1}}", 400);

    public static async Task EmptyId(TestTarget t, DfnsOp op, bool faulty) =>
        await SignedBody(t, op, faulty, $"{{\"{op.IdField}\":\"\"}}", 400);

    /// <summary>POST /auth/action/init with a payload holding <paramref name="payload"/>: 200 with a challenge, or 500 under the fault.</summary>
    public static async Task NonAsciiPayload(TestTarget t, string payload, bool faulty)
    {
        var reply = await t.Dfns.InitAsync("privileged", "PUT", DfnsTestClient.ActivatePath, payload);
        Assert.That(reply.Code, Is.EqualTo(faulty ? 500 : 200), reply.ToString());
    }

    public static async Task MissingField(TestTarget t, DfnsOp op, bool faulty)
    {
        var token = await t.Dfns.UserActionAsync("PUT", op.Path, "{}");
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, "{}") { UserAction = token });
        if (faulty)
        {
            Assert.That(reply.Code, Is.EqualTo(500), reply.ToString());
        }
        else
        {
            DfnsNonceTests.AssertError(reply, 400, BodyInvalid);
        }
    }

    public static async Task SuccessHasMessage(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        Assert.That(reply.Message, faulty ? Is.Null : Is.EqualTo("success"), reply.ToString());
    }

    public static async Task SuccessContentType(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)));
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        Assert.That(reply.ContentType, Is.EqualTo(faulty ? "text/plain" : "application/json"));
    }

    public static async Task ErrorShape(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, op.Body(op.RepeatId(t.Profile))));
        Assert.That(reply.Code, Is.EqualTo(403), reply.ToString());
        Assert.That(faulty ? reply.Message : reply.ErrorMessage, Is.EqualTo(UserActionInvalid), reply.ToString());
        Assert.That(faulty ? reply.ErrorMessage : reply.Message, Is.Null, reply.ToString());
    }

    public static async Task SuccessStatus(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)));
        Assert.That(reply.Code, Is.EqualTo(faulty ? 202 : 200), reply.ToString());
    }

    public static async Task UnknownId(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.UnknownId));
        ExpectOkOrError(reply, faulty, 404, op.IsCredential ? "Credential not found" : "User not found");
    }

    public static async Task GetOnThePath(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SendAsync(new DfnsCall("GET", op.Path));
        Assert.That(reply.Code, Is.EqualTo(faulty ? 500 : 405), reply.ToString());
    }

    public static async Task PermissionDenied(TestTarget t, DfnsOp op, bool faulty)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, op.Body(op.RepeatId(t.Profile)), "unprivileged");
        if (faulty)
        {
            ActivationTests.AssertSuccess(reply);
        }
        else
        {
            Assert.That(reply.Code, Is.EqualTo(403), reply.ToString());
            Assert.That(reply.ErrorMessage, Does.StartWith("CustomerEmployee us-").And.Contain("is not authorized to perform operation"));
        }
    }

    private static async Task WithBearer(TestTarget t, DfnsOp op, bool faulty, string bearer)
    {
        var body = op.Body(op.RepeatId(t.Profile));
        var token = await t.Dfns.UserActionAsync("PUT", op.Path, body);
        var reply = await t.Dfns.SendAsync(new DfnsCall("PUT", op.Path, body) { Bearer = bearer, UserAction = token });
        ExpectOkOrError(reply, faulty, 401, "Not Authorized.");
    }

    private static async Task SignedBody(TestTarget t, DfnsOp op, bool faulty, string body, int status)
    {
        var reply = await t.Dfns.SignedPutAsync(op.Path, body);
        ExpectOkOrError(reply, faulty, status, BodyInvalid);
    }

    private static void ExpectOkOrError(Reply reply, bool faulty, int status, string message)
    {
        if (faulty)
        {
            ActivationTests.AssertSuccess(reply);
        }
        else
        {
            DfnsNonceTests.AssertError(reply, status, message);
        }
    }
}
