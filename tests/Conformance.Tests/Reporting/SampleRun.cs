using Conformance.Checks;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;
using Conformance.Spec;

namespace Conformance.Tests.Reporting;

/// <summary>
/// A synthetic run with one of each: PASS, MUST FAIL, SHOULD WARN, SKIP, a transport error, and a
/// fixture left unrestored. Exchanges hold fake data, already redacted as the transport records it.
/// </summary>
internal static class SampleRun
{
    public const string Target = "https://staging.example.test";
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 15, 2, TimeSpan.Zero);

    public const string ReplayId = "dfns.credentials.activate/nonce/replay-rejected";
    public const string ReplaySource = "seeds/dfns/auth.md#request-headers";
    public const string ReplayQuote = "A nonce MUST NOT be accepted twice.";
    public const string WarnId = "dfns.credentials.deactivate/errors/message";
    public const string SkipReason = "profile has no identity 'unprivileged' for vendor dfns";
    public const string TransportError = "connection refused (127.0.0.1:9)";
    public const string Profile = "profiles/staging.yaml";

    private static readonly Requirement Positive = new("positive/accepted", RequirementLevel.Must, "specs/dfns/openapi.yaml#/paths/~1auth~1credentials~1activate/put", "Activates a credential.", null) { Basis = EvidenceBasis.Specified };
    private static readonly Requirement Replay = new("nonce/replay-rejected", RequirementLevel.Must, ReplaySource, ReplayQuote, new Expectation(StatusMatcher.Exactly(400))) { Basis = EvidenceBasis.Documented };
    private static readonly Requirement Status = new("response/status-documented", RequirementLevel.Must, "https://spec.openapis.org/oas/v3.1.0#responses-object", "The response status MUST be documented.", null) { Basis = EvidenceBasis.Standard };
    private static readonly Requirement Message = new("errors/message", RequirementLevel.Should, "seeds/dfns/errors.md", "The error message SHOULD say which credential was not found.", null) { Basis = EvidenceBasis.Documented };
    private static readonly Requirement Permission = new("permission/forbidden", RequirementLevel.Must, "seeds/dfns/permissions.md", "A caller without Auth:Creds:Update MUST get 403.", null) { Basis = EvidenceBasis.Documented };
    private static readonly Requirement Envelope = new("envelope/code-matches-status", RequirementLevel.Must, "seeds/senhasegura/envelope.md", "code MUST equal the HTTP status.", null) { Basis = EvidenceBasis.Documented };

    public static ApiOperation Activate { get; } = Operation("PUT", "/auth/credentials/activate", "credentials.activate", Positive, Replay, Status, Permission);
    public static ApiOperation Deactivate { get; } = Operation("PUT", "/auth/credentials/deactivate", "credentials.deactivate", Message, Status);
    public static ApiOperation Enable { get; } = Operation("PUT", "/api/pam/credential/{id}", "credential.enable", Envelope);

    public static RunResult Create(string target = Target, string? bodySecret = null, string? responseBody = null)
    {
        var scenarios = new List<ScenarioResult>
        {
            Result("dfns", Activate, Positive, "positive", "valid-body", "Sends a valid activation", Verdict.Pass, null,
                [Pass("dfns", Activate, Positive), Pass("dfns", Activate, Status)],
                [Put(target, "/auth/credentials/activate", "{\"credentialUuid\":\"cr-aaaaa\"}", 200, responseBody ?? "{\"message\":\"ok\"}")]),
            Result("dfns", Activate, Replay, "nonce", "replay-rejected", "Replays a used nonce", Verdict.Fail, null,
                [
                    Pass("dfns", Activate, Status),
                    new CheckOutcome("expectation", CheckStatus.Fail, ReplayId, RequirementLevel.Must, "replayed nonce accepted", "400", "200 OK <script>alert(1)</script>", 1),
                ],
                [
                    Put(target, "/auth/credentials/activate", "{\"credentialUuid\":\"cr-aaaaa\"}", 200, "{\"message\":\"ok\"}"),
                    Put(target, "/auth/credentials/activate", bodySecret is null ? "{\"credentialUuid\":\"cr-aaaaa\"}" : $"{{\"credentialUuid\":\"{bodySecret}\"}}", 200, "{\"message\":\"ok\"}", "stimulus-replay"),
                ]),
            Result("dfns", Deactivate, Message, "errors", "unknown-id-message", "Deactivates an unknown credential", Verdict.Warn, null,
                [
                    Pass("dfns", Deactivate, Status),
                    new CheckOutcome("error-message", CheckStatus.Fail, "dfns.credentials.deactivate/errors/message", RequirementLevel.Should, "message differs", "message \"Credential not found\"", "message \"not found\"", 0),
                ],
                [Put(target, "/auth/credentials/deactivate", "{\"credentialUuid\":\"cr-unknown\"}", 404, "{\"error\":{\"message\":\"not found\"}}")]),
            Result("dfns", Activate, Permission, "permission", "forbidden", "Activates without Auth:Creds:Update", Verdict.Skip, SkipReason, [], []),
            Result("senhasegura", Enable, Envelope, "envelope", "code-matches-status", "Enables credential 11", Verdict.Pass, null,
                [Pass("senhasegura", Enable, Envelope)],
                [Put(target, "/api/pam/credential/11", null, 200, "{\"code\":200,\"response\":{\"status\":200,\"message\":\"OK\",\"error\":false}}")]),
            Result("senhasegura", Enable, Envelope, "envelope", "unreachable", "Enables credential 12", Verdict.Fail, null,
                [new CheckOutcome("transport", CheckStatus.Fail, "senhasegura.credential.enable/envelope/code-matches-status", RequirementLevel.Must, "no response", "a response", null, 0)],
                [new Exchange("stimulus", Request("PUT", target + "/api/pam/credential/12", null), null, TransportError, Start, TimeSpan.FromMilliseconds(30))]),
        };
        var info = new RunInfo(
            target,
            [new SpecInfo("specs/dfns/openapi.yaml", "Dfns credentials & users", "2026-10-01", "dfns"), new SpecInfo("specs/senhasegura/openapi.yaml", "senhasegura PAM credentials", "3.x", "senhasegura")],
            "0.1.0-test",
            Start,
            Start.AddSeconds(3),
            2,
            null)
        {
            Targets = [new TargetInfo("staging", target, []) { Rerun = new RerunArguments(target, Profile, [], []) }],
        };
        FixtureRestoreFailure[] unrestored = [new("dfns", "credential", "cr-bbbbb", "inactive", "active", "deactivate answered 500")];
        return new RunResult(info, scenarios, unrestored);
    }

    /// <summary>A run where everything passed and every fixture was put back.</summary>
    public static RunResult Clean()
    {
        var run = Create();
        return run with { Scenarios = run.Scenarios.Where(s => s.Verdict == Verdict.Pass).ToList(), Unrestored = [] };
    }

    public static ScenarioResult Result(
        string vendor, ApiOperation op, Requirement requirement, string cls, string variant, string stimulus, Verdict verdict, string? skip,
        IReadOnlyList<CheckOutcome> outcomes, IReadOnlyList<Exchange> exchanges)
    {
        var scenario = new Scenario(
            $"{vendor}.{op.Slug}/{cls}/{variant}", vendor, op, cls, variant, stimulus, ResolvedRequirement.For(vendor, op.Slug, requirement),
            ["status.documented"], new NoPlan(), "credential");
        return new ScenarioResult(scenario, verdict, outcomes, exchanges, skip, Start.AddMilliseconds(100), TimeSpan.FromMilliseconds(250));
    }

    private static CheckOutcome Pass(string vendor, ApiOperation op, Requirement requirement) =>
        CheckOutcome.Passed(requirement.Class, ResolvedRequirement.For(vendor, op.Slug, requirement).Id, requirement.Level, requirement.Quote);

    private static Exchange Put(string target, string path, string? body, int status, string responseBody, string label = "stimulus") =>
        new(label, Request("PUT", target + path, body),
            new RecordedResponse(status, "application/json", [new("Content-Type", "application/json")], responseBody, false),
            null, Start.AddMilliseconds(120), TimeSpan.FromMilliseconds(42));

    private static RecordedRequest Request(string method, string url, string? body) =>
        new(method, url, [new("Authorization", "Bearer [redacted]"), new("X-DFNS-NONCE", "eyJub25jZSI6IjEifQ"), new("Content-Type", "application/json")], body);

    private static ApiOperation Operation(string method, string path, string slug, params Requirement[] requirements) =>
        new(method, path, slug, slug, null, [], null, [], [], OperationSemantics.None, null, requirements, $"/paths/{path}/{method.ToLowerInvariant()}", 1);

    private sealed record NoPlan : ScenarioPlan;
}
