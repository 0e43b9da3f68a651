using Conformance.Diff;
using Conformance.Diff.Rendering;
using Conformance.Spec;

namespace Conformance.Diff.Tests;

/// <summary>Whole-spec diffs: across vendors, and of the real specs once they are in the repository.</summary>
[TestFixture]
public sealed class VendorShapeTests
{
    [Test]
    public void DfnsAgainstSenhaseguraDoesNotCrashAndReads()
    {
        var diff = SpecDiffer.Compare(SpecLoader.Load(CorpusDiffs.DfnsBase), SpecLoader.Load(CorpusDiffs.SenhaseguraBase));
        var text = new TextDiffRenderer().Render(diff);
        TestContext.Out.WriteLine(text);
        Assert.Multiple(() =>
        {
            Assert.That(diff.Changes.Count(c => c.RuleId == "operation.removed"), Is.EqualTo(6));
            Assert.That(diff.Changes.Count(c => c.RuleId == "operation.added"), Is.EqualTo(4));
            Assert.That(diff.Changes.Select(c => c.RuleId), Does.Contain("document.vendor.changed").And.Contain("document.error-message-field.changed"));
            Assert.That(diff.Changes, Has.All.Matches<SpecChange>(c => c is not null && c.Message.Length is > 10 and < 300));
            Assert.That(text.Split('\n'), Has.Length.LessThan(150), "a whole-vendor swap stays a screenful or two");
            Assert.That(diff.TouchedOperationSlugs, Is.EquivalentTo(new[] { "credential.enable", "credential.disable", "credential.get", "oauth2.token" }));
        });
    }

    /// <summary>specs/dfns and specs/senhasegura arrive on main separately; until then this is skipped.</summary>
    [Test]
    public void RealSpecsDiffCleanlyWithThemselvesAndEachOther()
    {
        var root = RepositoryRoot();
        var dfns = Path.Combine(root ?? "", "specs", "dfns", "openapi.yaml");
        var senhasegura = Path.Combine(root ?? "", "specs", "senhasegura", "openapi.yaml");
        if (!File.Exists(dfns) || !File.Exists(senhasegura)) Assert.Ignore("specs/dfns and specs/senhasegura are not on this branch yet");

        var d = SpecLoader.Load(dfns);
        var s = SpecLoader.Load(senhasegura);
        Assert.Multiple(() =>
        {
            Assert.That(SpecDiffer.Compare(d, d).Changes, Is.Empty);
            Assert.That(SpecDiffer.Compare(s, s).Changes, Is.Empty);
            Assert.That(() => new MarkdownDiffRenderer().Render(SpecDiffer.Compare(d, s)), Throws.Nothing);
        });
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Conformance.sln"))) return dir.FullName;
        }

        return null;
    }
}
