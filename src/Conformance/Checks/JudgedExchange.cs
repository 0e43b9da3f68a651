using Conformance.Http;
using Conformance.Spec;

namespace Conformance.Checks;

/// <summary>An exchange with a response, and the documented operation it went to (if any).</summary>
internal sealed record JudgedExchange(Exchange Exchange, int Index, ApiOperation? Operation, RecordedResponse Response)
{
    public static IEnumerable<JudgedExchange> All(CheckContext context) =>
        context.Evidence.Exchanges
            .Select((e, i) => (e, i))
            .Where(x => x.e.Response is not null)
            .Select(x => new JudgedExchange(x.e, x.i, context.Operations.Find(x.e.Request.Method, x.e.Request.Url), x.e.Response!));

    /// <summary>The documented response entry for the status, when the operation is known.</summary>
    public ApiResponse? Documented => Operation?.ResponseFor(Response.Status);

    public string MediaType => (Response.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
}
