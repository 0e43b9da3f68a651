using System.Text;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>
/// Writes the senhasegura envelope <c>{code, response:{status,message,error,error_code,detail,
/// mensagem,erro,cod_erro}, exception?}</c> keeping its invariants: code = HTTP status =
/// response.status, erro = error, cod_erro = error_code, mensagem = message (S1, S5, S6, S13).
/// The two envelope faults live here only.
/// </summary>
internal sealed class SenhaReplies(ActiveFaults faults)
{
    public IResult Success(string operationId, string message, Action<JsonObject>? addContent = null, bool withCode = true)
    {
        var body = Envelope(operationId, 200, message, errorCode: 0, withCode);
        addContent?.Invoke(body);
        return Json(200, body);
    }

    /// <summary>HTTP 400 business error with the 10xx code in message and exception (S5).</summary>
    public IResult Business(string operationId, int code)
    {
        var message = SenhaMessages.Business(code);
        var body = Envelope(operationId, 400, message, errorCode: 1);
        body["exception"] = new JsonObject { ["code"] = code, ["message"] = message, ["detail"] = null };
        return Json(400, body);
    }

    /// <summary>404 "Resource sub not found": error_code 4, no exception (S6).</summary>
    public IResult ResourceSubNotFound(string operationId) =>
        Json(404, Envelope(operationId, 404, SenhaMessages.ResourceSubNotFound, errorCode: 4));

    /// <summary>405 on an undocumented method (S12); undocumented body, so the 404's shape.</summary>
    public IResult MethodNotAllowed() => Json(405, Envelope("", 405, SenhaMessages.MethodNotAllowed, errorCode: 4));

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
            ["mensagem"] = message,
            ["erro"] = erro,
            ["cod_erro"] = errorCode,
        };
        return body;
    }
}
