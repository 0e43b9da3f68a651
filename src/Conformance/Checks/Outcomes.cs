using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>Builders that keep every outcome's wording in the same Expected / Actual form.</summary>
internal static class Outcomes
{
    public static CheckOutcome Pass(string check, ResolvedRequirement requirement, string title) =>
        CheckOutcome.Passed(check, requirement.Id, requirement.Level, title);

    public static CheckOutcome Skip(string check, ResolvedRequirement requirement, string reason) =>
        CheckOutcome.Skipped(check, requirement.Id, requirement.Level, reason);

    public static CheckOutcome Fail(string check, ResolvedRequirement requirement, string title, string expected, string actual, int? exchange = null) =>
        new(check, CheckStatus.Fail, requirement.Id, requirement.Level, title, expected, actual, exchange);

    public static string Describe(Http.Exchange exchange) =>
        exchange.Response is { } r
            ? $"{r.Status} {r.ContentType ?? "(no content type)"} {Snippet(r.Body)}".TrimEnd()
            : $"no response ({exchange.TransportError})";

    public static string Snippet(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
