using Conformance.Configuration;

namespace Conformance.Tests.Docs;

/// <summary>
/// Every target profile the documentation shows (YAML blocks with vendors, docs/*.yaml) parses
/// with its references set, and <c>./run-conformance.sh --dry-run</c> accepts it against a
/// reference target started as staging.
/// </summary>
[TestFixture]
[Category("docs")]
[NonParallelizable]
public sealed class DocumentedProfilesTests
{
    private StagingTarget staging = null!;

    public static IEnumerable<TestCaseData> Profiles() =>
        Documentation.Profiles().Select(p => new TestCaseData(p.Where).SetName($"Profile {p.Where}"));

    [OneTimeSetUp]
    public async Task StartStaging()
    {
        Shell.IgnoreWhenNested();
        staging = await StagingTarget.StartAsync();
    }

    [OneTimeTearDown]
    public async Task StopStaging()
    {
        if (staging is not null) await staging.DisposeAsync();
    }

    [Test]
    public void TheDocumentationShowsProfiles()
    {
        Assert.That(Documentation.Profiles().Select(p => p.Where),
            Is.SupersetOf(new[] { "docs/staging-profile.yaml" }).And.Some.StartsWith("docs/target-profile.md:"));
    }

    [TestCaseSource(nameof(Profiles))]
    public void ParsesWithItsReferencesSet(string where)
    {
        using var folder = new ProfileFolder(where);

        var profile = ProfileLoader.Load(folder.ProfilePath, name => folder.Environment.GetValueOrDefault(name));

        Assert.That(profile.Vendors, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Profiles))]
    public void DryRunAcceptsIt(string where)
    {
        using var folder = new ProfileFolder(where);

        var outcome = Shell.Run($"./run-conformance.sh --dry-run --target {staging.Url} --profile '{folder.ProfilePath}'", folder.Environment, TimeSpan.FromMinutes(10));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.Zero, outcome.Tail);
            Assert.That(outcome.Output, Does.Match(@"Conformance \S+: [1-9]\d* scenarios against"), outcome.Tail);
        });
    }
}
