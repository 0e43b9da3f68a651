using Conformance.Spec.Vocabulary;

namespace Conformance.Spec;

/// <summary>A security scheme with the vocabulary that says how to fill and how to test it.</summary>
/// <param name="Name">Key under <c>components.securitySchemes</c>.</param>
/// <param name="Type"><c>http</c>, <c>apiKey</c>, <c>oauth2</c> …</param>
/// <param name="Scheme">For <c>http</c>: <c>bearer</c>, <c>basic</c>.</param>
/// <param name="In">For <c>apiKey</c>: <c>header</c>, <c>query</c>, <c>cookie</c>.</param>
/// <param name="ParameterName">For <c>apiKey</c>: the header or parameter name.</param>
/// <param name="TokenUrl">For OAuth 2.0 client credentials.</param>
public sealed record ApiSecurityScheme(
    string Name,
    string Type,
    string? Scheme,
    string? In,
    string? ParameterName,
    string? TokenUrl,
    AuthBinding Auth,
    NonceRules? Nonce,
    UserActionRules? UserAction,
    IReadOnlyList<Requirement> Requirements);
