using System.Text.Json.Nodes;
using Conformance.Checks;
using Conformance.Configuration;
using Conformance.Execution;
using Conformance.ReferenceTarget;

namespace Conformance.Tests.Execution.State;

/// <summary>
/// A legacy Dfns server without the user read (reading D6-alt-read): the suite cannot read a
/// user's state, so it moves a user only when the profile declares the user's state and the
/// documented 200 answers tell every state on the way (then faults of the user operations are
/// still caught and every user ends where it started); without a declared state it changes nothing.
/// </summary>
[TestFixture]
[Category("Faults")]
public sealed class UnreadableFixtureTests
{
    private const string Users = "dfns-legacy.users.activate/*,dfns-legacy.users.deactivate/*";

    [Test]
    public async Task DeclaredState_NoFail_UsersBackWhereTheyStarted()
    {
        await using var target = await TargetUnderTest.StartAsync(new ReferenceTargetOptions { Readings = new HashSet<string> { Readings.DfnsNoUserRead } });
        var before = target.States();

        var result = await RunAsync(target, target.Settings(Users));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Scenarios.Where(s => s.Verdict == Verdict.Fail).Select(s => s.Scenario.Id), Is.Empty);
            Assert.That(result.Unrestored.Select(u => $"{u.Headline}: {u.Id} {u.Reason}"), Is.Empty);
            Assert.That(target.States(), Is.EqualTo(before), "read from the target itself");
            Assert.That(result.Count(Verdict.Pass), Is.GreaterThan(0), "the user operations ran");
        }
    }

    [TestCase("dfns-users-reactivate-error", "dfns-legacy.users.activate/idempotent/repeat")]
    [TestCase("dfns-users-permission-not-enforced", "dfns-legacy.users.deactivate/permission/denied")]
    public async Task DeclaredState_FaultsOfTheUserOperations_StillCaught(string fault, string requirement)
    {
        await using var target = await TargetUnderTest.StartAsync(new ReferenceTargetOptions
        {
            Readings = new HashSet<string> { Readings.DfnsNoUserRead },
            Faults = new HashSet<string> { fault },
        });

        var result = await RunAsync(target, target.Settings(Users));

        var failing = result.Scenarios.Where(s => s.Verdict is Verdict.Fail or Verdict.Warn).SelectMany(s => s.Decisive).Select(d => d.RequirementId);
        Assert.That(failing, Does.Contain(requirement));
    }

    [Test]
    public async Task NoDeclaredState_NothingChanged_ScenariosSkipWithTheReason()
    {
        await using var target = await TargetUnderTest.StartAsync(new ReferenceTargetOptions { Readings = new HashSet<string> { Readings.DfnsNoUserRead } });
        var before = target.States();
        var undeclared = Path.Combine(target.Folder, "undeclared.json");
        File.WriteAllText(undeclared, WithoutStates(File.ReadAllText(target.ProfilePath)));

        var result = await RunAsync(target, target.Settings(Users) with { Profile = undeclared });

        var changing = result.Scenarios.Where(s => s.Scenario.Id.EndsWith("/state/transition", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(changing, Is.Not.Empty);
            Assert.That(changing.Select(s => s.Verdict), Is.All.EqualTo(Verdict.Skip));
            Assert.That(changing.Select(s => s.Reason), Is.All.Contains("declares no state"));
            Assert.That(target.States(), Is.EqualTo(before), "nothing was changed");
            Assert.That(result.Unrestored, Is.Empty);
        }
    }

    private static async Task<RunResult> RunAsync(TargetUnderTest target, ConformanceSettings settings)
    {
        await using var run = await ConformanceRun.CreateAsync(settings, null, CancellationToken.None);
        return await run.RunAllAsync(null, CancellationToken.None);
    }

    /// <summary>The profile with every fixture's <c>state</c> removed.</summary>
    private static string WithoutStates(string profileJson)
    {
        var root = JsonNode.Parse(profileJson)!;
        Strip(root);
        return root.ToJsonString();

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    o.Remove("state");
                    foreach (var child in o.Select(p => p.Value).ToList()) Strip(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Strip(child);
                    break;
            }
        }
    }
}
