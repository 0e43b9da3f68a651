using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>
/// POST /iso/oauth2/token, OAuth 2.0 client credentials. Client authentication in the form body or
/// HTTP Basic: the docs say body, the 3.25 help centre says Basic; RFC 6749 §2.3.1 allows both.
/// </summary>
internal sealed class TokenEndpoint(SenhaDirectory directory, AccessTokens tokens, ActiveReadings readings)
{
    public async Task<IResult> HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!request.HasFormContentType)
        {
            return OAuthError(400, "invalid_request", "The request is missing a required parameter.");
        }

        var form = await request.ReadFormAsync(http.RequestAborted);
        if (form["grant_type"].ToString() != "client_credentials")
        {
            // The docs: grant_type "must always be \"client_credentials\""; RFC 6749 §5.2 names the error.
            return OAuthError(400, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
        }

        var (clientId, clientSecret) = ClientCredentials(request, form);
        var client = clientId is null || clientSecret is null ? null : directory.Authenticate(clientId, clientSecret);
        if (client is null)
        {
            // S7-alt-d: RFC 6749 §5.2's 400 invalid_client.
            return readings.Has(Readings.SenhaBadClient400) ? OAuthError(400, "invalid_client", SenhaMessages.ClientAuthenticationFailed) : SenhaGate.InvalidClient();
        }

        http.Response.Headers.CacheControl = "no-store";
        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)tokens.Lifetime.TotalSeconds,
            ["access_token"] = tokens.Issue(client),
        };
        if (readings.Has(Readings.SenhaTokenNoExpiry))
        {
            // S11-alt-b: expires_in is only RECOMMENDED (RFC 6749 §5.1).
            body.Remove("expires_in");
        }

        return SenhaReplies.Json(200, body);
    }

    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization.ToString(), out var header)
            && string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is not null)
        {
            try
            {
                // RFC 6749 §2.3.1: id and secret are form-urlencoded before the Basic encoding.
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                return colon < 0 ? (null, null) : (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        var id = form["client_id"].ToString();
        var secret = form["client_secret"].ToString();
        return (id.Length == 0 ? null : id, secret.Length == 0 ? null : secret);
    }

    private static IResult OAuthError(int status, string error, string message) =>
        SenhaReplies.Json(status, new JsonObject { ["error"] = error, ["message"] = message });
}
