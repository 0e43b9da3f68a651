using Conformance.Diff;
using Conformance.Diff.Comparers;
using Conformance.Diff.Rendering;
using Conformance.Spec;
using Conformance.Spec.Vocabulary;

namespace Conformance.Diff.Tests;

/// <summary>
/// The rules behind the migration note on small specs: pairing by operationId across paths, a body
/// field moved into the path, the wording of security and answers, and the note's grouping.
/// </summary>
[TestFixture]
public sealed class MigrationRuleTests
{
    private const string Pair = "mini-operation-moved-field-into-path";

    [Test]
    public void SameOperationIdOnAnotherPathIsOneMovedOperation()
    {
        var moved = CorpusDiffs.Of(Pair).Changes.Single(c => c.RuleId == "operation.moved" && c.OperationSlug == "things.activate");
        Assert.Multiple(() =>
        {
            Assert.That(moved.Severity, Is.EqualTo(ChangeSeverity.Breaking));
            Assert.That(moved.Message, Is.EqualTo("PUT /things/activate moved to PUT /things/{thingId}/activate (things.activate)"));
            Assert.That(moved.OldLocation!.Pointer, Is.EqualTo("/paths/~1things~1activate/put"));
            Assert.That(moved.NewLocation!.Pointer, Is.EqualTo("/paths/~1things~1{thingId}~1activate/put"));
            Assert.That(moved.Steps!.Single().Text, Is.EqualTo("Send PUT /things/{thingId}/activate instead of PUT /things/activate"));
        });
    }

    [Test]
    public void MovedAndRenamedIsStillARemovalAndAnAddition()
    {
        var changes = CorpusDiffs.Of(Pair).Changes;
        Assert.Multiple(() =>
        {
            Assert.That(changes.Where(c => c.OperationSlug == "things.old").Select(c => c.RuleId), Is.EqualTo(new[] { "operation.removed" }));
            Assert.That(changes.Where(c => c.OperationSlug == "things.new").Select(c => c.RuleId), Is.EqualTo(new[] { "operation.added" }));
        });
    }

    [Test]
    public void SamePathAndMethodWinOverOperationId()
    {
        // Old /a (id x) and /b (id y); new /a (id y) and /b (id x): the endpoints are the pairs, the ids renamed.
        var diff = Compare(
            Spec(("/a", "x"), ("/b", "y")),
            Spec(("/a", "y"), ("/b", "x")));
        Assert.That(diff.Changes.Select(c => c.RuleId), Is.EqualTo(new[] { "operation.id.changed", "operation.id.changed" }));
    }

    [Test]
    public void BodyFieldBecomingThePathParameterIsMovedIntoThePath()
    {
        var change = CorpusDiffs.Of(Pair).Changes.Single(c => c.RuleId == "request.field.moved-into-path");
        Assert.Multiple(() =>
        {
            Assert.That(change.OperationSlug, Is.EqualTo("things.activate"));
            Assert.That(change.Severity, Is.EqualTo(ChangeSeverity.Breaking));
            Assert.That(change.OldLocation!.Pointer, Is.EqualTo("/components/schemas/ThingRef/properties/thingId"));
            Assert.That(change.Steps!.Single().Text, Is.EqualTo("The request body field 'thingId' moved into the path: put it in /things/{thingId}/activate"));
        });
    }

    [Test]
    public void PathParameterTheBodyNeverHadIsARequiredParameter()
    {
        var changes = CorpusDiffs.Of(Pair).Changes.Where(c => c.OperationSlug == "things.archive").Select(c => c.RuleId);
        Assert.That(changes, Does.Contain("request.parameter.required.added").And.No.Contain("request.field.moved-into-path"));
    }

    [Test]
    public void FieldStillInTheNewBodyIsNoMove()
    {
        // The new path names thingId, and the new body still carries thingId: a new parameter, not a move.
        const string Body = "      requestBody: {required: true, content: {application/json: {schema: {type: object, properties: {thingId: {type: string}}}}}}\n";
        var old = Mini("/things/activate", Body);
        var @new = Mini("/things/{thingId}/activate", "      parameters: [{name: thingId, in: path, required: true, schema: {type: string}}]\n" + Body);
        var rules = Compare(old, @new).Changes.Select(c => c.RuleId);
        Assert.That(rules, Does.Contain("request.parameter.required.added").And.No.Contain("request.field.moved-into-path"));
    }

    [TestCase("apiKey", "header", "X-DFNS-NONCE", null, "header X-DFNS-NONCE (security scheme s)")]
    [TestCase("apiKey", "query", "key", null, "query parameter 'key' (security scheme s)")]
    [TestCase("http", null, null, "Bearer", "the bearer token (Authorization: Bearer)")]
    [TestCase("http", null, null, "basic", "Authorization: basic credentials")]
    [TestCase("oauth2", null, null, null, "the OAuth 2.0 token of scheme s")]
    public void CredentialsAreNamedAsSentOnTheWire(string type, string? @in, string? name, string? scheme, string expected)
    {
        var s = new ApiSecurityScheme("s", type, scheme, @in, name, null, new AuthBinding(AuthKind.Unsupported, null, []), null, null, []);
        Assert.That(ClientSteps.Credential("s", s), Is.EqualTo(expected));
    }

    [Test]
    public void SecurityStepsSayWhatToSendAndWhatToStopSending()
    {
        var old = SecuredMini("[{bearer: [], nonce: []}]");
        var @new = SecuredMini("[{bearer: [], userAction: []}]");
        var change = Compare(old, @new).Changes.Single(c => c.RuleId == "security.requirement.changed");
        Assert.That(change.Steps!.Select(s => s.Text), Is.EqualTo(new[]
        {
            "Send header X-USER-ACTION (security scheme userAction): now required",
            "Stop sending header X-NONCE (security scheme nonce): no longer required",
        }));
    }

    [Test]
    public void AnswerStepOnlyWhenStatusOrMessageChanged()
    {
        var strict = new Expectation(StatusMatcher.Exactly(401), "Not Authorized.", MessageLevel: RequirementLevel.Must);
        Assert.Multiple(() =>
        {
            Assert.That(ClientSteps.ForAnswer("when x", strict, strict with { MessageLevel = RequirementLevel.Should }), Is.Empty, "how strictly the suite judges is no client step");
            Assert.That(ClientSteps.ForAnswer("when x", strict, strict with { Message = null }).Single().Text, Is.EqualTo("When x, the documented answer is now status 401 (was status 401 with message \"Not Authorized.\")"));
        });
    }

    [Test]
    public void NoteGroupsListedStepsAndSaysARepeatedStepOnce()
    {
        SpecChange Change(string rule, ChangeSeverity severity, params ClientStep[] steps) =>
            new(rule, severity, "op", [], null, null, "message of " + rule, steps);
        var diff = new SpecDiff("old.yaml", "new.yaml",
            [
                Change("response.property.removed", ChangeSeverity.Breaking, new ClientStep("The 200 answer no longer has these fields", "a")),
                Change("semantics.unknown-id.changed", ChangeSeverity.Breaking, new ClientStep("When the id names nothing, the answer is 404")),
                Change("requirement.expect.changed", ChangeSeverity.Breaking, new ClientStep("When the id names nothing, the answer is 404")),
                Change("response.property.removed", ChangeSeverity.Breaking, new ClientStep("The 200 answer no longer has these fields", "b")),
                Change("response.property.added", ChangeSeverity.Safe, new ClientStep("The 200 answer now has required fields", "c")),
                Change("requirement.source.changed", ChangeSeverity.Safe),
                Change("requirement.expect.changed", ChangeSeverity.Breaking),
            ],
            new HashSet<string>(),
            new Dictionary<string, string> { ["op"] = "PUT /op" });
        var note = MigrationNote.Build(diff);
        Assert.Multiple(() =>
        {
            Assert.That(note.Sections.Single().Heading, Is.EqualTo("PUT /op (op)"));
            Assert.That(note.Sections.Single().Lines.Select(l => (l.Severity, l.Text, string.Join(",", l.RuleIds))), Is.EqualTo(new[]
            {
                (ChangeSeverity.Breaking, "The 200 answer no longer has these fields: a, b", "response.property.removed"),
                (ChangeSeverity.Breaking, "When the id names nothing, the answer is 404", "semantics.unknown-id.changed,requirement.expect.changed"),
                (ChangeSeverity.Safe, "The 200 answer now has required fields: c", "response.property.added"),
            }));
            Assert.That(note.SuiteOnly, Is.EquivalentTo(new[] { ("requirement.expect.changed", ChangeSeverity.Breaking, 1), ("requirement.source.changed", ChangeSeverity.Safe, 1) }));
        });
    }

    [Test]
    public void AChangeWithoutWordsOfItsOwnShowsItsMessage()
    {
        var diff = new SpecDiff("o", "n", [new SpecChange("envelope.changed", ChangeSeverity.Breaking, null, [], null, null, "x-envelope.applies-to 'a' → 'b'")], new HashSet<string>());
        var line = MigrationNote.Build(diff).Sections.Single().Lines.Single();
        Assert.That((line.Text, MigrationNote.Build(diff).Sections.Single().Heading), Is.EqualTo(("x-envelope.applies-to 'a' → 'b'", MigrationNote.EveryOperation)));
    }

    private static SpecDiff Compare(string old, string @new) =>
        SpecDiffer.Compare(SpecLoader.Parse(old, "old.yaml"), SpecLoader.Parse(@new, "new.yaml"));

    private static string Spec(params (string Path, string Id)[] operations) =>
        "openapi: 3.1.0\ninfo: {title: mini, version: '1'}\npaths:\n"
        + string.Concat(operations.Select(o => $"  {o.Path}:\n    get:\n      operationId: {o.Id}\n      responses: {{'200': {{description: ok}}}}\n"));

    private static string Mini(string path, string body) =>
        $"openapi: 3.1.0\ninfo: {{title: mini, version: '1'}}\npaths:\n  {path}:\n    put:\n      operationId: things.activate\n{body}      responses: {{'200': {{description: ok}}}}\n";

    private static string SecuredMini(string security) => $$$"""
        openapi: 3.1.0
        info: {title: mini, version: '1'}
        paths:
          /a:
            get:
              operationId: a.get
              security: {{{security}}}
              responses: {'200': {description: ok}}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
            nonce: {type: apiKey, in: header, name: X-NONCE}
            userAction: {type: apiKey, in: header, name: X-USER-ACTION}
        """;
}
