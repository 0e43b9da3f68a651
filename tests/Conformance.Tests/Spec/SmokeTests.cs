using Conformance.Spec;

namespace Conformance.Tests.Spec;

[TestFixture]
public sealed class SmokeTests
{
    [Test]
    public void LoadsMinimal()
    {
        var doc = SpecLoader.Load(Path.Combine(TestContext.CurrentContext.TestDirectory, "Spec/Fixtures/minimal.yaml"));
        var op = doc.Operations.Single();
        TestContext.Out.WriteLine(string.Join("\n", doc.Problems));
        var ex = op.Responses[0].Content[0].Examples[0];
        TestContext.Out.WriteLine(ex.Value!.ToJsonString());
        var errors = op.Responses[0].Content[0].Schema!.Validate(ex.Value!.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(doc.Vendor, Is.EqualTo("dfns"));
            Assert.That(op.Slug, Is.EqualTo("credentials.activate"));
            Assert.That(errors, Is.Empty);
            Assert.That(doc.SecuritySchemes["nonce"].Nonce!.WindowSeconds, Is.EqualTo(300));
            Assert.That(op.Security[0], Is.EquivalentTo(new[] { "bearer", "nonce" }));
        });
    }
}
