using System.Text.Json.Nodes;
using Conformance.Scenarios;
using Conformance.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>Each constraint of a request schema yields the request that breaks it, and only it.</summary>
[TestFixture]
public sealed class SchemaViolationsTests
{
    private const string Spec = """
        openapi: 3.1.0
        info: { title: Constraints, version: 1.0.0 }
        paths:
          /things/{thingId}:
            put:
              operationId: things.update
              parameters:
                - { name: thingId, in: path, required: true, schema: { type: integer, minimum: 1 } }
                - { name: slot, in: path, required: true, schema: { type: string } }
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      type: object
                      additionalProperties: false
                      required: [name, kind, code, count, ratio, enabled]
                      properties:
                        name: { type: string, minLength: 2, maxLength: 12 }
                        kind: { type: string, enum: [small, large] }
                        code: { type: string, pattern: '^[A-Z]{3}$' }
                        count: { type: integer, minimum: 1, maximum: 10 }
                        ratio: { type: number, minimum: 0.5 }
                        enabled: { type: boolean }
                        note: { type: string }
              responses:
                '200': { description: ok }
          /open:
            post:
              operationId: open.create
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        label: { type: string }
              responses:
                '200': { description: ok }
          /bare:
            get:
              operationId: bare.get
              responses:
                '200': { description: ok }
        """;

    private static readonly ApiDocument Document = SpecLoader.Parse(Spec, "constraints.yaml");

    private static (ApiOperation Operation, RequestTemplate Valid, List<SchemaViolation> Violations) Violate(string operationId)
    {
        var operation = Document.FindOperation(operationId)!;
        var valid = new GenerationContext(Document, GeneratorOptions.Default).ValidRequest(operation);
        // The code constraint is a pattern the sample cannot meet on its own; use a matching value.
        if (valid.Body is JsonObject body && body.ContainsKey("code")) valid = valid with { Body = new JsonObject(body.Select(p => KeyValuePair.Create(p.Key, p.Key == "code" ? JsonValue.Create("ABC") : p.Value?.DeepClone()))) };
        return (operation, valid, SchemaViolations.For(operation, valid).ToList());
    }

    [Test]
    public void For_EveryConstraint_ProducesItsViolation()
    {
        // When
        var (_, _, violations) = Violate("things.update");

        // Then
        Assert.That(violations.Select(v => v.Variant), Is.EqualTo(new[]
        {
            "name-missing", "name-wrong-type", "name-too-short", "name-too-long",
            "kind-missing", "kind-wrong-type", "kind-not-in-enum",
            "code-missing", "code-wrong-type", "code-pattern-mismatch",
            "count-missing", "count-wrong-type", "count-below-minimum", "count-above-maximum",
            "ratio-missing", "ratio-wrong-type", "ratio-below-minimum",
            "enabled-missing", "enabled-wrong-type",
            "note-wrong-type",
            "extra-property",
            "malformed-json", "not-an-object", "wrong-content-type",
            "thingId-wrong-type",
        }));
    }

    [Test]
    public void For_BodyViolations_AreInvalidAgainstTheSchemaWhileTheValidBodyIsValid()
    {
        var (operation, valid, violations) = Violate("things.update");
        var schema = operation.RequestBody!.Json!.Schema!;

        // When
        var validErrors = schema.Validate(valid.BodyText(null));
        var accepted = violations
            .Where(v => v.Request.Body is not null && v.Request.ContentType == valid.ContentType && v.Request.PathParameters.SequenceEqual(valid.PathParameters))
            .Where(v => schema.Validate(v.Request.BodyText(null)).Count == 0)
            .Select(v => v.Variant)
            .ToList();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(validErrors, Is.Empty, "the valid request is valid");
            Assert.That(accepted, Is.Empty, "a violation whose body the schema accepts");
        }
    }

    [Test]
    public void For_EachViolation_BreaksOneThingOnly()
    {
        var (_, valid, violations) = Violate("things.update");
        var validBody = (JsonObject)valid.Body!;

        // Body violations only: the content-type and path-parameter ones keep the valid body.
        foreach (var v in violations.Where(v => v.Request.Body is JsonObject && v.Request.ContentType == valid.ContentType && v.Request.PathParameters.SequenceEqual(valid.PathParameters)))
        {
            // When
            var body = (JsonObject)v.Request.Body!;
            var changed = validBody.Select(p => p.Key).Union(body.Select(p => p.Key))
                .Where(k => !JsonNode.DeepEquals(validBody[k], body[k]) || validBody.ContainsKey(k) != body.ContainsKey(k))
                .ToList();

            // Then
            Assert.That(changed, Has.Count.EqualTo(1), v.Variant);
        }
    }

    [Test]
    public void For_WireLevelViolations_KeepTheRestOfTheRequest()
    {
        // When
        var (_, valid, violations) = Violate("things.update");
        var byVariant = violations.ToDictionary(v => v.Variant);

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byVariant["malformed-json"].Request.RawBody, Does.StartWith("{\""));
            Assert.That(() => JsonNode.Parse(byVariant["malformed-json"].Request.RawBody!), Throws.InstanceOf<System.Text.Json.JsonException>());
            Assert.That(byVariant["not-an-object"].Request.Body, Is.InstanceOf<JsonArray>());
            Assert.That(byVariant["wrong-content-type"].Request.ContentType, Is.EqualTo("text/plain"));
            Assert.That(byVariant["wrong-content-type"].Request.BodyText(null), Is.EqualTo(valid.BodyText(null)));
            Assert.That(byVariant["thingId-wrong-type"].Request.PathParameters["thingId"], Is.EqualTo("not-a-number"));
            Assert.That(byVariant["thingId-wrong-type"].Request.PathParameters["slot"], Is.EqualTo(valid.PathParameters["slot"]));
            Assert.That(byVariant["thingId-wrong-type"].Request.BodyText(null), Is.EqualTo(valid.BodyText(null)));
        }
    }

    [Test]
    public void For_StringPathParameter_HasNoWrongTypeViolation()
    {
        // When
        var (_, _, violations) = Violate("things.update");

        // Then: any text is a string, so there is nothing to break.
        Assert.That(violations.Select(v => v.Variant), Has.No.Member("slot-wrong-type"));
    }

    [Test]
    public void For_OpenOptionalSchema_HasNoMissingOrExtraPropertyViolation()
    {
        // When
        var (_, valid, violations) = Violate("open.create");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.BodyText(null), Is.EqualTo("{}"), "optional properties are left out of the valid body");
            Assert.That(violations.Select(v => v.Variant), Is.EqualTo(new[] { "label-wrong-type", "malformed-json", "not-an-object", "wrong-content-type" }));
        }
    }

    [Test]
    public void For_OperationWithoutBodyOrParameters_HasNoViolation()
    {
        // When
        var (_, _, violations) = Violate("bare.get");

        // Then
        Assert.That(violations, Is.Empty);
    }

    [Test]
    public void For_DfnsActivate_ViolatesTheCredentialUuidBody()
    {
        var document = VendorScenarios.DfnsDocument;
        var operation = document.FindOperation("credentials.activate")!;
        var valid = new GenerationContext(document, GeneratorOptions.Default).ValidRequest(operation);

        // When
        var variants = SchemaViolations.For(operation, valid).Select(v => v.Variant);

        // Then
        Assert.That(variants, Is.EqualTo(new[]
        {
            "credentialUuid-missing", "credentialUuid-wrong-type", "credentialUuid-too-short", "extra-property", "malformed-json", "not-an-object", "wrong-content-type",
        }));
    }
}
