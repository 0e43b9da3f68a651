using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// Broken input stops the run before any request: an operation the loader cannot read is exit 2
/// with file:line (unless --skip-broken-operations leaves it out and lists it), and then a
/// state-changing operation whose way back is missing is never sent to a fixture.
/// </summary>
[TestFixture]
public sealed class BrokenInputTests
{
    private string folder = null!;
    private string spec = null!;

    [SetUp]
    public void WriteBrokenSpec()
    {
        // A $ref to nothing in PUT /auth/credentials/activate, the issue's own example.
        folder = Directory.CreateTempSubdirectory("conformance-broken-").FullName;
        spec = Path.Combine(folder, "openapi.yaml");
        var text = File.ReadAllText(SpecFiles.Dfns);
        var at = text.IndexOf("$ref: '#/components/responses/Success'", StringComparison.Ordinal);
        File.WriteAllText(spec, text[..at] + "$ref: '#/components/responses/NoSuchResponse'" + text[(at + "$ref: '#/components/responses/Success'".Length)..]);
    }

    [TearDown]
    public void Delete() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task AnUnreadableOperation_StopsTheRun_WithFileAndLine()
    {
        var settings = new ConformanceSettings { Specs = [spec] };

        var e = await Assert.ThrowsAsync<SpecLoadException>(() => ConformanceRun.CreateAsync(settings, (_, _) => throw new AssertionException("no target may be started"), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(e!.Message, Does.Match(@"openapi\.yaml:\d+: /paths/~1auth~1credentials~1activate"));
            Assert.That(e.Message, Does.Contain("--skip-broken-operations"));
            Assert.That(e.Message, Does.Not.Contain("\n"));
        });
    }

    [Test]
    public async Task LeftOut_ItIsListed_AndItsInverseIsNeverSentToAFixture()
    {
        await using var target = await TargetUnderTest.StartAsync();
        var before = target.States();
        var settings = target.Settings("dfns-legacy.credentials.deactivate/*") with { Specs = [spec, SpecFiles.Senhasegura], SkipBrokenOperations = true };

        RunResult result;
        await using (var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None))
        {
            Assert.That(run.LeftOut.Select(p => p.Pointer), Is.EqualTo(new[] { "/paths/~1auth~1credentials~1activate" }));
            Assert.That(run.Scenarios.Select(s => s.Operation.Slug), Has.None.EqualTo("credentials.activate"));
            result = await run.RunAllAsync(null, CancellationToken.None);
        }

        var changing = result.Scenarios.Where(s => Restorability.MayChange(s.Scenario)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(changing, Is.Not.Empty);
            Assert.That(changing.Select(s => s.Verdict), Is.All.EqualTo(Verdict.Skip));
            Assert.That(changing.Select(s => s.Reason), Is.All.Contains("no loaded operation can put a credential fixture back in state 'active'"));
            Assert.That(changing.SelectMany(s => s.Exchanges), Is.Empty, "nothing was sent for them");
            Assert.That(result.Count(Verdict.Fail), Is.Zero);
            Assert.That(target.States(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task AnUnreadableXConformance_AlsoStops()
    {
        var lines = File.ReadAllLines(SpecFiles.Senhasegura).ToList();
        var at = lines.FindIndex(l => l.TrimStart().StartsWith("outcomes:", StringComparison.Ordinal));
        lines.RemoveRange(at, 3);
        lines.Insert(at, "        outcomes: { not: a-list }");
        var text = string.Join('\n', lines) + "\n";
        var broken = Path.Combine(folder, "senha.yaml");
        File.WriteAllText(broken, text);

        var e = await Assert.ThrowsAsync<SpecLoadException>(() => ConformanceRun.CreateAsync(new ConformanceSettings { Specs = [broken] }, null, CancellationToken.None));

        Assert.That(e!.Message, Does.Match(@"senha\.yaml:\d+: /paths/~1api~1pam~1credential~1\{id\}/put/x-conformance/outcomes: outcomes must be a list"));
    }
}
