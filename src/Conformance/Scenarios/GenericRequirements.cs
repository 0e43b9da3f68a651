using Conformance.Spec.Vocabulary;

namespace Conformance.Scenarios;

/// <summary>
/// Requirements every OpenAPI operation has even when its spec says nothing of ours: they come
/// from the OpenAPI Specification itself (a response is one the document lists, with its
/// schema and media type), from RFC 9110 (an unsupported method is 405, a server error is not
/// an answer to a client mistake) and RFC 6750 (a missing bearer token is 401).
/// </summary>
internal static class GenericRequirements
{
    private const string OpenApi = "OpenAPI Specification 3.1.0 §4.8.16 Responses Object";

    private static readonly Dictionary<string, (RequirementLevel Level, string Source, string Quote, Expectation? Expect)> Defaults = new()
    {
        ["positive/accepted"] = (RequirementLevel.Must, OpenApi, "A valid request MUST be answered with a documented 2xx response.", new Expectation(StatusMatcher.OfClass(2))),
        ["schema/invalid-rejected"] = (RequirementLevel.Must, "OpenAPI Specification 3.1.0 §4.8.13 Request Body Object", "A request that violates the request schema MUST be rejected with a 4xx response, never 2xx or 5xx.", new Expectation(StatusMatcher.OfClass(4))),
        ["auth/missing-rejected"] = (RequirementLevel.Must, "RFC 6750 §3.1", "A request without the required credentials MUST be rejected with 401.", new Expectation(StatusMatcher.Exactly(401))),
        ["auth/invalid-rejected"] = (RequirementLevel.Must, "RFC 6750 §3.1 (invalid_token)", "A request with invalid credentials MUST be rejected with 401.", new Expectation(StatusMatcher.Exactly(401))),
        ["unknown-id/rejected"] = (RequirementLevel.Must, OpenApi, "A request naming a resource that does not exist MUST be rejected with a documented 4xx.", new Expectation(StatusMatcher.OfClass(4))),
        ["method/undocumented-rejected"] = (RequirementLevel.Must, "RFC 9110 §15.5.6 405 Method Not Allowed", "A method the resource does not support MUST be answered with 404 or 405, never 5xx.", new Expectation(StatusMatcher.Exactly(404, 405))),
        ["permission/denied"] = (RequirementLevel.Must, "RFC 9110 §15.5.4 403 Forbidden", "An identity without the right MUST be refused, and nothing may change.", new Expectation(StatusMatcher.Exactly(403))),
        ["state/others-unchanged"] = (RequirementLevel.Must, "x-conformance.resource", "An operation on one resource MUST leave every other resource as it was.", null),
        ["response/status-documented"] = (RequirementLevel.Must, OpenApi, "Every response status MUST be one the operation documents.", null),
        ["response/schema-valid"] = (RequirementLevel.Must, "OpenAPI Specification 3.1.0 §4.8.17 Response Object", "A 2xx response body MUST be valid against its documented schema.", null),
        ["response/error-shape"] = (RequirementLevel.Must, "OpenAPI Specification 3.1.0 §4.8.17 Response Object", "An error response body MUST be valid against the documented error schema.", null),
        ["response/content-type"] = (RequirementLevel.Must, "OpenAPI Specification 3.1.0 §4.8.17 Response Object (content)", "A response body MUST have a documented media type.", null),
        ["response/no-5xx"] = (RequirementLevel.Must, "RFC 9110 §15.6", "A request the suite sends on purpose MUST NOT make the server fail with a 5xx.", null),
        ["envelope/invariants"] = (RequirementLevel.Must, "x-envelope", "Every enveloped response MUST keep the envelope's invariants.", null),
    };

    public static Requirement? Find(string key) =>
        Defaults.TryGetValue(key, out var d) ? new Requirement(key, d.Level, d.Source, d.Quote, d.Expect) : null;
}
