using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Conformance.Tests.Docs;

/// <summary>
/// docs/github-actions-conformance.yml: least privilege per job (the job holding secrets cannot
/// write; the job that writes holds no secret and runs no code of the pull request), actions
/// pinned by full commit SHA, one upload of the reports; every script parses with bash -n; and the
/// suite's step runs, as written, against a reference target started as staging.
/// </summary>
[TestFixture]
[Category("docs")]
public sealed partial class WorkflowTests
{
    private const string File = "docs/github-actions-conformance.yml";
    private static readonly string Text = Documentation.Read(File);
    private static readonly YamlMappingNode Root = Load();

    private static YamlMappingNode Jobs => (YamlMappingNode)Root["jobs"];

    [Test]
    public void NothingIsGrantedByDefault_AndEveryJobSaysWhatItNeeds()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Root["permissions"], Is.InstanceOf<YamlMappingNode>().And.Property("Children").Empty, "permissions: {} at the top");
            foreach (var (name, job) in JobEntries()) Assert.That(job.Children.ContainsKey("permissions"), Is.True, $"job {name} states its permissions");
        });
    }

    [Test]
    public void TheJobHoldingSecrets_CanOnlyRead()
    {
        var holders = JobEntries().Where(j => Uses(j.Job, "secrets.")).ToList();

        Assert.That(holders.Select(j => j.Name), Is.EqualTo(new[] { "conformance" }));
        Assert.That(Permissions(holders[0].Job), Is.EqualTo(new Dictionary<string, string> { ["contents"] = "read" }));
    }

    [Test]
    public void TheJobThatComments_HoldsNoSecretAndRunsNoCodeOfThePullRequest()
    {
        var writers = JobEntries().Where(j => Permissions(j.Job).ContainsValue("write")).ToList();

        Assert.That(writers.Select(j => j.Name), Is.EqualTo(new[] { "comment" }));
        var comment = writers[0].Job;
        Assert.Multiple(() =>
        {
            Assert.That(Permissions(comment), Is.EqualTo(new Dictionary<string, string> { ["pull-requests"] = "write" }));
            Assert.That(Uses(comment, "secrets."), Is.False, "no secret");
            Assert.That(Steps(comment).Select(s => Scalar(s, "uses")).OfType<string>(), Has.None.Contains("actions/checkout"), "no checkout");
            Assert.That(Steps(comment).Select(s => Scalar(s, "run")).OfType<string>(), Has.None.Contains("./").And.None.Contains("scripts/"), "no script of the repository");
        });
    }

    [Test]
    public void EveryAction_IsPinnedByAFullCommitShaWithItsTagBeside()
    {
        var uses = Text.Split('\n').Where(l => l.TrimStart().StartsWith("- uses:", StringComparison.Ordinal) || l.TrimStart().StartsWith("uses:", StringComparison.Ordinal)).ToList();

        Assert.That(uses, Is.Not.Empty.And.All.Matches(Pinned()));
    }

    [Test]
    public void TheReportsAreUploadedOnce()
    {
        var uploads = JobEntries().SelectMany(j => Steps(j.Job).Where(s => Scalar(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true).Select(s => (j.Name, Path: Scalar((YamlMappingNode)s["with"], "path")))).ToList();

        Assert.That(uploads, Is.EqualTo(new[] { ("conformance", (string?)"reports/latest/"), ("report", "merged/") }),
            "reports/latest/ only (not reports/, which holds the timestamped copy too), and the merged report");
    }

    [Test]
    public void EveryScript_ParsesWithBash()
    {
        foreach (var (job, step, script) in Scripts())
        {
            var outcome = Shell.Run("bash -n", new Dictionary<string, string>(), TimeSpan.FromSeconds(30), null, Expression().Replace(script, "X"));
            Assert.That(outcome.ExitCode, Is.Zero, $"{job} / {step}: {outcome.Output}");
        }
    }

    [Test]
    [Category("docs")]
    [CancelAfter(1_800_000)]
    public async Task TheSuiteStep_RunsAsWrittenAgainstAReferenceTargetStartedAsStaging()
    {
        Shell.IgnoreWhenNested();
        var step = Steps((YamlMappingNode)Jobs["conformance"]).Single(s => Scalar(s, "name") == "Run the suite against staging");
        await using var staging = await StagingTarget.StartAsync();
        using var run = new DocsRun(staging.Environment);
        var output = Path.Combine(run.Folder, "github-output");
        var environment = new Dictionary<string, string>(run.Environment) { ["VENDOR"] = "dfns", ["GITHUB_OUTPUT"] = output };

        // Its env: block maps secrets and variables to the names docs/staging-profile.yaml reads: all are set here.
        var mapped = ((YamlMappingNode)step["env"]).Children.Keys.Select(k => ((YamlScalarNode)k).Value!).ToList();
        Assert.That(mapped.Except(["VENDOR"]), Is.SubsetOf(staging.Environment.Keys));

        var outcome = Shell.Run(Scalar(step, "run")!, environment, TimeSpan.FromMinutes(15));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.Zero, outcome.Tail);
            Assert.That(System.IO.File.ReadAllText(output), Is.EqualTo("exit-code=0\n"), outcome.Tail);
        });
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<(string Name, YamlMappingNode Job)> JobEntries() =>
        Jobs.Children.Select(c => (((YamlScalarNode)c.Key).Value!, (YamlMappingNode)c.Value));

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>();

    private static IEnumerable<(string Job, string Step, string Script)> Scripts() =>
        JobEntries().SelectMany(j => Steps(j.Job).Where(s => Scalar(s, "run") is not null).Select(s => (j.Name, Scalar(s, "name") ?? "(unnamed)", Scalar(s, "run")!)));

    private static Dictionary<string, string> Permissions(YamlMappingNode job) =>
        ((YamlMappingNode)job["permissions"]).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!);

    private static bool Uses(YamlNode node, string text) => node switch
    {
        YamlScalarNode s => s.Value?.Contains(text, StringComparison.Ordinal) == true,
        YamlMappingNode m => m.Children.Any(c => Uses(c.Key, text) || Uses(c.Value, text)),
        YamlSequenceNode q => q.Children.Any(c => Uses(c, text)),
        _ => false,
    };

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s ? s.Value : null;

    [GeneratedRegex(@"uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")]
    private static partial Regex Pinned();

    [GeneratedRegex(@"\$\{\{[^}]*\}\}")]
    private static partial Regex Expression();
}
