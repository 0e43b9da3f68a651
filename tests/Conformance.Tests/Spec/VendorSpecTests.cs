using Conformance.Spec;

namespace Conformance.Tests.Spec;

/// <summary>The two vendor specs load cleanly and say everything the suite needs (issue 2).</summary>
[TestFixture]
public sealed class VendorSpecTests
{
    private static readonly ApiDocument Dfns = SpecLoader.Load(SpecFiles.Dfns);
    private static readonly ApiDocument Senhasegura = SpecLoader.Load(SpecFiles.Senhasegura);

    private static IEnumerable<ApiDocument> Both => [Dfns, Senhasegura];

    [TestCase("dfns", "PUT", "/auth/credentials/activate", "credentials.activate")]
    [TestCase("dfns", "PUT", "/auth/credentials/deactivate", "credentials.deactivate")]
    [TestCase("dfns", "PUT", "/auth/manage/users/activate", "users.activate")]
    [TestCase("dfns", "PUT", "/auth/manage/users/deactivate", "users.deactivate")]
    [TestCase("dfns", "POST", "/auth/action/init", "auth.action.init")]
    [TestCase("dfns", "POST", "/auth/action", "auth.action.complete")]
    [TestCase("dfns", "GET", "/auth/credentials", "credentials.list")]
    [TestCase("dfns", "GET", "/auth/users/{userId}", "users.get")]
    [TestCase("senhasegura", "PUT", "/api/pam/credential/{id}", "credentials.enable")]
    [TestCase("senhasegura", "DELETE", "/api/pam/credential/{id}", "credentials.disable")]
    [TestCase("senhasegura", "GET", "/api/pam/credential/{id}", "credentials.get")]
    [TestCase("senhasegura", "GET", "/api/pam/credential", "credentials.list")]
    [TestCase("senhasegura", "POST", "/iso/oauth2/token", "oauth2.token")]
    public void OperationExists(string vendor, string method, string path, string operationId)
    {
        var doc = vendor == "dfns" ? Dfns : Senhasegura;
        var op = doc.FindOperation(operationId);
        Assert.That(op?.Label, Is.EqualTo($"{method} {path}"));
    }

    [Test]
    public void BothSpecsLoadWithoutProblems()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Dfns.Problems, Is.Empty);
            Assert.That(Senhasegura.Problems, Is.Empty);
            Assert.That(Dfns.Vendor, Is.EqualTo("dfns"));
            Assert.That(Senhasegura.Vendor, Is.EqualTo("senhasegura"));
        });
    }

    [Test]
    public void EveryExampleValidatesAgainstItsSchema()
    {
        var checkedCount = 0;
        var failures = new List<string>();
        foreach (var doc in Both)
        {
            foreach (var op in doc.Operations)
            {
                var media = op.Responses.SelectMany(r => r.Content).Concat(op.RequestBody?.Content ?? []);
                foreach (var m in media.Where(m => m.Schema is not null && m.IsJson))
                {
                    foreach (var example in m.Examples)
                    {
                        checkedCount++;
                        var result = m.Schema!.Validate(example.Value);
                        if (!result.IsValid) failures.Add($"{doc.Vendor} {example.Pointer}: {result.Describe()}");
                    }
                }
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(failures, Is.Empty);
            Assert.That(checkedCount, Is.GreaterThan(100), "the specs carry an example for every documented answer");
        });
    }

    [Test]
    public void DfnsStateChangingOperationsDocument400_401_403WithSchemas()
    {
        foreach (var op in Dfns.Operations.Where(o => o.Method == "PUT"))
        {
            foreach (var status in new[] { 400, 401, 403 })
            {
                var response = op.Responses.FirstOrDefault(r => r.StatusCode == status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.That(response?.Content.FirstOrDefault()?.Schema, Is.Not.Null, $"{op.Label} documents {status} with a schema");
            }
        }
    }

    [Test]
    public void SenhaseguraStateChangingOperationsDocument400_404WithSchemas()
    {
        foreach (var op in Senhasegura.Operations.Where(o => o.Method is "PUT" or "DELETE"))
        {
            foreach (var status in new[] { 400, 404 })
            {
                var response = op.Responses.FirstOrDefault(r => r.StatusCode == status.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.That(response?.Content.FirstOrDefault()?.Schema, Is.Not.Null, $"{op.Label} documents {status} with a schema");
            }
        }
    }

    [Test]
    public void EveryRequirementHasIdLevelAndSource()
    {
        var requirements = Both.SelectMany(d => d.Requirements
            .Concat(d.SecuritySchemes.Values.SelectMany(s => s.Requirements))
            .Concat(d.Operations.SelectMany(o => o.Requirements))).ToList();

        Assert.That(requirements, Has.Count.GreaterThan(50));
        Assert.That(requirements, Has.All.Matches<Conformance.Spec.Vocabulary.Requirement>(r =>
            r != null && r.Key.Contains('/', StringComparison.Ordinal) && r.Source.Length > 0 && r.Quote.Length > 0));
    }

    [Test]
    public void EveryDecisionIsRecordedInTheSpecs()
    {
        var texts = Both.SelectMany(d => d.Decisions).Select(d => d.Text).ToList();
        var ids = Enumerable.Range(1, 18).Select(i => $"D{i}").Concat(Enumerable.Range(1, 13).Select(i => $"S{i}"));
        Assert.That(ids.Where(id => !texts.Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, $@"\b{id}:"))), Is.Empty);
    }

    [Test]
    public void VendorSemanticsComeFromTheSpec()
    {
        // The two vendors differ on purpose: a repeat is a 200 no-op (Dfns), a 400 1043 (senhasegura).
        var dfnsRepeat = Dfns.FindOperation("credentials.activate")!.Semantics.Repeat!;
        var senhaRepeat = Senhasegura.FindOperation("credentials.enable")!.Semantics.Repeat!;
        Assert.Multiple(() =>
        {
            Assert.That(dfnsRepeat.Expect.Status.Matches(200), Is.True);
            Assert.That(senhaRepeat.Expect.Status.Matches(400), Is.True);
            Assert.That(senhaRepeat.Expect.MessagePrefix, Does.StartWith("1043"));
            Assert.That(Senhasegura.Envelope!.Invariants, Has.Count.EqualTo(4));
            Assert.That(Dfns.SecuritySchemes.Values.Single(s => s.Nonce is not null).Nonce!.WindowSeconds, Is.EqualTo(300));
        });
    }
}
