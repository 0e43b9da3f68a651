namespace Conformance.Spec.Vocabulary;

/// <summary>
/// How a security scheme is filled (<c>x-conformance-auth</c>, or derived from its OpenAPI type).
/// </summary>
/// <param name="Kind">The provider.</param>
/// <param name="Field">The profile field holding the value (identity <c>token</c>, setting <c>appId</c>).</param>
/// <param name="ClientAuth">For OAuth 2.0: <c>body</c> and/or <c>basic</c> client authentication.</param>
public sealed record AuthBinding(AuthKind Kind, string? Field, IReadOnlyList<string> ClientAuth);
