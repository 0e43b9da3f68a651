using Conformance.Execution;
using Conformance.Spec;
using System.Text.Json.Nodes;

namespace Conformance.Tests.Spec;

/// <summary>Fields whose values are secrets come from the spec (format: password, writeOnly, x-sensitive), not from C#.</summary>
[TestFixture]
public sealed class SensitiveFieldsTests
{
    [Test]
    public void TheVendorSpecsMarkACredentialsPasswordAndContentAndTheIssuedTokens()
    {
        var senha = SpecLoader.Load(SpecFiles.Senhasegura);
        var dfns = SpecLoader.Load(SpecFiles.Dfns);

        Assert.Multiple(() =>
        {
            Assert.That(senha.FindOperation("credentials.get")!.SensitiveFields, Is.EquivalentTo(new[] { "password", "content" }));
            Assert.That(senha.FindOperation("credentials.enable")!.SensitiveFields, Is.Empty);
            Assert.That(dfns.FindOperation("auth.action.complete")!.SensitiveFields, Does.Contain("userAction"));
            Assert.That(dfns.FindOperation("auth.action.init")!.SensitiveFields, Does.Contain("encryptedPrivateKey"));
        });
    }

    [Test]
    public void EachMarkerCountsThroughReferencesCombinatorsAndArrays()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: t, version: '1' }
            paths:
              /things/{id}:
                get:
                  operationId: things.get
                  parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            allOf:
                              - $ref: '#/components/schemas/Thing'
                              - type: object
                                properties:
                                  keys: { type: array, items: { type: object, properties: { pem: { type: string, x-sensitive: true } } } }
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    name: { type: string }
                    pin: { type: string, format: password }
                    recovery: { type: string, writeOnly: true }
                    self: { $ref: '#/components/schemas/Thing' }
            """;

        var document = SpecLoader.Parse(spec, "things.yaml");

        Assert.That(document.FindOperation("things.get")!.SensitiveFields, Is.EquivalentTo(new[] { "pin", "recovery", "pem" }));
    }

    [Test]
    public void ValuesOfMarkedFieldsAreFoundInTheAnswerOfTheirOperationOnly()
    {
        var senha = SpecLoader.Load(SpecFiles.Senhasegura);
        var finder = new SpecSensitiveValues([senha]);
        var body = JsonNode.Parse("""{"code":200,"credential":{"id":"11","username":"u","password":"p4ss-w0rd-x","content":"c0ntent-x"}}""")!;

        Assert.Multiple(() =>
        {
            Assert.That(finder.Find("GET", "http://127.0.0.1:1/api/pam/credential/11", 200, body), Is.EquivalentTo(new[] { "p4ss-w0rd-x", "c0ntent-x" }));
            Assert.That(finder.Find("PUT", "http://127.0.0.1:1/api/pam/credential/11", 200, body), Is.Empty, "enable's answer has no marked field");
            Assert.That(finder.Find("GET", "http://127.0.0.1:1/elsewhere", 200, body), Is.Empty);
        });
    }
}
