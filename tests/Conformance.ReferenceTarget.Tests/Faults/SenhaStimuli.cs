using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>One stimulus per senhasegura requirement; faulty = true asserts the fault's deviation.</summary>
internal static class SenhaStimuli
{
    public static async Task Repeat(TestTarget t, SenhaOp op, bool faulty)
    {
        var reply = await op.SendAsync(t, op.RepeatId(t.Profile));
        if (faulty)
        {
            Envelope.AssertSuccess(reply, op.SuccessMessage);
        }
        else
        {
            Envelope.AssertBusiness(reply, op.RepeatCode, op.Activates ? "1043: Credential is already activated!" : "1008: Credential inactive");
        }

        Assert.That(await t.Senha.IsActiveAsync(op.RepeatId(t.Profile)), Is.EqualTo(op.Activates));
    }

    public static async Task CodeEqualsStatus(TestTarget t, SenhaOp op, bool faulty)
    {
        var reply = await op.SendAsync(t, op.RepeatId(t.Profile));
        Assert.That(reply.Code, Is.EqualTo(400), reply.ToString());
        Assert.That(reply.Json.GetProperty("code").GetInt32(), Is.EqualTo(faulty ? 200 : 400));
    }

    public static async Task ErroEqualsError(TestTarget t, SenhaOp op, bool faulty)
    {
        var reply = await op.SendAsync(t, op.RepeatId(t.Profile));
        var response = reply.Json.GetProperty("response");
        Assert.That(response.GetProperty("error").GetBoolean(), Is.True, reply.ToString());
        Assert.That(response.GetProperty("erro").GetBoolean(), Is.EqualTo(!faulty), reply.ToString());
    }

    public static Task NoPamPermission(TestTarget t, SenhaOp op, bool faulty) =>
        ChangeAs(t, op, faulty, "no-pam-permission", 1039, "1039: Without PAM Configuration Access permission");

    public static Task NoCredentialAccess(TestTarget t, SenhaOp op, bool faulty) =>
        ChangeAs(t, op, faulty, "no-credential-access", 1009, "1009: No access to credential");

    public static async Task MissingToken(TestTarget t, SenhaOp op, bool faulty)
    {
        var reply = await op.SendAsync(t, op.ChangeId(t.Profile), bearer: "");
        if (faulty)
        {
            Envelope.AssertSuccess(reply, op.SuccessMessage);
        }
        else
        {
            Assert.That(reply.Code, Is.EqualTo(404), reply.ToString());
            Assert.That(reply.Message, Is.EqualTo("no Route matched with those values"));
        }
    }

    public static async Task InvalidToken(TestTarget t, SenhaOp op, bool faulty)
    {
        var reply = await op.SendAsync(t, op.ChangeId(t.Profile), bearer: "forged-token");
        if (faulty)
        {
            Envelope.AssertSuccess(reply, op.SuccessMessage);
        }
        else
        {
            Senhasegura.TokenTests.AssertInvalidClient(reply);
        }
    }

    public static async Task UnknownId(TestTarget t, SenhaOp op, bool faulty) =>
        ExpectOkOrBusiness(await op.SendAsync(t, "999999"), op, faulty, 1007, "1007: Credential not found");

    public static async Task NotACredential(TestTarget t, SenhaOp op, bool faulty) =>
        ExpectOkOrBusiness(await op.SendAsync(t, t.Profile.SenhaNotCredentials[0].Id), op, faulty, 1010, "1010: The item is not a credential");

    public static async Task TransitionIsVisible(TestTarget t, SenhaOp op, bool faulty)
    {
        var id = op.ChangeId(t.Profile);
        Envelope.AssertSuccess(await op.SendAsync(t, id), op.SuccessMessage);
        Assert.That(await t.Senha.IsActiveAsync(id), Is.EqualTo(faulty ? !op.Activates : op.Activates));
    }

    private static async Task ChangeAs(TestTarget t, SenhaOp op, bool faulty, string role, int code, string message)
    {
        // 1009 is about one credential: take one the profile says the client may not access.
        var id = code == 1009 ? t.Profile.SenhaCredentialDeniedTo(role, !op.Activates).Id : op.ChangeId(t.Profile);
        ExpectOkOrBusiness(await op.SendAsync(t, id, role), op, faulty, code, message);
        Assert.That(await t.Senha.IsActiveAsync(id), Is.EqualTo(faulty ? op.Activates : !op.Activates));
    }

    private static void ExpectOkOrBusiness(Reply reply, SenhaOp op, bool faulty, int code, string message)
    {
        if (faulty)
        {
            Envelope.AssertSuccess(reply, op.SuccessMessage);
        }
        else
        {
            Envelope.AssertBusiness(reply, code, message);
        }
    }
}
