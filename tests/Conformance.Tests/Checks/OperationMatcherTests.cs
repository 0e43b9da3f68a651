using Conformance.Checks;
using Conformance.Spec;
using Conformance.Tests.Scenarios;

namespace Conformance.Tests.Checks;

/// <summary>Which documented operation a recorded request went to.</summary>
[TestFixture]
public sealed class OperationMatcherTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Matcher, version: 1.0.0 }
        paths:
          /items/{id}:
            get: { operationId: items.get, responses: { '200': { description: ok } } }
            delete: { operationId: items.delete, responses: { '204': { description: gone } } }
          /items/list:
            get: { operationId: items.list, responses: { '200': { description: ok } } }
          /items/{id}/parts/{part}:
            get: { operationId: parts.get, responses: { '200': { description: ok } } }
          /export:
            get: { operationId: export.get, responses: { '200': { description: ok } } }
        """;

    private static readonly ApiDocument Document = SpecLoader.Parse(Spec, "matcher.yaml");

    private static string? Find(string method, string url) => OperationMatcher.For(Document).Find(method, url)?.Slug;

    [Test]
    public void Find_LiteralSegment_BeatsParameter()
    {
        Assert.That(Find("GET", "http://127.0.0.1:1/items/list"), Is.EqualTo("items.list"));
    }

    [TestCase("http://127.0.0.1:1/items/42", "items.get")]
    [TestCase("http://127.0.0.1:1/items/42/", "items.get")]
    [TestCase("http://127.0.0.1:1/items/42?expand=true", "items.get")]
    [TestCase("http://127.0.0.1:1/items/42/parts/7", "parts.get")]
    [TestCase("/items/42", "items.get")]
    public void Find_ParameterSegment_MatchesAnyValue(string url, string expected)
    {
        Assert.That(Find("GET", url), Is.EqualTo(expected));
    }

    [TestCase("http://127.0.0.1:1/api/v1/items/42", "/api/v1", "items.get")]
    [TestCase("http://127.0.0.1:1/api/v1/items/list", "/api/v1/", "items.list")]
    [TestCase("http://127.0.0.1:1/api/v1/", "/api/v1", null)]
    [TestCase("http://127.0.0.1:1/base/items/list", "/base", "items.list")]
    public void Find_TargetBasePath_IsTakenOff(string url, string basePath, string? expected)
    {
        Assert.That(OperationMatcher.For(Document, basePath).Find("GET", url)?.Slug, Is.EqualTo(expected));
    }

    [TestCase("http://127.0.0.1:1/api/v1/items/42")]
    [TestCase("http://127.0.0.1:1/base/items/list")]
    public void Find_PrefixThatIsNotTheTargetBasePath_IsNoOperation(string url)
    {
        // Before: any prefix was tolerated, so a request outside the target matched an operation.
        Assert.That(Find("GET", url), Is.Null);
    }

    [TestCase("http://127.0.0.1:1/api/v10/items/42")]
    [TestCase("http://127.0.0.1:1/other/items/42")]
    public void Find_OutsideTheTargetBasePath_IsNoOperation(string url)
    {
        Assert.That(OperationMatcher.For(Document, "/api/v1").Find("GET", url), Is.Null);
    }

    [TestCase("DELETE", "items.delete")]
    [TestCase("delete", "items.delete")]
    [TestCase("GET", "items.get")]
    [TestCase("PUT", null)]
    [TestCase("POST", null)]
    public void Find_MethodMustMatch(string method, string? expected)
    {
        Assert.That(Find(method, "http://127.0.0.1:1/items/42"), Is.EqualTo(expected));
    }

    [TestCase("http://127.0.0.1:1/items")]
    [TestCase("http://127.0.0.1:1/items/42/parts")]
    [TestCase("http://127.0.0.1:1/other/42")]
    [TestCase("http://127.0.0.1:1/items/42/extra")]
    public void Find_UndocumentedPath_IsNull(string url)
    {
        Assert.That(Find("GET", url), Is.Null);
    }

    [TestCase("PUT", "/auth/credentials/activate", "credentials.activate")]
    [TestCase("POST", "/auth/action/init", "auth.action.init")]
    [TestCase("POST", "/auth/action", "auth.action.complete")]
    [TestCase("GET", "/auth/credentials", "credentials.list")]
    [TestCase("GET", "/auth/users/us-24vwa-92s33", "users.get")]
    [TestCase("GET", "/auth/credentials/activate", null)]
    public void Find_DfnsRequests(string method, string path, string? expected)
    {
        var found = OperationMatcher.For(VendorScenarios.DfnsDocument).Find(method, ExchangeBuilder.BaseUrl + path);

        Assert.That(found?.Slug, Is.EqualTo(expected));
    }

    [Test]
    public void For_SameDocument_SameMatcher()
    {
        var first = OperationMatcher.For(Document);
        var second = OperationMatcher.For(Document);

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Find_ExactTemplateMatch_BeatsAMatchThatNeedsABasePath()
    {
        Assert.That(Find("GET", "http://127.0.0.1:1/items/export"), Is.EqualTo("items.get"));
    }

    [Test]
    public void For_DifferentBasePaths_DifferentMatchers()
    {
        Assert.That(OperationMatcher.For(Document, "/api"), Is.Not.SameAs(OperationMatcher.For(Document)));
    }

    [TestCase("https://host/", "")]
    [TestCase("https://host", "")]
    [TestCase("https://host/api/v1", "/api/v1")]
    [TestCase("https://host/api/v1/", "/api/v1")]
    public void BasePathOf_TargetUrl(string target, string expected)
    {
        Assert.That(OperationMatcher.BasePathOf(new Uri(target)), Is.EqualTo(expected));
    }
}
