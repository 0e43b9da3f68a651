using Conformance.Checks;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Tests.Checks;

/// <summary>
/// Non-JSON bodies are judged by their media type and, where the spec gives a schema that
/// describes text, by it; never parsed as JSON. An operation that documents no response has no
/// undocumented status either.
/// </summary>
[TestFixture]
public sealed class MediaTypeJudgementTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Media, version: 1.0.0 }
        paths:
          /words:
            get:
              operationId: words.get
              responses:
                '200':
                  description: a word, as text or XML
                  content:
                    text/plain: { schema: { type: string, maxLength: 5 } }
                    application/xml: { schema: { type: object, properties: { word: { type: string } } } }
          /files:
            get:
              operationId: files.get
              responses:
                '200':
                  description: the bytes
                  content:
                    application/octet-stream: { schema: { type: string, format: binary } }
          /texts:
            get:
              operationId: texts.get
              responses:
                '200':
                  description: any text
                  content:
                    text/*: { schema: { type: string } }
          /bare:
            get:
              operationId: bare.get
        """;

    private static readonly ApiDocument Document = SpecLoader.Parse(Spec, "media.yaml");

    private static Scenario Positive(string slug) => ScenarioGenerator.Generate(Document).Single(s => s.Id == $"media.{slug}/positive/valid-request");

    private static IReadOnlyList<CheckOutcome> Judge(string check, string slug, string? mediaType, string body)
    {
        var scenario = Positive(slug);
        var evidence = new EvidenceBuilder().Exchanges(ExchangeBuilder.To(scenario.Operation).Status(200).Body(mediaType, body)).Build();
        return CheckRegistry.Get(check).Evaluate(new CheckContext(scenario, evidence, Document)).ToList();
    }

    [TestCase("text/plain; charset=utf-8", "hello", CheckStatus.Pass)]
    [TestCase("text/plain", "hello, world", CheckStatus.Fail)]
    [TestCase("text/plain", "{\"not\": \"json\"", CheckStatus.Fail)]
    public void TextBody_IsValidatedAsTheStringItIs(string mediaType, string body, CheckStatus expected)
    {
        var outcomes = Judge(CheckNames.ResponseSchema, "words.get", mediaType, body);

        Assert.That(outcomes.Select(o => o.Status), Is.EqualTo(new[] { expected }), string.Join("; ", outcomes));
        if (expected == CheckStatus.Fail) Assert.That(outcomes[0].Actual, Does.Not.Contain("not JSON"));
    }

    [TestCase("words.get", "application/xml", "<word>hi</word>")]
    [TestCase("files.get", "application/octet-stream", "\u0001\u0002binary")]
    public void BodyItsSchemaCannotDescribe_IsJudgedByMediaTypeOnly(string slug, string mediaType, string body)
    {
        var schema = Judge(CheckNames.ResponseSchema, slug, mediaType, body).Single();
        var contentType = Judge(CheckNames.ContentType, slug, mediaType, body).Single();

        Assert.Multiple(() =>
        {
            Assert.That(schema.Status, Is.EqualTo(CheckStatus.Skip));
            Assert.That(schema.Title, Does.Contain("judged by its media type only"));
            Assert.That(contentType.Status, Is.EqualTo(CheckStatus.Pass));
        });
    }

    [Test]
    public void UndocumentedMediaType_FailsTheContentType_AndIsNotParsedAsAnother()
    {
        var contentType = Judge(CheckNames.ContentType, "files.get", "application/json", "{\"a\":1}").Single();
        var schema = Judge(CheckNames.ResponseSchema, "files.get", "application/json", "{\"a\":1}").Single();

        Assert.Multiple(() =>
        {
            Assert.That(contentType.Status, Is.EqualTo(CheckStatus.Fail));
            Assert.That(contentType.Expected, Is.EqualTo("application/octet-stream"));
            Assert.That(schema.Status, Is.EqualTo(CheckStatus.Skip));
        });
    }

    [TestCase("text/csv", CheckStatus.Pass)]
    [TestCase("text/html; charset=utf-8", CheckStatus.Pass)]
    [TestCase("application/json", CheckStatus.Fail)]
    public void DocumentedRange_CoversItsTypes(string mediaType, CheckStatus expected)
    {
        var outcome = Judge(CheckNames.ContentType, "texts.get", mediaType, "a,b").Single();

        Assert.That(outcome.Status, Is.EqualTo(expected));
    }

    [Test]
    public void OperationWithoutResponses_AnyStatusIsAGap_NotAFailure()
    {
        var outcome = Judge(CheckNames.StatusDocumented, "bare.get", "application/json", "{}").Single();

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Status, Is.EqualTo(CheckStatus.Gap));
            Assert.That(outcome.Title, Is.EqualTo("the documents list no response for GET /bare"));
        });
    }

    [TestCase("application/json", true)]
    [TestCase("application/problem+json; charset=utf-8", true)]
    [TestCase("text/json", true)]
    [TestCase("application/x-ndjson", false)]
    [TestCase("text/plain", false)]
    [TestCase(null, false)]
    public void IsJson(string? mediaType, bool expected)
    {
        Assert.That(MediaTypes.IsJson(mediaType), Is.EqualTo(expected));
    }
}
