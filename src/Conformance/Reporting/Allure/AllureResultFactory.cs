using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Conformance.Checks;
using Conformance.Execution;
using Conformance.Http;
using Conformance.Spec.Vocabulary;

namespace Conformance.Reporting.Allure;

/// <summary>
/// Maps one scenario result to one Allure test result: name, ids, labels, links, parameters,
/// a step per HTTP exchange with the redacted request and response attached, status and
/// statusDetails (requirement → expected → actual; trace = curl).
/// </summary>
internal sealed class AllureResultFactory(ReportOptions options)
{
    /// <param name="info">The run's info, for the rerun command of a failure; null leaves it out.</param>
    public (AllureTestResult Result, IReadOnlyList<AllureFile> Files) Create(ScenarioResult result, RunInfo? info = null)
    {
        var scenario = result.Scenario;
        var files = new List<AllureFile>();
        var failures = FailureDetail.Of(result, info, options.RepoRoot);
        var status = Status(result, failures);
        var parameters = new List<AllureParameter>
        {
            new("variant", scenario.Variant),
            new("requirement", scenario.Requirement.Id),
            new("level", ReportText.Level(scenario.Requirement.Level)),
        };

        // Several targets run the same scenario: the target is a parameter, so Allure shows them apart, not as retries.
        if (result.Target is { } target) parameters.Add(new AllureParameter("target", target));
        var testCaseId = Md5(scenario.Id);
        // A passed scenario has no steps and no attachment: its description says how many checks
        // passed over how many exchanges (no bodies; rerun it to see them). Hundreds of passes otherwise make thousands of
        // files and a report too large to send. Anything else has a step per exchange with its
        // request and response attached, bodies up to the excerpt size, and its checks: the evidence
        // of a finding is kept whole.
        var passed = result.Verdict == Verdict.Pass;
        var steps = passed ? [] : result.Exchanges.Select((exchange, i) => Step(result, exchange, i, status, files)).ToList();
        var attachments = passed ? new List<AllureAttachment>() : [Attach(files, "checks", Checks(result), "text/plain", "txt")];
        var start = Millis(result.StartedAt);

        var test = new AllureTestResult(
            Uuid: Guid.NewGuid().ToString(),
            HistoryId: $"{testCaseId}:{Md5(string.Join(",", parameters.Select(p => $"{p.Name}={p.Value}")))}",
            TestCaseId: testCaseId,
            FullName: scenario.Id,
            Name: scenario.DisplayName,
            Description: Description(result) + (passed ? Passed(result) : ""),
            Status: status,
            StatusDetails: Details(result, failures),
            Start: start,
            Stop: start + (long)result.Duration.TotalMilliseconds,
            Labels: Labels(result),
            Links: [Link(scenario.Requirement.Id, scenario.Requirement.Source)],
            Parameters: parameters,
            Steps: steps,
            Attachments: attachments,
            TitlePath: result.Target is null ? [scenario.Contract, scenario.Operation.Label, scenario.Class] : [result.Target, scenario.Contract, scenario.Operation.Label, scenario.Class]);
        return (test, files);
    }

    /// <summary>passed / failed / broken (no response) / skipped; a WARN fails only when the gate is SHOULD.</summary>
    private string Status(ScenarioResult result, IReadOnlyList<FailureDetail> failures) => result.Verdict switch
    {
        Verdict.Skip => "skipped",
        Verdict.Inconclusive => "unknown",
        Verdict.Fail when failures.Any(f => f.IsTransportError) => "broken",
        Verdict.Fail => "failed",
        Verdict.Warn when options.FailOn <= RequirementLevel.Should => "failed",
        _ => "passed",
    };

    private static AllureStatusDetails? Details(ScenarioResult result, IReadOnlyList<FailureDetail> failures)
    {
        if (result.Verdict == Verdict.Skip) return new AllureStatusDetails(result.Reason ?? "skipped");
        if (result.Verdict == Verdict.Inconclusive) return new AllureStatusDetails("INCONCLUSIVE: " + (result.Reason ?? "the evidence cannot tell"));
        if (failures.Count == 0) return null;
        var first = failures[0];
        var curls = failures.Select(f => f.Curl is null ? null : "curl: " + f.Curl + (f.CurlNote is null ? "" : $"\n({f.CurlNote})")).OfType<string>().Distinct(StringComparer.Ordinal);
        return new AllureStatusDetails(
            string.Join("\n\n", failures.Select(f => f.Block)),
            string.Join("\n", (first.Rerun is null ? [] : new[] { "Rerun: " + first.Rerun }).Concat(curls)),
            first.Expected,
            first.Actual);
    }

    private static IReadOnlyList<AllureLabel> Labels(ScenarioResult result)
    {
        var scenario = result.Scenario;
        var labels = new List<AllureLabel>
        {
            new("epic", scenario.Vendor),
            new("feature", scenario.Operation.Label),
            new("story", scenario.Class),
            new("severity", Severity(scenario.Requirement.Level)),
            new("parentSuite", result.Target is null ? scenario.Contract : $"{scenario.Contract} @ {result.Target}"),
            new("suite", scenario.Operation.Label),
            new("subSuite", scenario.Class),
            new("package", $"{scenario.Contract}.{scenario.Operation.Slug}"),
            new("framework", "conformance"),
            new("language", "csharp"),
        };
        labels.AddRange(scenario.Tags.Select(tag => new AllureLabel("tag", tag)));
        if (result.Verdict == Verdict.Warn) labels.Add(new AllureLabel("tag", "WARN"));
        return labels;
    }

    private static string Severity(RequirementLevel level) => level switch
    {
        RequirementLevel.Must => "critical",
        RequirementLevel.Should => "normal",
        _ => "minor",
    };

    /// <summary>A source that is a URL is a plain link; a seed file or spec pointer is a "tms" reference by requirement id.</summary>
    private static AllureLink Link(string requirementId, string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? new AllureLink(requirementId, source, "link")
            : new AllureLink(requirementId, source, "tms");

    private static string Description(ScenarioResult result)
    {
        var s = result.Scenario;
        var text = new StringBuilder()
            .Append("**Stimulus:** ").Append(s.Stimulus).Append("\n\n")
            .Append("**Requirement** (").Append(ReportText.LevelAndBasis(s.Requirement.Level, s.Requirement.Basis)).Append(", `").Append(s.Requirement.Id).Append("`):\n\n")
            .Append("> ").Append(ReportText.OneLine(s.Requirement.Quote)).Append("\n\n")
            .Append("**Source:** ").Append(s.Requirement.Source).Append("\n\n")
            .Append("**Verdict:** ").Append(ReportText.Word(result.Verdict));
        if (result.Reason is not null) text.Append(" (").Append(result.Reason).Append(')');
        return text.ToString();
    }

    /// <param name="files">Where the step's request and response attachments go; null: the step has none (a passed scenario's evidence holds them).</param>
    private AllureStep Step(ScenarioResult result, Exchange exchange, int index, string testStatus, List<AllureFile>? files)
    {
        var blamed = result.Failures.Where(o => o.ExchangeIndex == index).ToList();
        var status = exchange.TransportError is not null ? "broken"
            : blamed.Count > 0 && testStatus == "failed" ? "failed"
            : "passed";
        var details = exchange.TransportError is { } error ? new AllureStatusDetails(error)
            : blamed.Count > 0 ? new AllureStatusDetails(string.Join("\n", blamed.Select(o => $"[{ReportText.Level(o.Level)}] {o.RequirementId}: {o.Title}")))
            : null;
        var outcome = exchange.Response is { } r ? ReportText.Number(r.Status) : "transport error";
        var start = Millis(exchange.StartedAt);
        var attachments = new List<AllureAttachment>();
        if (files is not null)
        {
            attachments.Add(Attach(files, "request", Request(exchange, options.MaxBodyExcerpt), "text/plain", "txt"));
            if (exchange.Response is not null) attachments.Add(Response(files, exchange.Response, options.MaxBodyExcerpt));
        }

        return new AllureStep(
            $"{exchange.Label}: {exchange.Request.Method} {exchange.Request.Url} → {outcome}",
            status,
            details,
            start,
            start + (long)exchange.Duration.TotalMilliseconds,
            attachments,
            [new AllureParameter("duration", $"{ReportText.Number((int)Math.Round(exchange.Duration.TotalMilliseconds))} ms")]);
    }

    private static string Request(Exchange exchange, int excerpt)
    {
        var request = exchange.Request;
        var text = new StringBuilder().Append(request.Method).Append(' ').Append(request.Url).Append('\n');
        foreach (var (name, value) in request.Headers) text.Append(name).Append(": ").Append(value).Append('\n');
        if (request.Body is not null) text.Append('\n').Append(Excerpt(request.Body, excerpt, null)).Append('\n');
        if (exchange.TransportError is not null) text.Append("\n# no response: ").Append(exchange.TransportError).Append('\n');
        return text.Append("\n# reproduce\n").Append(ReadableCurl.From(exchange)).Append('\n').ToString();
    }

    /// <summary>
    /// One line on what a passed scenario checked and sent, for its description: the checks are
    /// listed one by one in summary.json, and rerunning the scenario shows its bodies.
    /// </summary>
    private static string Passed(ScenarioResult result)
    {
        var levels = result.Outcomes.GroupBy(o => o.Level).OrderByDescending(g => g.Key).Select(g => $"{ReportText.Level(g.Key)} {g.Count()}");
        return $"\n\n**Checks:** {result.Outcomes.Count} passed ({string.Join(", ", levels)}) over {result.Exchanges.Count} exchanges "
            + "(each check in summary.json; bodies are kept for findings only: rerun the scenario to see them).";
    }

    /// <summary>
    /// A JSON body that fits the excerpt is attached as JSON (pretty) so Allure shows it as a tree;
    /// anything else as text with its headers, cut at the excerpt size with a note saying so.
    /// </summary>
    private static AllureAttachment Response(List<AllureFile> files, RecordedResponse response, int excerpt)
    {
        if (!response.Truncated && response.Body.Length <= excerpt && Pretty(response.Body) is { } json && json.Length <= 2 * excerpt)
        {
            return Attach(files, $"response {response.Status}", json, "application/json", "json");
        }

        var text = new StringBuilder().Append("HTTP ").Append(response.Status).Append('\n');
        foreach (var (name, value) in response.Headers) text.Append(name).Append(": ").Append(value).Append('\n');
        text.Append('\n').Append(Excerpt(response.Body, excerpt, response.Truncation));
        return Attach(files, $"response {response.Status}", text.Append('\n').ToString(), "text/plain", "txt");
    }

    /// <summary>The first <paramref name="excerpt"/> characters of a body, and a note when any were left out.</summary>
    internal static string Excerpt(string body, int excerpt, string? truncation)
    {
        if (body.Length <= excerpt) return truncation is null ? body : body + $"\n… ({truncation})";
        var note = truncation is null
            ? $"the report keeps the first {excerpt} of {body.Length} characters"
            : $"{truncation}; the report keeps the first {excerpt} characters";
        return body[..excerpt] + $"\n… ({note})";
    }

    private static string? Pretty(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonNode.Parse(body)?.ToJsonString(ReportJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Checks(ScenarioResult result)
    {
        var text = new StringBuilder().Append(ReportText.Word(result.Verdict)).Append("  ").Append(result.Scenario.Id).Append('\n');
        if (result.Reason is not null) text.Append(result.Verdict == Verdict.Skip ? "skipped: " : "reason: ").Append(result.Reason).Append('\n');
        // The same outcome on every probe of a scenario is listed once, with how many times.
        foreach (var same in result.Outcomes.GroupBy(o => (o.Status, o.Check, o.Level, o.RequirementId, o.Title, o.Expected, o.Actual)))
        {
            var o = same.First();
            text.Append('\n').Append(o.Status.ToString().ToUpperInvariant().PadRight(5)).Append(' ').Append(o.Check)
                .Append("  [").Append(ReportText.Level(o.Level)).Append("] ").Append(o.RequirementId).Append(same.Count() > 1 ? $"  (×{same.Count()})" : "")
                .Append("\n      ").Append(o.Title).Append('\n');
            if (o.Expected is not null) text.Append("      Expected: ").Append(o.Expected).Append('\n');
            if (o.Actual is not null) text.Append("        Actual: ").Append(o.Actual).Append('\n');
        }

        return text.ToString();
    }

    private static AllureAttachment Attach(List<AllureFile> files, string name, string content, string type, string extension)
    {
        var source = $"{Guid.NewGuid()}-attachment.{extension}";
        files.Add(new AllureFile(source, content));
        return new AllureAttachment(name, source, type);
    }

    private static long Millis(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    // Allure's own integrations derive testCaseId/historyId with MD5; it names, it does not protect.
    private static string Md5(string text) => Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(text)));
}
