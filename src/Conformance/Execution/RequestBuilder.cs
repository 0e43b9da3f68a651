using Conformance.Configuration;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Execution;

/// <summary>Turns a request template into a concrete request for a fixture id and an identity.</summary>
internal static class RequestBuilder
{
    public static OutgoingRequest Build(ApiOperation operation, RequestTemplate template, string? fixtureId, ProfileIdentity? identity)
    {
        var path = operation.Path;
        foreach (var (name, value) in template.PathParameters)
        {
            var actual = value == RequestTemplate.FixtureMarker ? fixtureId ?? "" : value;
            path = path.Replace("{" + name + "}", Uri.EscapeDataString(actual), StringComparison.Ordinal);
        }

        if (template.Query.Count > 0)
        {
            path += (path.Contains('?', StringComparison.Ordinal) ? "&" : "?")
                + string.Join("&", template.Query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(Fixture(q.Value, fixtureId))}"));
        }

        var request = OutgoingRequest.Create(template.Method, path);
        foreach (var (name, value) in template.Headers) request = request.WithHeader(name, Fixture(value, fixtureId));
        if (template.Cookies.Count > 0)
        {
            request = request.WithHeader("Cookie", string.Join("; ", template.Cookies.Select(c => $"{c.Key}={Uri.EscapeDataString(Fixture(c.Value, fixtureId))}")));
        }

        if (!template.HasBody) return request;
        var body = template.BodyText(fixtureId)
            .Replace(RequestTemplate.ClientIdMarker, Uri.EscapeDataString(identity?.ClientId ?? ""), StringComparison.Ordinal)
            .Replace(RequestTemplate.ClientSecretMarker, Uri.EscapeDataString(identity?.ClientSecret ?? ""), StringComparison.Ordinal);
        return request.WithBody(body, template.ContentType ?? "application/json");
    }

    /// <summary>The identity field a template needs (<c>clientId</c>, <c>clientSecret</c>) that the identity lacks, or null.</summary>
    public static string? MissingClient(RequestTemplate template, ProfileIdentity? identity)
    {
        if (!template.HasBody) return null;
        var body = template.BodyText(null);
        if (body.Contains(RequestTemplate.ClientIdMarker, StringComparison.Ordinal) && identity?.ClientId is not { Length: > 0 }) return "clientId";
        if (body.Contains(RequestTemplate.ClientSecretMarker, StringComparison.Ordinal) && identity?.ClientSecret is not { Length: > 0 }) return "clientSecret";
        return null;
    }

    private static string Fixture(string value, string? fixtureId) => value.Replace(RequestTemplate.FixtureMarker, fixtureId ?? "", StringComparison.Ordinal);
}
