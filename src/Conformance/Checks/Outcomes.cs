using Conformance.Scenarios;

namespace Conformance.Checks;

/// <summary>Builders that keep every outcome's wording in the same Expected / Actual form.</summary>
internal static class Outcomes
{
    public static CheckOutcome Pass(string check, ResolvedRequirement requirement, string title) =>
        CheckOutcome.Passed(check, requirement.Id, requirement.Level, title) with { Requirement = requirement };

    public static CheckOutcome Skip(string check, ResolvedRequirement requirement, string reason) =>
        CheckOutcome.Skipped(check, requirement.Id, requirement.Level, reason) with { Requirement = requirement };

    public static CheckOutcome Fail(string check, ResolvedRequirement requirement, string title, string expected, string actual, int? exchange = null) =>
        new(check, CheckStatus.Fail, requirement.Id, requirement.Level, title, expected, actual, exchange) { Requirement = requirement };

    /// <summary>The evidence cannot decide; <paramref name="reason"/> says why (it becomes the scenario's reason).</summary>
    public static CheckOutcome Inconclusive(string check, ResolvedRequirement requirement, string reason, string? expected = null, string? actual = null, int? exchange = null) =>
        new(check, CheckStatus.Inconclusive, requirement.Id, requirement.Level, reason, expected, actual, exchange) { Requirement = requirement };

    /// <summary>A documentation gap: <paramref name="title"/> reads as "your documents do not say …".</summary>
    public static CheckOutcome Gap(string check, ResolvedRequirement requirement, string title, string documented, string actual, int? exchange = null) =>
        new(check, CheckStatus.Gap, requirement.Id, requirement.Level, title, documented, actual, exchange) { Requirement = requirement };

    /// <summary>One line for an answer: status, type, a snippet, and what makes it unusable (throttled, cut, not JSON).</summary>
    public static string Describe(Http.Exchange exchange) =>
        exchange.Response is { } r
            ? $"{r.Status} {r.ContentType ?? "(no content type)"} {Snippet(r.Body)}".TrimEnd() + Problem(exchange, r)
            : $"no response ({exchange.TransportError})";

    /// <summary>Status, content type and what was wrong with the answer, without its body.</summary>
    public static string Headline(Http.Exchange exchange) =>
        exchange.Response is { } r
            ? $"{r.Status} {r.ContentType ?? "(no content type)"}" + Problem(exchange, r)
            : $"no response ({exchange.TransportError})";

    private static string Problem(Http.Exchange exchange, Http.RecordedResponse r) =>
        Throttling.IsThrottled(exchange) ? " — the target throttled the request"
        : r.Truncation is { } cut ? $" — {cut}"
        : r.Body.Length > 0 && r.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true && exchange.JsonProblem is { } json ? $" — {json}"
        : "";

    public static string Snippet(string body) => body.Length <= 300 ? body : body[..300] + "…";
}
