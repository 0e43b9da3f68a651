using System.Text.Json.Nodes;
using Conformance.Scenarios;
using Conformance.Scenarios.Schemas;
using Conformance.Spec;

namespace Conformance.Tests.Scenarios;

/// <summary>
/// Each constraint of a request — parameters, the body, nested properties, array items, each
/// oneOf branch — yields a request that breaks it, confirmed invalid by the validator; the
/// valid request itself validates.
/// </summary>
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
                - { name: page, in: query, required: true, schema: { type: integer, minimum: 1, maximum: 50 } }
                - { name: X-Trace, in: header, required: false, schema: { type: string, pattern: '^[a-f0-9]{8}$' } }
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
          /nested:
            post:
              operationId: nested.create
              requestBody:
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Order' }
              responses:
                '200': { description: ok }
          /pets:
            post:
              operationId: pets.create
              requestBody:
                content:
                  application/json:
                    schema:
                      oneOf:
                        - { $ref: '#/components/schemas/Cat' }
                        - { $ref: '#/components/schemas/Dog' }
                      discriminator:
                        propertyName: kind
                        mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' }
              responses:
                '200': { description: ok }
          /form:
            post:
              operationId: form.submit
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema:
                      type: object
                      required: [qty, name]
                      properties:
                        qty: { type: integer, maximum: 9 }
                        name: { type: string, minLength: 2 }
              responses:
                '200': { description: ok }
          /bare:
            get:
              operationId: bare.get
              responses:
                '200': { description: ok }
        components:
          schemas:
            Order:
              type: object
              required: [lines]
              properties:
                lines:
                  type: array
                  minItems: 1
                  maxItems: 3
                  uniqueItems: true
                  items:
                    type: object
                    required: [sku, at]
                    additionalProperties: false
                    properties:
                      sku: { type: string, pattern: '^[A-Z]{2}-\d{3}$' }
                      at: { type: string, format: date-time }
                      qty: { type: integer, exclusiveMinimum: 0, multipleOf: 2 }
            Cat:
              type: object
              required: [kind, claws]
              additionalProperties: false
              properties:
                kind: { const: cat }
                claws: { type: integer, minimum: 0, maximum: 18 }
            Dog:
              type: object
              required: [kind, name]
              additionalProperties: false
              properties:
                kind: { const: dog }
                name: { type: string, maxLength: 20 }
        """;

    private static readonly ApiDocument Document = SpecLoader.Parse(Spec, "constraints.yaml");

    private static (ApiOperation Operation, RequestTemplate Valid, List<SchemaViolation> Violations) Violate(string operationId)
    {
        var operation = Document.FindOperation(operationId)!;
        var valid = new GenerationContext(Document, GeneratorOptions.Default).ValidRequest(operation);
        return (operation, valid, SchemaViolations.For(operation, valid).ToList());
    }

    [Test]
    public void ValidRequest_HasEveryRequiredParameterAndAValidBody()
    {
        // When
        var (operation, valid, _) = Violate("things.update");

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.GenerationProblem, Is.Null);
            Assert.That(valid.PathParameters.Keys, Is.EquivalentTo(new[] { "thingId", "slot" }));
            Assert.That(valid.Query, Is.EqualTo(new[] { KeyValuePair.Create("page", "1") }));
            Assert.That(valid.Headers, Is.Empty, "an optional header is left out of the valid request");
            Assert.That(operation.RequestBody!.Json!.Schema!.Validate(valid.Body, assertFormats: true).IsValid, Is.True, valid.BodyText(null));
            Assert.That(valid.Body!["code"]!.GetValue<string>(), Does.Match("^[A-Z]{3}$"), "the pattern drives the string");
        }
    }

    [Test]
    public void For_EveryConstraint_ProducesItsViolation()
    {
        // When
        var (_, _, violations) = Violate("things.update");

        // Then
        Assert.That(violations.Select(v => v.Variant), Is.EquivalentTo(new[]
        {
            "thingId-wrong-type", "thingId-below-minimum",
            "query-page-missing", "query-page-wrong-type", "query-page-below-minimum", "query-page-above-maximum",
            "header-X-Trace-pattern-mismatch",
            "not-an-object", "name-missing", "kind-missing", "code-missing", "count-missing", "ratio-missing", "enabled-missing", "extra-property",
            "name-wrong-type", "name-too-short", "name-too-long",
            "kind-wrong-type", "kind-not-in-enum",
            "code-wrong-type", "code-pattern-mismatch",
            "count-wrong-type", "count-below-minimum", "count-above-maximum",
            "ratio-wrong-type", "ratio-below-minimum",
            "enabled-wrong-type",
            "note-wrong-type",
            "malformed-json", "wrong-content-type",
        }));
    }

    [TestCase("things.update")]
    [TestCase("nested.create")]
    [TestCase("pets.create")]
    public void For_BodyViolations_AreInvalidWhileTheValidBodyIsValid(string operationId)
    {
        var (operation, valid, violations) = Violate(operationId);
        var schema = operation.RequestBody!.Json!.Schema!;

        // When
        var accepted = violations
            .Where(v => v.Request.Body is not null && v.Request.ContentType == valid.ContentType && v.Request.PathParameters.SequenceEqual(valid.PathParameters)
                && v.Request.Query.SequenceEqual(valid.Query) && v.Request.Headers.Count == valid.Headers.Count)
            .Where(v => schema.Validate(v.Request.Body, assertFormats: true).IsValid)
            .Select(v => v.Variant)
            .ToList();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(schema.Validate(valid.Body, assertFormats: true).IsValid, Is.True, "the valid request is valid");
            Assert.That(accepted, Is.Empty, "a violation whose body the schema accepts");
        }
    }

    [Test]
    public void For_NestedArrayItems_BreaksEveryConstraintAtDepth()
    {
        // When
        var (_, _, violations) = Violate("nested.create");

        // Then
        Assert.That(violations.Select(v => v.Variant), Is.SupersetOf(new[]
        {
            "lines-too-few-items", "lines-too-many-items", "lines-duplicate-items",
            "lines-items-sku-missing", "lines-items-at-missing", "lines-items-extra-property",
            "lines-items-sku-pattern-mismatch", "lines-items-at-bad-format", "lines-items-qty-at-exclusive-minimum", "lines-items-qty-not-multiple",
        }));
    }

    [Test]
    public void For_OneOf_BreaksEachBranchAndSendsAValueNoBranchAccepts()
    {
        // When
        var (_, valid, violations) = Violate("pets.create");
        var variants = violations.Select(v => v.Variant).ToList();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.Body!["kind"]!.GetValue<string>(), Is.EqualTo("cat"), "the discriminator picks the first mapped branch");
            Assert.That(variants, Is.SupersetOf(new[]
            {
                "no-branch",
                "oneOf1-claws-missing", "oneOf1-claws-above-maximum", "oneOf1-kind-not-const", "oneOf1-extra-property",
                "oneOf2-name-missing", "oneOf2-name-too-long", "oneOf2-kind-not-const",
            }));
            Assert.That(violations.Single(v => v.Variant == "oneOf2-name-too-long").Request.Body!["kind"]!.GetValue<string>(), Is.EqualTo("dog"),
                "a branch is broken inside its own shape");
        }
    }

    [Test]
    public void For_FormBody_EncodesTheFieldsAndBreaksThemAsTheServerReadsThem()
    {
        // When
        var (_, valid, violations) = Violate("form.submit");
        var variants = violations.Select(v => v.Variant).ToList();

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.RawBody, Is.EqualTo("qty=1&name=conformance"));
            Assert.That(valid.ContentType, Is.EqualTo("application/x-www-form-urlencoded"));
            Assert.That(variants, Is.SupersetOf(new[] { "qty-missing", "qty-wrong-type", "qty-above-maximum", "name-too-short" }));
            Assert.That(variants, Has.No.Member("name-wrong-type"), "a form field is text: 12345 is a string");
            Assert.That(violations.Single(v => v.Variant == "qty-above-maximum").Request.RawBody, Is.EqualTo("qty=10&name=conformance"));
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
            Assert.That(byVariant["not-an-object"].Request.Body, Is.Not.InstanceOf<JsonObject>());
            Assert.That(byVariant["wrong-content-type"].Request.ContentType, Is.EqualTo("text/plain"));
            Assert.That(byVariant["wrong-content-type"].Request.BodyText(null), Is.EqualTo(valid.BodyText(null)));
            Assert.That(byVariant["thingId-wrong-type"].Request.PathParameters["slot"], Is.EqualTo(valid.PathParameters["slot"]));
            Assert.That(byVariant["thingId-wrong-type"].Request.BodyText(null), Is.EqualTo(valid.BodyText(null)));
            Assert.That(byVariant["query-page-missing"].Request.Query, Is.Empty);
            Assert.That(byVariant["query-page-above-maximum"].Request.Query, Is.EqualTo(new[] { KeyValuePair.Create("page", "51") }));
            Assert.That(byVariant["header-X-Trace-pattern-mismatch"].Request.Headers.ContainsKey("X-Trace"), Is.True, "an optional parameter is added to break it");
        }
    }

    [Test]
    public void For_StringPathParameter_HasNoWrongTypeViolationButCountsIt()
    {
        // When
        var (operation, valid, violations) = Violate("things.update");
        var coverage = SchemaViolations.Coverage(operation, valid);

        // Then: any text is a string, so there is nothing to break.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(violations.Select(v => v.Variant), Has.No.Member("slot-wrong-type"));
            Assert.That(coverage.Single(e => e.Location == "slot" && e.Kind == "type").Breakable, Is.False);
        }
    }

    [Test]
    public void For_EachViolation_IsTheKeywordItBreaks()
    {
        var (_, _, violations) = Violate("nested.create");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(violations.Single(v => v.Variant == "lines-items-at-bad-format").Kind, Is.EqualTo("format"));
            Assert.That(violations.Single(v => v.Variant == "lines-duplicate-items").Kind, Is.EqualTo("uniqueItems"));
            Assert.That(violations.Single(v => v.Variant == "lines-items-qty-not-multiple").RequirementKey, Is.EqualTo("schema/multipleOf-rejected"));
        }
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
            Assert.That(violations.Select(v => v.Variant), Is.EquivalentTo(new[] { "not-an-object", "label-wrong-type", "malformed-json", "wrong-content-type" }));
        }
    }

    [Test]
    public void For_OperationWithoutBodyOrParameters_HasNoViolation()
    {
        var (_, _, violations) = Violate("bare.get");

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
        Assert.That(variants, Is.EquivalentTo(new[]
        {
            "credentialUuid-missing", "credentialUuid-wrong-type", "credentialUuid-too-short", "extra-property", "malformed-json", "not-an-object", "wrong-content-type",
        }));
    }

    [Test]
    public void ValidRequest_ThatCannotValidate_SaysSoAndHasNoViolations()
    {
        // Given: a string that must be at least 5 and at most 2 characters long.
        var document = SpecLoader.Parse("""
            openapi: 3.1.0
            info: { title: Impossible, version: 1.0.0 }
            paths:
              /x:
                post:
                  operationId: x.create
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object, required: [v], properties: { v: { type: string, minLength: 5, maxLength: 2 } } }
                  responses:
                    '200': { description: ok }
            """, "impossible.yaml");
        var operation = document.Operations[0];

        // When
        var valid = new GenerationContext(document, GeneratorOptions.Default).ValidRequest(operation);
        var coverage = SchemaViolations.Coverage(operation, valid);

        // Then
        using (Assert.EnterMultipleScope())
        {
            Assert.That(valid.GenerationProblem, Does.StartWith("generated request does not validate: body (application/json):"));
            Assert.That(SchemaViolations.For(operation, valid).Where(v => v.Kind is not ("malformed-json" or "content-type")), Is.Empty);
            Assert.That(coverage.Where(e => e.Generated), Is.Empty);
        }
    }
}
