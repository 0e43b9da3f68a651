namespace Conformance.ReferenceTarget;

/// <summary>
/// The APIs one start of the reference target serves, each on its own listener (its own port),
/// because the two Dfns eras share paths but not rules: <c>PUT /auth/credentials/activate</c>
/// requires X-DFNS-APPID and X-DFNS-NONCE on the legacy API and must not on the current one.
/// </summary>
public static class ReferenceApis
{
    /// <summary>The legacy Dfns API (seeds 001/003/004: app id, nonce, /auth/manage/users/*) and senhasegura.</summary>
    public const string Main = "reference";

    /// <summary>The current Dfns API (seed 000 and the vendor's OpenAPI: bearer and user action only, /auth/users/{userId}/activate).</summary>
    public const string Current = "reference-current";

    /// <summary>
    /// The contracts (spec <c>x-conformance.contract</c> ids) each API is faithful to; a spec of
    /// any other contract is run against <see cref="Main"/>.
    /// </summary>
    public static IReadOnlyList<string> ContractsOf(string api) => api switch
    {
        Current => ["dfns"],
        _ => ["dfns-legacy", "senhasegura"],
    };
}
