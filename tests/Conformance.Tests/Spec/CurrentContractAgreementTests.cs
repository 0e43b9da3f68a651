using System.Text.Json.Nodes;
using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>
/// Our current Dfns contract (specs/dfns-current) against the vendor's published OpenAPI
/// (shared/specs/dfns-real-openapi.yml, version 1.578.2), operation by operation for the
/// operations in scope: they agree on security, parameters, request bodies and responses, or
/// the difference is an x-decision next to it. And answers of the real API (the vendor's own
/// example answers) are valid against our contract.
/// </summary>
[TestFixture]
public sealed class CurrentContractAgreementTests
{
    private static readonly (string Path, string Method)[] InScope =
    [
        ("/auth/credentials/activate", "put"),
        ("/auth/credentials/deactivate", "put"),
        ("/auth/users/{userId}/activate", "put"),
        ("/auth/users/{userId}/deactivate", "put"),
        ("/auth/action/init", "post"),
        ("/auth/action", "post"),
        ("/auth/credentials", "get"),
        ("/auth/users/{userId}", "get"),
    ];

    private static readonly Lazy<JsonObject> Ours = new(() => OpenApiAgreement.Read(SpecFiles.DfnsCurrent));
    private static readonly Lazy<JsonObject> Vendors = new(() => OpenApiAgreement.Read(SpecFiles.Shared("specs/dfns-real-openapi.yml")));

    public static IEnumerable<TestCaseData> Operations() =>
        InScope.Select(o => new TestCaseData(o.Path, o.Method).SetName($"{o.Method.ToUpperInvariant()} {o.Path} agrees with the vendor's OpenAPI"));

    [TestCaseSource(nameof(Operations))]
    public void EveryDifferenceIsFixedOrAnXDecision(string path, string method)
    {
        var differences = OpenApiAgreement.Compare(Ours.Value, Vendors.Value, path, method);

        Assert.That(differences.Where(d => !d.Recorded).Select(d => d.ToString()), Is.Empty,
            "a difference from the vendor's OpenAPI that no x-decision records: fix the contract or write the decision next to it");
    }

    [Test]
    public void TheKnownDifferencesAreSettled()
    {
        var vendor = Vendors.Value;
        Assert.Multiple(() =>
        {
            // firstFactor: a oneOf of Fido2, Key, Password, PasswordProtectedKey; secondFactor optional.
            Assert.That(OpenApiAgreement.Compare(Ours.Value, vendor, "/auth/action", "post"), Is.Empty);

            // The challenge requires attestation and externalAuthenticationUrl; rp requires id and name.
            Assert.That(OpenApiAgreement.Compare(Ours.Value, vendor, "/auth/action/init", "post"), Is.Empty);

            // Listed credentials require publicKey, relyingPartyId, origin.
            Assert.That(OpenApiAgreement.Compare(Ours.Value, vendor, "/auth/credentials", "get"), Is.Empty);

            // The User: 11 required properties; kind also accepts AccountUser (decision C6, recorded).
            var user = OpenApiAgreement.Compare(Ours.Value, vendor, "/auth/users/{userId}", "get");
            Assert.That(user.Select(d => d.Pointer), Is.EqualTo(new[] { "/responses/200/content/application~1json/schema/properties/kind/enum" }));
            Assert.That(user.Single().Recorded, Is.True);
        });
    }

    [Test]
    public void TheComparisonFindsADifferenceWhereThereIsOne()
    {
        // A contract that forgot three required properties of a listed credential and kept X-DFNS-NONCE.
        var broken = (JsonObject)Ours.Value.DeepClone();
        var required = (JsonArray)broken["components"]!["schemas"]!["Credential"]!["required"]!;
        foreach (var name in new[] { "publicKey", "relyingPartyId", "origin" }) required.Remove(required.First(r => r!.GetValue<string>() == name));
        broken["components"]!["securitySchemes"]!["requestNonce"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-DFNS-NONCE" };
        ((JsonObject)broken["paths"]!["/auth/credentials/activate"]!["put"]!["security"]![0]!)["requestNonce"] = new JsonArray();

        var list = OpenApiAgreement.Compare(broken, Vendors.Value, "/auth/credentials", "get");
        var activate = OpenApiAgreement.Compare(broken, Vendors.Value, "/auth/credentials/activate", "put");

        Assert.Multiple(() =>
        {
            Assert.That(list.Select(d => d.Pointer), Does.Contain("/responses/200/content/application~1json/schema/properties/items/items/required"));
            Assert.That(activate.Select(d => d.Pointer), Does.Contain("/security/0/requestNonce"));
            Assert.That(list.Concat(activate).Where(d => !d.Recorded), Is.Not.Empty);
        });
    }

    [Test]
    public void AnXDecisionOnAnotherNodeDoesNotRecordTheDifference()
    {
        var ours = (JsonObject)Ours.Value.DeepClone();
        var user = (JsonObject)ours["components"]!["schemas"]!["User"]!;
        ((JsonObject)user["properties"]!["kind"]!).Remove("x-decision");
        user["x-decision"] = "C9: a decision about the User as a whole";

        var differences = OpenApiAgreement.Compare(ours, Vendors.Value, "/auth/users/{userId}", "get");

        Assert.That(differences.Single().Recorded, Is.False, "the decision must sit on the node that differs (or the object holding the keyword)");
    }

    [Test]
    public void TheCurrentContractLoadsWithoutProblemsAndDeclaresNoNonceOrAppId()
    {
        var document = SpecLoader.Load(SpecFiles.DfnsCurrent);

        Assert.Multiple(() =>
        {
            Assert.That(document.Problems, Is.Empty);
            Assert.That(document.Contract, Is.EqualTo("dfns"));
            Assert.That(document.Vendor, Is.EqualTo("dfns"));
            Assert.That(document.SecuritySchemes.Keys, Is.EquivalentTo(new[] { "authenticationToken", "userActionSignature" }));
            Assert.That(document.Operations.Select(o => o.Slug), Is.EquivalentTo(new[]
            {
                "credentials.activate", "credentials.deactivate", "users.activate", "users.deactivate",
                "auth.action.init", "auth.action.complete", "credentials.list", "users.get",
            }));
        });
    }

    [Test]
    public void EveryRequirementHasABasisAPublicSourceASeedAndAQuoteFoundThere()
    {
        var document = SpecLoader.Load(SpecFiles.DfnsCurrent);
        var requirements = document.Requirements
            .Concat(document.SecuritySchemes.Values.SelectMany(s => s.Requirements))
            .Concat(document.Operations.SelectMany(o => o.Requirements)).ToList();
        var raw = File.ReadAllText(SpecFiles.DfnsCurrent);
        SpecFiles.Shared("reference/dfns-facts.md"); // outside the multiple-assertion block: ignored with one line when absent

        Assert.Multiple(() =>
        {
            Assert.That(requirements, Has.Count.GreaterThan(40));
            foreach (var r in requirements)
            {
                Assert.That(raw, Does.Contain("basis: " + Conformance.Spec.Vocabulary.EvidenceBases.Word(r.Basis)), r.Key);
                if (r.Basis is Conformance.Spec.Vocabulary.EvidenceBasis.Convention) continue; // our words: "common practice", no source to quote
                Assert.That(r.Source, Does.StartWith("https://"), r.Key);
                if (r.Basis is Conformance.Spec.Vocabulary.EvidenceBasis.Standard or Conformance.Spec.Vocabulary.EvidenceBasis.Decision) continue;
                Assert.That(r.Seed, Is.Not.Null, r.Key);
                var seed = File.ReadAllText(SpecFiles.Shared(r.Seed!));
                Assert.That(Normalized(seed), Does.Contain(Normalized(r.Quote)), $"{r.Key}: the quote is verbatim in {r.Seed}");
            }
        });
    }

    [Test]
    public void MustOnlyWhereTheVendorSaysSo()
    {
        var document = SpecLoader.Load(SpecFiles.DfnsCurrent);
        var requirements = document.Operations.SelectMany(o => o.Requirements).Concat(document.SecuritySchemes.Values.SelectMany(s => s.Requirements));

        Assert.That(requirements.Where(r => r.Basis is Conformance.Spec.Vocabulary.EvidenceBasis.Decision or Conformance.Spec.Vocabulary.EvidenceBasis.Convention)
            .Where(r => r.Level == Conformance.Spec.Vocabulary.RequirementLevel.Must).Select(r => r.Key), Is.Empty);
    }

    public static IEnumerable<TestCaseData> RealAnswers()
    {
        // The vendor's own example answers (docs.dfns.co api-reference pages and the GitBook
        // examples), each against the schema our contract documents for it.
        yield return Answer("users.get", """
            {"username":"<string>","name":"<string>","userId":"us-6b58p-r53sr-rlrd3l5cj3uc4ome","kind":"AccountUser","credentialUuid":"<string>",
             "orgId":"<string>","isActive":true,"isServiceAccount":true,"isRegistered":true,"isSSORequired":true,
             "permissionAssignments":[{"permissionName":"<string>","permissionId":"<string>","assignmentId":"<string>","operations":["<string>"]}],
             "permissions":["<string>"]}
            """, "get-user page (OpenAPI 1.880.1)");
        yield return Answer("users.activate", """
            {"username":"<string>","name":"<string>","userId":"us-6b58p-r53sr-rlrd3l5cj3uc4ome","credentialUuid":"<string>","kind":"CustomerEmployee",
             "isActive":true,"isServiceAccount":true,"isRegistered":true,"isSSORequired":true,
             "permissionAssignments":[{"permissionName":"<string>","permissionId":"pm-37vj4-jkr4l-lc9945spfftkne57","assignmentId":"as-1vcmc-qrek0-6b4vii9pln60907e","operations":["<string>"]}],
             "orgId":"or-30tnh-itmjs-s235s5ontr3r23h2","accountId":"acct-24hka-dhili-9hgvdlvr1ohpibp4","permissions":["<string>"]}
            """, "get-user page with accountId");
        yield return Answer("credentials.list", """
            {"items":[{"credentialId":"c1QEdgnPLJargwzy3cbYKny4Q18u0hr97unXsF3DiE8","credentialUuid":"cr-34514-nip9c-8bppvgqgj28dbodrc","dateCreated":"2023-01-11T19:05:06.773Z",
             "isActive":true,"kind":"Fido2","name":"My Yubikey","publicKey":"SHA256:E2a3ZQEb4...rPqc","relyingPartyId":"dfns.ninja","origin":"https://app.dfns.ninja"}]}
            """, "GitBook list example");
        yield return Answer("auth.action.init", """
            {"supportedCredentialKinds":[{"kind":"Fido2","factor":"first","requiresSecondFactor":true}],
             "challenge":"MWM0MmY5YTQ0MDRiNzdhNTFhNzY5ODQwNWI5ZTQ4Y2RhODZiNDk3ZTYzOTE5OGYyMDcxZjBjYzk4MmQ5YzY1MA","challengeIdentifier":"eyJ0e...fQNA",
             "userVerification":"required","attestation":"direct","externalAuthenticationUrl":"",
             "allowCredentials":{"key":[],"passwordProtectedKey":[{"type":"public-key","id":"hIjkx5PqVxz8wbtuvOh2UYHEY1QXS8mMfKeEDGt-0Fo=","encryptedPrivateKey":"LsXV"}],
             "webauthn":[{"type":"public-key","id":"c1QEdgnPLJargwzy3cbYKny4Q18u0hr97unXsF3DiE8"}]}}
            """, "create-user-action-challenge page");
        yield return Answer("auth.action.complete", """{"userAction":"eyJ0eX...bzrQakA"}""", "create-user-action-signature page");
        yield return Answer("credentials.activate", """{"message":"success"}""", "seeds/001, seeds/004");
    }

    [TestCaseSource(nameof(RealAnswers))]
    public void ARealAnswerOfTheRealApiIsValid(string operationId, string answer)
    {
        var operation = SpecLoader.Load(SpecFiles.DfnsCurrent).FindOperation(operationId)!;
        var schema = operation.Responses.Single(r => r.StatusCode == "200").Content.Single().Schema!;

        Assert.That(schema.Validate(System.Text.Json.Nodes.JsonNode.Parse(answer)).Errors.Select(e => e.ToString()), Is.Empty);
    }

    [Test]
    public void AnAnswerWithoutARequiredUserPropertyIsNot()
    {
        var operation = SpecLoader.Load(SpecFiles.DfnsCurrent).FindOperation("users.activate")!;
        var schema = operation.Responses.Single().Content.Single().Schema!;

        var result = schema.Validate(System.Text.Json.Nodes.JsonNode.Parse("""{"message":"success"}"""));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.IsValid, Is.False, "the legacy answer is not a User");
            Assert.That(result.Errors.Select(e => e.Keyword), Does.Contain("required"));
        }
    }

    private static TestCaseData Answer(string operationId, string json, string source) =>
        new TestCaseData(operationId, json).SetName($"The vendor's {operationId} answer ({source}) is valid against the current contract");

    private static string Normalized(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
