using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Conformance.ReferenceTarget.Tests.Support;

/// <summary>Plain HttpClient calls against the senhasegura half.</summary>
internal sealed class SenhaTestClient(HttpClient http, TestProfile profile)
{
    private readonly Dictionary<string, string> _tokens = [];

    public TestProfile Profile => profile;

    public async Task<Reply> RequestTokenAsync(string clientId, string clientSecret, bool basic = false)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/iso/oauth2/token");
        if (basic)
        {
            var pair = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }
        else
        {
            form["client_id"] = clientId;
            form["client_secret"] = clientSecret;
        }

        request.Content = new FormUrlEncodedContent(form);
        return await Reply.ReadAsync(await http.SendAsync(request));
    }

    public async Task<string> AccessTokenAsync(string role = "privileged")
    {
        if (!_tokens.TryGetValue(role, out var token))
        {
            var (id, secret) = profile.SenhaClients[role];
            var reply = await RequestTokenAsync(id, secret);
            Assert.That(reply.Code, Is.EqualTo(200), reply.ToString());
            token = _tokens[role] = reply.Json.GetProperty("access_token").GetString()!;
        }

        return token;
    }

    /// <summary>bearer: null = the role's token, "" = no Authorization header, else that literal token.</summary>
    public async Task<Reply> SendAsync(string method, string path, string role = "privileged", string? bearer = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        bearer ??= await AccessTokenAsync(role);
        if (bearer.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {bearer}");
        }

        return await Reply.ReadAsync(await http.SendAsync(request));
    }

    public Task<Reply> EnableAsync(string id, string role = "privileged") => SendAsync("PUT", $"/api/pam/credential/{id}", role);

    public Task<Reply> DisableAsync(string id, string role = "privileged") => SendAsync("DELETE", $"/api/pam/credential/{id}", role);

    public Task<Reply> GetAsync(string id, string role = "privileged") => SendAsync("GET", $"/api/pam/credential/{id}", role);

    /// <summary>The probe of S9: 200 = active, 400 1008 = inactive.</summary>
    public async Task<bool> IsActiveAsync(string id)
    {
        var reply = await GetAsync(id);
        if (reply.Code == 200)
        {
            return true;
        }

        Assert.That(ExceptionCode(reply), Is.EqualTo(1008), reply.ToString());
        return false;
    }

    public static int? ExceptionCode(Reply reply) =>
        reply.Json.TryGetProperty("exception", out var e) && e.ValueKind == JsonValueKind.Object ? e.GetProperty("code").GetInt32() : null;

    public static string ResponseMessage(Reply reply) => reply.Json.GetProperty("response").GetProperty("message").GetString()!;
}
