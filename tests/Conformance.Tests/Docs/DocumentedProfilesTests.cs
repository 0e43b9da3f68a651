using System.Text.RegularExpressions;
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
public sealed partial class DocumentedProfilesTests
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

    /// <summary>
    /// A profile copied into a folder of its own, with the files its <c>${file:…}</c> references
    /// name and a value for each variable its <c>${env:…}</c> references name (a PEM where a PEM goes).
    /// </summary>
    private sealed class ProfileFolder : IDisposable
    {
        private const string Pem = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIP9documentedprofiledummykeymaterial00000\n-----END PRIVATE KEY-----";
        private readonly string folder = Path.Combine(Path.GetTempPath(), "conformance-profile-" + Guid.NewGuid().ToString("N"));

        public ProfileFolder(string where)
        {
            var text = Documentation.Profiles().Single(p => p.Where == where).Text;
            Directory.CreateDirectory(folder);
            ProfilePath = Path.Combine(folder, "profile.yaml");
            File.WriteAllText(ProfilePath, text);
            var environment = new Dictionary<string, string>();
            foreach (Match reference in Reference().Matches(text))
            {
                var argument = reference.Groups["arg"].Value.Trim();
                var pem = argument.EndsWith("PEM", StringComparison.OrdinalIgnoreCase) || argument.EndsWith(".pem", StringComparison.OrdinalIgnoreCase);
                if (reference.Groups["kind"].Value == "env")
                {
                    environment[argument] = pem ? Pem : "doc-" + argument.ToLowerInvariant().Replace('_', '-');
                }
                else
                {
                    var file = Path.Combine(folder, argument);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, pem ? Pem + "\n" : "doc-value\n");
                }
            }

            Environment = environment;
        }

        public string ProfilePath { get; }

        public IReadOnlyDictionary<string, string> Environment { get; }

        public void Dispose() => Directory.Delete(folder, recursive: true);
    }

    [GeneratedRegex(@"\$\{(?<kind>env|file):(?<arg>[^}]*)\}")]
    private static partial Regex Reference();
}
