using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>OpenAPI's routing of a concrete path: whole-path templates, concrete segments first.</summary>
[TestFixture]
public sealed class OperationRouterTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Router, version: 1.0.0 }
        paths:
          /videos/{video_id}:
            get: { operationId: videos.get, responses: { '200': { description: ok } } }
            delete: { operationId: videos.delete, responses: { '204': { description: gone } } }
          /videos/characters:
            post: { operationId: characters.create, responses: { '201': { description: made } } }
          /videos/{video_id}/parts/list:
            get: { operationId: parts.list, responses: { '200': { description: ok } } }
          /videos/{video_id}/parts/{part}:
            get: { operationId: parts.get, responses: { '200': { description: ok } } }
          /{tenant}/parts/list:
            get: { operationId: tenant.parts, responses: { '200': { description: ok } } }
          /files/{name}.json:
            get: { operationId: files.json, responses: { '200': { description: ok } } }
          /files/{name}:
            get: { operationId: files.get, responses: { '200': { description: ok } } }
          /:
            get: { operationId: root, responses: { '200': { description: ok } } }
        """;

    private static readonly ApiDocument Document = SpecLoader.Parse(Spec, "router.yaml");

    private static string? Find(string method, string path) => OperationRouter.For(Document).Find(method, path)?.Slug;

    [TestCase("GET", "/videos/characters", "videos.get")]
    [TestCase("POST", "/videos/characters", "characters.create")]
    [TestCase("DELETE", "/videos/characters", "videos.delete")]
    [TestCase("POST", "/videos/42", null)]
    public void Find_ConcretePathWithoutTheMethod_FallsToTheTemplate(string method, string path, string? expected)
    {
        Assert.That(Find(method, path), Is.EqualTo(expected));
    }

    [TestCase("/videos/7/parts/list", "parts.list")]
    [TestCase("/videos/7/parts/3", "parts.get")]
    [TestCase("/videos/parts/list", "tenant.parts")]
    [TestCase("/x/parts/list", "tenant.parts")]
    public void Find_LeftmostConcreteSegment_Wins(string path, string expected)
    {
        // /videos/7/parts/list is an instance of parts.list and of parts.get: the literal 'list' wins.
        Assert.That(Find("GET", path), Is.EqualTo(expected));
    }

    // Paths of other lengths between a template and its concrete counterpart never change the
    // precedence (Twilio's Usa2p/{Sid} before /v1/Services before Usa2p/Usecases once did).
    private const string Interleaved = """
        openapi: 3.1.0
        info: { title: Router, version: 1.0.0 }
        paths:
          /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}:
            get: { operationId: usa2p.fetch, responses: { '200': { description: ok } } }
          /v1/Services:
            get: { operationId: services.list, responses: { '200': { description: ok } } }
          /v1/Services/{Sid}:
            get: { operationId: services.fetch, responses: { '200': { description: ok } } }
          /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases:
            get: { operationId: usecases.fetch, responses: { '200': { description: ok } } }
          /v1/Services/Usecases:
            get: { operationId: services.usecases, responses: { '200': { description: ok } } }
        """;

    [TestCase("/v1/Services/MG1/Compliance/Usa2p/Usecases", "usecases.fetch")]
    [TestCase("/v1/Services/MG1/Compliance/Usa2p/QE1", "usa2p.fetch")]
    [TestCase("/v1/Services/Usecases", "services.usecases")]
    [TestCase("/v1/Services/MG1", "services.fetch")]
    [TestCase("/v1/Services", "services.list")]
    public void Find_ConcreteSegmentWins_WhateverPathsLieBetween(string path, string expected)
    {
        var document = SpecLoader.Parse(Interleaved, "interleaved.yaml");

        Assert.That(OperationRouter.For(document).Find("GET", path)?.Slug, Is.EqualTo(expected));
    }

    [TestCase("/files/report.json", "files.json")]
    [TestCase("/files/report.xml", "files.get")]
    [TestCase("/files/.json", "files.get")]
    public void Find_PartlyTemplatedSegment_BeatsAWholeParameter(string path, string expected)
    {
        Assert.That(Find("GET", path), Is.EqualTo(expected));
    }

    [TestCase("/videos/42/", "videos.get")]
    [TestCase("/videos/42?expand=true", "videos.get")]
    [TestCase("/videos/a%20b", "videos.get")]
    [TestCase("/", "root")]
    public void Find_TrailingSlashQueryAndEncoding_AreIgnored(string path, string expected)
    {
        Assert.That(Find("GET", path), Is.EqualTo(expected));
    }

    [TestCase("/videos")]
    [TestCase("/videos/42/parts")]
    [TestCase("/api/videos/42")]
    [TestCase("/videos//parts/list")]
    public void Find_NoWholePathTemplate_IsNull(string path)
    {
        Assert.That(Find("GET", path), Is.Null);
    }

    [Test]
    public void Overlapping_ConcretePathAnsweredByATemplate()
    {
        var router = OperationRouter.For(Document);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(router.Overlapping("GET", "/videos/characters")?.Slug, Is.EqualTo("videos.get"));
            Assert.That(router.Overlapping("DELETE", "/videos/characters")?.Slug, Is.EqualTo("videos.delete"));
            Assert.That(router.Overlapping("PUT", "/videos/characters"), Is.Null, "no template documents PUT");
            Assert.That(router.Overlapping("POST", "/videos/{video_id}"), Is.Null, "a concrete path does not answer every id");
            Assert.That(router.Overlapping("GET", "/videos/{video_id}"), Is.Null, "its own path is not another");
        }
    }
}
