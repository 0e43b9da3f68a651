using System.Text;
using System.Web;
using Conformance.Tests.Http;

namespace Conformance.Tests.Execution;

/// <summary>
/// A tiny server for Fixtures/keyed-api.yaml, under the base path <c>/api/v1</c>: HTTP Basic on
/// the accounts, an API key in the query on the reports. Faithful, or with one deviation.
/// </summary>
internal static class KeyedApiServer
{
    public const string BasePath = "/api/v1";
    public const string Username = "ACtest0001";
    public const string Password = "basic-password-0001";
    public const string QueryKey = "query-key-0001";

    public static string Credentials => Convert.ToBase64String(Encoding.UTF8.GetBytes(Username + ":" + Password));

    public static LoopbackServer Start(string? deviation = null) => LoopbackServer.Start(async (request, response) =>
    {
        var (status, contentType, body) = Answer(request, deviation);
        await LoopbackServer.Write(response, status, body, contentType);
    });

    private static (int Status, string ContentType, string Body) Answer(ReceivedRequest request, string? deviation)
    {
        if (!request.Path.StartsWith(BasePath + "/", StringComparison.Ordinal)) return (404, "text/plain", "");
        var path = request.Path[BasePath.Length..];
        var basicOk = request.Header("Authorization") == "Basic " + Credentials
            || (deviation == "basic-ignored" && request.Header("Authorization")?.StartsWith("Basic ", StringComparison.Ordinal) == true);

        if (path == "/reports")
        {
            if (request.Method != "GET") return (405, "text/plain", "");
            var key = HttpUtility.ParseQueryString(new Uri("http://x" + request.RawUrl).Query)["api_key"];
            if (key != QueryKey) return (401, "text/plain", "");
            return deviation == "csv-as-json" ? (200, "application/json", "{\"a\":1}") : (200, "text/csv", "a,b\n1,2\n");
        }

        if (path == "/accounts/export" && request.Method == "POST")
        {
            if (!basicOk) return (401, "text/plain", "");
            return (202, "text/plain", deviation == "export-too-long" ? new string('x', 41) : "export started");
        }

        if (path.StartsWith("/accounts/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2)
        {
            if (request.Method != "GET") return (405, "text/plain", "");
            if (!basicOk) return (401, "text/plain", "");
            var sid = path["/accounts/".Length..];
            return sid.Length < 2 ? (404, "text/plain", "") : (200, "application/json", $"{{\"sid\":\"{sid}\",\"name\":\"account\"}}");
        }

        return (404, "text/plain", "");
    }
}
