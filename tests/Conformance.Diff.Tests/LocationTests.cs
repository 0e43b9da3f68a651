using Conformance.Diff;

namespace Conformance.Diff.Tests;

/// <summary>Changes point at the node in each file, through $refs, with its line.</summary>
[TestFixture]
public sealed class LocationTests
{
    [Test]
    public void RemovedStatusPointsAtItsLineInTheOldFile()
    {
        var change = CorpusDiffs.Of("dfns-status-removed").Changes.Single();
        var old = CorpusCase.Load("dfns-status-removed").OldPath;
        Assert.Multiple(() =>
        {
            Assert.That(change.OldLocation!.Pointer, Is.EqualTo("/paths/~1auth~1credentials~1activate/put/responses/401"));
            Assert.That(change.OldLocation.Line, Is.EqualTo(LineOf(old, "'401': {$ref: '#/components/responses/Error'}")));
            Assert.That(change.OldLocation.File, Is.EqualTo(old));
        });
    }

    [Test]
    public void SchemaChangeBehindARefPointsAtTheComponent()
    {
        var change = CorpusDiffs.Of("dfns-request-min-length-tightened").Changes.First();
        var pair = CorpusCase.Load("dfns-request-min-length-tightened");
        Assert.Multiple(() =>
        {
            Assert.That(change.NewLocation!.Pointer, Is.EqualTo("/components/schemas/CredentialRef/properties/credentialUuid"));
            Assert.That(change.NewLocation.Line, Is.EqualTo(LineOf(pair.NewPath, "CredentialRef:")));
            Assert.That(change.Message, Does.Contain("minLength 1 → 8"));
        });
    }

    [Test]
    public void AddedOperationHasNoOldLocation()
    {
        var change = CorpusDiffs.Of("dfns-operation-added").Changes.Single();
        Assert.Multiple(() =>
        {
            Assert.That(change.OldLocation, Is.Null);
            Assert.That(change.NewLocation!.Line, Is.GreaterThan(1));
        });
    }

    private static int LineOf(string file, string text) =>
        File.ReadLines(file).Select((line, i) => (line, i)).First(x => x.line.Contains(text, StringComparison.Ordinal)).i + 1;
}
