using Conformance.Scenarios;
using Conformance.Scenarios.Plans;
using Conformance.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>Undocumented-method scenarios: only the method is wrong, and only where no other template answers it.</summary>
[TestFixture]
public sealed class MethodScenariosTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Videos, version: 1.0.0 }
        paths:
          /videos/characters:
            post:
              operationId: characters.create
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { type: object, required: [name], properties: { name: { type: string } } }
              responses: { '201': { description: made } }
          /videos/{video_id}:
            get:
              operationId: videos.get
              parameters: [ { name: video_id, in: path, required: true, schema: { type: string } } ]
              responses: { '200': { description: ok } }
        """;

    private static readonly IReadOnlyDictionary<string, Scenario> ById =
        ScenarioGenerator.Generate(SpecLoader.Parse(Spec, "videos.yaml")).Where(s => s.Class == ScenarioClasses.Method).ToDictionary(s => s.Id);

    [Test]
    public void Generate_MethodAnOverlappingTemplateDocuments_IsLeftOut()
    {
        // GET /videos/characters is GET /videos/{video_id} with video_id = characters: documented.
        Assert.That(ById.Keys, Is.EquivalentTo(new[]
        {
            "videos.characters.create/method/put",
            "videos.characters.create/method/delete",
            "videos.characters.create/method/patch",
            "videos.videos.get/method/put",
            "videos.videos.get/method/post",
            "videos.videos.get/method/delete",
            "videos.videos.get/method/patch",
        }));
    }

    [TestCase("videos.characters.create/method/delete")]
    public void Generate_BodilessMethod_SendsNoBody(string id)
    {
        var request = ((SingleRequestPlan)ById[id].Plan).Request;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Method, Is.EqualTo("DELETE"));
            Assert.That(request.HasBody, Is.False, "no body on DELETE");
            Assert.That(request.ContentType, Is.Null, "no Content-Type without a body");
        }
    }

    [TestCase("videos.characters.create/method/put", "PUT")]
    [TestCase("videos.characters.create/method/patch", "PATCH")]
    public void Generate_MethodWithBody_KeepsTheValidBody(string id, string method)
    {
        var request = ((SingleRequestPlan)ById[id].Plan).Request;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Method, Is.EqualTo(method));
            Assert.That(request.BodyText(null), Does.Contain("\"name\""), "only the method is wrong");
            Assert.That(request.ContentType, Is.EqualTo("application/json"));
        }
    }
}
