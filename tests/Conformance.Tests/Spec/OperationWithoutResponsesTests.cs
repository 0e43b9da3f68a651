using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>
/// OpenAPI 3.1 makes an operation's <c>responses</c> optional (§4.8.10): such an operation loads
/// (NSwag alone would drop its whole path), with a located problem saying it documents none.
/// </summary>
[TestFixture]
public sealed class OperationWithoutResponsesTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: T, version: '1' }
        paths:
          /a:
            get:
              operationId: a.get
            post:
              operationId: a.post
              responses: { '201': { description: made } }
          /b:
            get:
              operationId: b.get
              responses: { '200': { description: ok } }
        """;

    [Test]
    public void OperationWithoutResponses_LoadsWithALocatedProblem()
    {
        var document = SpecLoader.Parse(Spec, "t.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(document.Operations.Select(o => o.Slug), Is.EquivalentTo(new[] { "a.get", "a.post", "b.get" }), "nothing dropped");
            Assert.That(document.FindOperation("a.get")!.Responses, Is.Empty);
            Assert.That(document.Problems.Select(p => p.ToString()), Is.EqualTo(new[] { "t.yaml:5: /paths/~1a/get: operation documents no response" }));
            Assert.That(document.Root["paths"]!["/a"]!["get"]!.AsObject().ContainsKey("responses"), Is.False, "the document is kept as written");
        });
    }
}
