using System.Text;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;

namespace Conformance.ReferenceTarget.Dfns;

/// <summary>
/// Writes Dfns responses: errors as <c>{"error":{"message":...}}</c> (seed 004, D12), success as
/// <c>{"message":"success"}</c> (seeds 001–004). The response-shape faults live here only.
/// </summary>
/// <remarks>
/// With <c>currentStructure</c>, errors have the current API's structure
/// (docs.dfns.co/api-reference/error-codes: "Below is the error structure returned by Dfns API.":
/// <c>{"error":{"id","status","message"}}</c>) instead of the legacy <c>{"error":{"message"}}</c>.
/// </remarks>
internal sealed class DfnsReplies(ActiveFaults faults, bool currentStructure = false, ActiveReadings? readings = null)
{
    private readonly ActiveReadings _readings = readings ?? ActiveReadings.None;

    public IResult Error(DfnsOperation op, int status, string message)
    {
        if (status == 401 && message == DfnsMessages.NotAuthorized && _readings.Has(Readings.DfnsUnauthorizedTokenMessage))
        {
            // D9-alt: one version of the errors page.
            message = DfnsMessages.UserTokenInvalid;
        }

        if (status == 400 && message == DfnsMessages.BodyInvalid && _readings.Has(Readings.DfnsBodyInvalid422))
        {
            status = 422;
        }

        var error = new JsonObject { ["message"] = message };
        if (currentStructure)
        {
            error = new JsonObject { ["id"] = Crypto.RandomIds.Digits(19), ["status"] = status, ["message"] = message };
        }

        JsonNode body = faults.Applies(FaultNames.DfnsFlatErrorShape, "dfns", op.Id)
            ? new JsonObject { ["message"] = message }
            : new JsonObject { ["error"] = error };
        return Json(status, body);
    }

    /// <summary>The 500 of the "crash" faults, with the documented 500 body (seed 004).</summary>
    public IResult Crash(DfnsOperation op) => Error(op, 500, DfnsMessages.InternalError);

    /// <param name="op">The operation answered.</param>
    /// <param name="message">The success message; D18-alt answers a repeat with another.</param>
    public IResult Success(DfnsOperation op, string message = DfnsMessages.Success)
    {
        bool On(string fault) => faults.Applies(fault, "dfns", op.Id);

        var body = On(FaultNames.DfnsSuccessWithoutMessage)
            ? new JsonObject()
            : new JsonObject { ["message"] = message };
        var status = On(FaultNames.DfnsSuccessStatus202) ? 202 : 200;
        var contentType = On(FaultNames.DfnsSuccessTextPlain) ? "text/plain" : "application/json";
        return Results.Text(body.ToJsonString(), contentType, Encoding.UTF8, status);
    }

    public static IResult Json(int status, JsonNode body) =>
        Results.Text(body.ToJsonString(), "application/json", Encoding.UTF8, status);
}
