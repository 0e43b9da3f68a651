using System.Text.RegularExpressions;
using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Faults;

/// <summary>
/// Every fault changes exactly its own behaviour: the stimulus behaves on a faithful target,
/// deviates on the faulted one, and the same stimulus on the sibling operation of the faulted target
/// still behaves (the fault is scoped to one operation).
/// </summary>
[TestFixture]
internal sealed partial class FaultTests
{
    private static readonly string[] Keys =
    [
        "positive/accepted", "schema/invalid-rejected", "schema/required-rejected", "auth/missing-rejected", "auth/invalid-rejected",
        "user-action/missing-rejected", "user-action/forged-rejected", "user-action/reused-rejected", "user-action/mismatch-rejected",
        "nonce/missing-rejected", "nonce/malformed-rejected", "nonce/stale-rejected", "nonce/replay-rejected", "nonce/replay-no-effect",
        "nonce/concurrent-replay-one-accepted", "idempotent/repeat", "state/transition", "state/others-unchanged", "unknown-id/rejected",
        "unknown-id/not-a-credential", "method/undocumented-rejected", "permission/denied", "permission/no-access", "permission/service-account-refused",
        "response/status-documented", "response/schema-valid", "response/content-type", "response/no-5xx", "response/error-shape",
        "envelope/invariants",
    ];

    private static readonly string[] OperationIds =
    [
        "dfns-legacy.credentials.activate", "dfns-legacy.credentials.deactivate", "dfns-legacy.users.activate", "dfns-legacy.users.deactivate",
        "dfns-legacy.auth.action.init", "dfns-legacy.auth.action.complete", "dfns-legacy.credentials.list", "dfns-legacy.users.get",
        "dfns.credentials.activate", "dfns.credentials.deactivate", "dfns.users.activate", "dfns.users.deactivate",
        "dfns.auth.action.init", "dfns.auth.action.complete", "dfns.credentials.list", "dfns.users.get",
        "senhasegura.credentials.enable", "senhasegura.credentials.disable", "senhasegura.credentials.get",
        "senhasegura.credentials.list", "senhasegura.oauth2.token",
    ];

    private static IEnumerable<FaultCase> Cases() => FaultCases.All;

    [TestCaseSource(nameof(Cases))]
    public async Task The_fault_changes_only_its_own_behaviour(FaultCase fault)
    {
        await using (var faithful = await TestTarget.StartAsync())
        {
            await fault.Stimulus(faithful, false);
        }

        await using var faulty = await TestTarget.StartAsync(fault.Fault);
        Assert.That(faulty.Running.ActiveFaults, Is.EqualTo(new[] { fault.Fault }));
        await fault.Stimulus(faulty, true);
        await fault.Control(faulty);
    }

    [Test]
    public void Every_catalogue_entry_has_exactly_one_test_case()
    {
        Assert.That(FaultCases.All.Select(c => c.Fault), Is.EquivalentTo(FaultCatalogue.All.Select(f => f.Name)).And.Unique);
    }

    [Test]
    public void The_catalogue_has_at_least_30_kebab_case_vendor_prefixed_faults()
    {
        Assert.That(FaultCatalogue.All, Has.Count.GreaterThanOrEqualTo(30));
        Assert.That(FaultCatalogue.All.Select(f => f.Name), Has.All.Match("^(dfns|senhasegura)-[a-z0-9]+(-[a-z0-9]+)*$"));
        Assert.That(FaultCatalogue.All.Select(f => f.Name), Is.Unique);
    }

    [Test]
    public void Each_fault_names_one_requirement_of_a_decided_operation_and_its_stimulus_hits_that_operation()
    {
        Assert.Multiple(() =>
        {
            foreach (var fault in FaultCatalogue.All)
            {
                var match = RequirementId().Match(fault.RequirementId);
                Assert.That(match.Success, Is.True, fault.RequirementId);
                Assert.That(OperationIds, Does.Contain(match.Groups["op"].Value), fault.RequirementId);
                Assert.That(Keys, Does.Contain(match.Groups["key"].Value), fault.RequirementId);
                Assert.That(fault.Name, Does.StartWith(fault.Vendor + "-"));
                Assert.That(fault.Description, Does.Not.Contain('\n'));
                Assert.That(FaultCases.Operations[fault.Name], Is.EqualTo(fault.OperationId), fault.Name);
            }
        });
    }

    [GeneratedRegex("^(?<op>[a-z0-9-]+\\.[a-z0-9.]+)/(?<key>[a-z0-9-]+/[a-z0-9-]+)$")]
    private static partial Regex RequirementId();
}
