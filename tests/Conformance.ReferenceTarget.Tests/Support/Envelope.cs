using System.Text.Json;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>The senhasegura envelope invariants of PRODUCT.md / S1: code = HTTP status = response.status, erro = error, cod_erro = error_code, mensagem = message.</summary>
internal static class Envelope
{
    public static void AssertInvariants(Reply reply)
    {
        var root = reply.Json;
        var response = root.GetProperty("response");
        Assert.Multiple(() =>
        {
            if (root.TryGetProperty("code", out var code))
            {
                Assert.That(code.GetInt32(), Is.EqualTo(reply.Code), "code");
            }

            Assert.That(response.GetProperty("status").GetInt32(), Is.EqualTo(reply.Code), "response.status");
            Assert.That(response.GetProperty("erro").GetBoolean(), Is.EqualTo(response.GetProperty("error").GetBoolean()), "erro");
            Assert.That(response.GetProperty("mensagem").GetString(), Is.EqualTo(response.GetProperty("message").GetString()), "mensagem");
            if (response.TryGetProperty("cod_erro", out var cod))
            {
                Assert.That(cod.GetInt32(), Is.EqualTo(response.GetProperty("error_code").GetInt32()), "cod_erro");
            }
        });
    }

    /// <summary>A 400 business error (S5): full envelope, the 10xx code in message and exception.</summary>
    public static void AssertBusiness(Reply reply, int code, string message)
    {
        Assert.That(reply.Code, Is.EqualTo(400), reply.ToString());
        AssertInvariants(reply);
        var response = reply.Json.GetProperty("response");
        var exception = reply.Json.GetProperty("exception");
        Assert.Multiple(() =>
        {
            Assert.That(reply.Json.GetProperty("code").GetInt32(), Is.EqualTo(400));
            Assert.That(response.GetProperty("message").GetString(), Is.EqualTo(message));
            Assert.That(response.GetProperty("error").GetBoolean(), Is.True);
            Assert.That(response.GetProperty("error_code").GetInt32(), Is.EqualTo(1));
            Assert.That(response.GetProperty("detail").GetString(), Is.Empty);
            Assert.That(exception.GetProperty("code").GetInt32(), Is.EqualTo(code));
            Assert.That(exception.GetProperty("message").GetString(), Is.EqualTo(message));
            Assert.That(exception.GetProperty("detail").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    public static void AssertSuccess(Reply reply, string message)
    {
        Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
        AssertInvariants(reply);
        var response = reply.Json.GetProperty("response");
        Assert.Multiple(() =>
        {
            Assert.That(reply.ContentType, Is.EqualTo("application/json"));
            Assert.That(response.GetProperty("message").GetString(), Is.EqualTo(message));
            Assert.That(response.GetProperty("error").GetBoolean(), Is.False);
            Assert.That(response.GetProperty("error_code").GetInt32(), Is.Zero);
            Assert.That(reply.Json.TryGetProperty("exception", out _), Is.False);
        });
    }
}
