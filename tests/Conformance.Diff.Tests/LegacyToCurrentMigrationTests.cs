using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Conformance.Diff;
using Conformance.Diff.Rendering;
using Conformance.Diff.Rules;
using Conformance.Spec;

namespace Conformance.Diff.Tests;

/// <summary>
/// The real diff from the legacy Dfns contract to the current one, read as a migration note: the
/// user activation calls moved with their userId into the path, APPID and NONCE are no longer
/// required anywhere, the bodies are gone and the answer is the User — each line classified.
/// </summary>
[TestFixture]
public sealed partial class LegacyToCurrentMigrationTests
{
    private static readonly string[] DfnsOperations =
    [
        "credentials.activate", "credentials.deactivate", "users.activate", "users.deactivate",
        "auth.action.init", "auth.action.complete", "credentials.list", "users.get",
    ];

    private SpecDiff diff = null!;
    private MigrationNote note = null!;
    private string text = "";

    [OneTimeSetUp]
    public void Diff()
    {
        var legacy = SpecLoader.Load(RepositorySpecs.DfnsLegacy);
        var current = SpecLoader.Load(RepositorySpecs.DfnsCurrent);
        Assert.That((legacy.Contract, current.Contract), Is.EqualTo(("dfns-legacy", "dfns")), "the contracts this note is about");
        diff = SpecDiffer.Compare(legacy, current);
        note = MigrationNote.Build(diff);
        text = new MigrationTextRenderer().Render(diff);
        TestContext.Out.WriteLine(text);
    }

    [TestCase("users.activate", "PUT /auth/manage/users/activate", "PUT /auth/users/{userId}/activate")]
    [TestCase("users.deactivate", "PUT /auth/manage/users/deactivate", "PUT /auth/users/{userId}/deactivate")]
    public void UserCallsMovedWithBothPaths(string operation, string oldCall, string newCall)
    {
        Assert.Multiple(() =>
        {
            Assert.That(diff.Changes.Where(c => c.OperationSlug == operation).Select(c => c.RuleId), Does.Contain("operation.moved").And.No.Contain("operation.removed").And.No.Contain("operation.added"));
            Assert.That(Lines(operation), Does.Contain($"[breaking] Send {newCall} instead of {oldCall}"));
            Assert.That(Lines(operation), Does.Contain($"[breaking] The request body field 'userId' moved into the path: put it in {newCall[4..]}"));
        });
    }

    [TestCase("users.activate")]
    [TestCase("users.deactivate")]
    public void UserCallsTakeNoBodyAndAnswerTheUser(string operation)
    {
        var userRequired = ((JsonArray)JsonPointer.Resolve(SpecLoader.Load(RepositorySpecs.DfnsCurrent).Root, "/components/schemas/User/required")!)
            .Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(Lines(operation), Does.Contain("[risky] Stop sending a request body: the operation no longer takes one"));
            Assert.That(Lines(operation), Does.Contain($"[safe] The 200 answer now has required fields: {string.Join(", ", userRequired)}"));
            Assert.That(Lines(operation), Does.Contain("[breaking] The 200 answer no longer has these fields (stop reading them): message"));
        });
    }

    [TestCaseSource(nameof(DfnsOperations))]
    public void AppIdAndNonceHeadersNoLongerRequired(string operation)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines(operation), Does.Contain("[breaking] Stop sending header X-DFNS-APPID (security scheme applicationId): no longer required"));
            Assert.That(Lines(operation), Does.Contain("[breaking] Stop sending header X-DFNS-NONCE (security scheme requestNonce): no longer required"));
            Assert.That(Lines(operation), Has.None.Contains("Authorization").And.None.Contains("X-DFNS-USERACTION"), "the bearer token and the user action stay");
        });
    }

    [Test]
    public void ChangedAnswersAreSaid()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Lines("credentials.list"), Does.Contain("[safe] The 200 answer now has required fields: items[].origin, items[].publicKey, items[].relyingPartyId"));
            Assert.That(Lines("auth.action.init"), Has.Some.StartsWith("[safe] The 200 answer now has required fields: ").And.Some.Contains("attestation, externalAuthenticationUrl, rp.id, rp.name"));
            Assert.That(Lines("credentials.activate"), Does.Contain("[breaking] These statuses are no longer documented (do not rely on them): 400, 401, 403, 404, 500"));
            Assert.That(Lines(null), Does.Contain("[breaking] When the bearer token (Authorization: Bearer) is missing, the documented answer is now status 401 (was status 401 with message \"Not Authorized.\")"));
        });
    }

    [Test]
    public void EveryLineIsClassifiedByItsRulesAndReadsWithoutPointers()
    {
        var severities = DiffRuleCatalogue.All.ToDictionary(r => r.Id, r => r.Severity);
        var lines = note.Sections.SelectMany(s => s.Lines).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.GreaterThan(40));
            foreach (var line in lines)
            {
                Assert.That(line.RuleIds.Select(r => severities[r]), Has.All.EqualTo(line.Severity), line.Text);
                Assert.That(line.Text, Does.Not.Match(@"~1|#/|/paths/|/components/|x-conformance"), "plain words, no pointers");
            }

            var consoleLines = text.Split('\n').Where(l => l.StartsWith("  [", StringComparison.Ordinal)).ToList();
            var clientLines = consoleLines.Take(lines.Count).ToList();
            Assert.That(clientLines, Has.All.Match(@"^  \[(breaking|risky|safe)\] \S.*  \([a-z.-]+[,;]"), "each step: its classification, its words, its rule and lines");
            Assert.That(consoleLines.Skip(lines.Count), Has.All.Match(@"^  \[(breaking|risky|safe)\] [a-z.-]+ x\d+$"), "the suite's changes: classification, rule, count");
        });
    }

    /// <summary>Nothing of the diff is lost: every change is a line of its operation, or counted with the suite's.</summary>
    [Test]
    public void EveryChangeIsInTheNote()
    {
        var forClients = diff.Changes.Where(c => !SuiteOnlyRules.Contains(c.RuleId) && c.Steps is not { Count: 0 }).ToList();
        Assert.Multiple(() =>
        {
            foreach (var change in forClients)
            {
                var lines = Lines(change.OperationSlug);
                foreach (var step in change.Steps ?? [new ClientStep(change.Message)])
                {
                    var head = step.Item is null ? step.Text : step.Text + ": ";
                    Assert.That(lines, Has.Some.Contains(head), $"{change.RuleId}: {change.Message}");
                    if (step.Item is { } item) Assert.That(lines.Single(l => l.Contains(head, StringComparison.Ordinal)), Does.Contain(item));
                }
            }

            Assert.That(note.SuiteOnly.Sum(s => s.Count), Is.EqualTo(diff.Changes.Count - forClients.Count), "the rest is counted with the suite's");
            Assert.That(forClients.Select(c => c.RuleId), Does.Contain("operation.moved").And.Contain("request.field.moved-into-path").And.Contain("security.requirement.removed").And.Contain("request.body.removed"));
        });
    }

    [Test]
    public void MarkdownHasASectionPerOperationAndClassifiedBullets()
    {
        var md = new MigrationMarkdownRenderer().Render(diff);
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.StartWith("### Migration note: `"));
            Assert.That(md, Does.Contain("#### PUT /auth/users/{userId}/activate (users.activate)"));
            Assert.That(md, Does.Contain("- **breaking** — Send PUT /auth/users/{userId}/activate instead of PUT /auth/manage/users/activate (operation.moved; old line "));
            Assert.That(md, Does.Contain("- risky — Stop sending a request body"));
            Assert.That(BulletCount().Count(md), Is.EqualTo(note.Sections.Sum(s => s.Lines.Count) + note.SuiteOnly.Count));
        });
    }

    /// <summary>The console lines of one operation's section (null: every operation), without their references.</summary>
    private List<string> Lines(string? operation)
    {
        var section = note.Sections.SingleOrDefault(s => operation is null ? s.Heading == MigrationNote.EveryOperation : s.Heading.EndsWith($"({operation})", StringComparison.Ordinal));
        Assert.That(section, Is.Not.Null, $"no section for {operation ?? "every operation"}");
        return section!.Lines.Select(l => $"[{DiffRenderers.Name(l.Severity)}] {l.Text}").ToList();
    }

    [GeneratedRegex(@"^- ", RegexOptions.Multiline)]
    private static partial Regex BulletCount();
}
