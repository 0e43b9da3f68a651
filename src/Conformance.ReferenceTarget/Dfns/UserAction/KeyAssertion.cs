namespace Conformance.ReferenceTarget.Dfns.UserAction;

/// <summary>The Key factor's credentialAssertion of POST /auth/action (dfns-facts §2.3).</summary>
internal sealed record KeyAssertion(string CredId, string ClientData, string Signature);
