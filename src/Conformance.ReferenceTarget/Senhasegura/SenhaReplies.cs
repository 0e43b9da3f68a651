using System.Text;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>
/// Writes the senhasegura envelope <c>{code, response:{status,message,error,error_code,detail,
/// mensagem,erro,cod_erro}, exception?}</c> keeping its invariants: code = HTTP status =
/// response.status, erro = error, cod_erro = error_code, mensagem = message (S1, S5, S6, S13).
/// The two envelope faults live here only; so do the readings of the envelope's shape (S1-alt,
/// S5-alt-a, S6-alt, S12-alt, S13-alt).
/// </summary>
internal sealed class SenhaReplies(ActiveFaults faults, ActiveReadings readings)
{
    public bool Has(string reading) => readings.Has(reading);

    public IResult Success(string operationId, string message, Action<JsonObject>? addContent = null, bool withCode = true)
    {
        // S13-alt: another wording of the same success.
        if (readings.Has(Readings.SenhaSuccessWording))
        {
            message = message switch
            {
                SenhaMessages.Activated => "Credential activated",
                SenhaMessages.Deactivated => "Credential deactivated",
                _ => message,
            };
        }

        var body = Envelope(operationId, 200, message, errorCode: 0, withCode);
        addContent?.Invoke(body);
        return Json(200, body);
    }

    /// <summary>HTTP 400 business error with the 10xx code in message and exception (S5).</summary>
    public IResult Business(string operationId, int code)
    {
        var message = SenhaMessages.Business(code);
        var body = Envelope(operationId, 400, message, errorCode: 1);
        if (operationId == SenhaOperations.Get && readings.Has(Readings.SenhaReducedGetError))
        {
            // S5-alt-a: the reduced shape of the v3-32 GET consult example.
            var response = body["response"]!.AsObject();
            body.Remove("code");
            foreach (var member in new[] { "error_code", "cod_erro", "detail" })
            {
                response.Remove(member);
            }
        }

        body["exception"] = new JsonObject { ["code"] = code, ["message"] = message, ["detail"] = null };
        return Json(400, body);
    }

    /// <summary>404 "Resource sub not found": error_code 4, no exception (S6); or the gateway's body (S6-alt).</summary>
    public IResult ResourceSubNotFound(string operationId) =>
        readings.Has(Readings.SenhaGatewayNotFound)
            ? Json(404, new JsonObject { ["message"] = SenhaMessages.NoRoute })
            : Json(404, Envelope(operationId, 404, SenhaMessages.ResourceSubNotFound, errorCode: 4));

    /// <summary>An enveloped 500 (the documented "Unexpected error." and "You are not authorized ..." messages).</summary>
    public IResult ServerError(string operationId, string message)
    {
        var body = Envelope(operationId, 500, message, errorCode: 1);
        body["exception"] = new JsonObject { ["code"] = 500, ["message"] = "Check the index log system error for more details", ["detail"] = null };
        return Json(500, body);
    }

    /// <summary>405 on an undocumented method (S12); undocumented body, so the 404's shape. Readings: 404, 403 or 500.</summary>
    public IResult MethodNotAllowed() =>
        readings.Has(Readings.SenhaUndocumentedMethod404) ? Json(404, Envelope("", 404, SenhaMessages.ResourceSubNotFound, errorCode: 4))
        : readings.Has(Readings.SenhaUndocumentedMethod403) ? Json(403, Envelope("", 403, SenhaMessages.NotAuthorizedToAccess, errorCode: 1))
        : readings.Has(Readings.SenhaUndocumentedMethod500) ? ServerError("", SenhaMessages.UnexpectedError)
        : Json(405, Envelope("", 405, SenhaMessages.MethodNotAllowed, errorCode: 4));

    /// <summary>401 in the A2A envelope (S7-alt-a).</summary>
    public IResult Unauthorized(string operationId) => Json(401, Envelope(operationId, 401, SenhaMessages.ClientAuthenticationFailed, errorCode: 1));

    public static IResult Json(int status, JsonNode body) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);

    private JsonObject Envelope(string operationId, int status, string message, int errorCode, bool withCode = true)
    {
        var error = status >= 400;
        var erro = faults.Applies(FaultNames.SenhaEnvelopeErroMismatch, "senhasegura", operationId) ? !error : error;
        var code = faults.Applies(FaultNames.SenhaEnvelopeCodeMismatch, "senhasegura", operationId) ? 200 : status;
        var body = new JsonObject();
        if (withCode)
        {
            body["code"] = code;
        }

        body["response"] = new JsonObject
        {
            ["status"] = status,
            ["message"] = message,
            ["error"] = error,
            ["error_code"] = errorCode,
            ["detail"] = "",
            [readings.Has(Readings.SenhaMessageCapitalised) ? "Message" : "mensagem"] = message,
            ["erro"] = erro,
            ["cod_erro"] = errorCode,
        };
        return body;
    }
}
