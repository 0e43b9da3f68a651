using System.Text.Json.Nodes;
using Conformance.ReferenceTarget.Alternatives;
using Conformance.ReferenceTarget.Faults;
using Conformance.ReferenceTarget.Senhasegura.Model;

namespace Conformance.ReferenceTarget.Senhasegura;

/// <summary>
/// The gateway in front of /api: no Authorization header → Kong's 404 "no Route matched with those
/// values"; an unknown or expired token → 401 invalid_client "Client authentication failed." (S7).
/// Readings: missing → 401 (S7-alt-b); unknown → 401 in the envelope (S7-alt-a) or 500 "You are
/// not authorized to access this resource." (S7-alt-c).
/// </summary>
internal sealed class SenhaGate(SenhaWorld world, AccessTokens tokens, ActiveFaults faults, SenhaReplies replies, ActiveReadings readings)
{
    public SenhaClient? Authenticate(HttpRequest request, string operationId, out IResult? rejection)
    {
        bool On(string fault) => faults.Applies(fault, "senhasegura", operationId);

        rejection = null;
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            if (On(FaultNames.SenhaTokenMissingAccepted))
            {
                return world.Identity(SenhaWorldFactory.Privileged);
            }

            rejection = readings.Has(Readings.SenhaMissingToken401)
                ? SenhaReplies.Json(401, new JsonObject { ["message"] = "Unauthorized" })
                : SenhaReplies.Json(404, new JsonObject { ["message"] = SenhaMessages.NoRoute });
            return null;
        }

        const string scheme = "Bearer ";
        var client = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? tokens.Resolve(header[scheme.Length..].Trim()) : null;
        if (client is null && On(FaultNames.SenhaTokenInvalidAccepted))
        {
            return world.Identity(SenhaWorldFactory.Privileged);
        }

        if (client is null)
        {
            rejection = readings.Has(Readings.SenhaInvalidTokenEnvelope) ? replies.Unauthorized(operationId)
                : readings.Has(Readings.SenhaInvalidToken500) ? replies.ServerError(operationId, SenhaMessages.NotAuthorizedToAccess)
                : InvalidClient();
        }

        return client;
    }

    /// <summary>league/oauth2-server's invalid_client, with the docs' text (senhasegura-facts §2.1; S7).</summary>
    public static IResult InvalidClient() =>
        SenhaReplies.Json(401, new JsonObject { ["error"] = "invalid_client", ["message"] = SenhaMessages.ClientAuthenticationFailed });
}
