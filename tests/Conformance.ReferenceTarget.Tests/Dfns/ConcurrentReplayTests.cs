using Conformance.ReferenceTarget.Tests.Support;

namespace Conformance.ReferenceTarget.Tests.Dfns;

/// <summary>
/// 20 rounds of 200 simultaneous requests sharing one nonce: exactly one gets past the nonce check
/// per round (D5), unless the check-then-insert race fault is on.
/// </summary>
[TestFixture]
internal sealed class ConcurrentReplayTests
{
    private const int Rounds = 20;
    private const int Size = 200;

    private static DfnsCall Burst(TestTarget target) =>
        new("PUT", DfnsTestClient.ActivatePath, DfnsTestClient.CredentialBody(target.Profile.DfnsCredential(true).Id));

    [Test]
    public async Task Exactly_one_request_per_round_passes_the_nonce_check()
    {
        await using var target = await TestTarget.StartAsync();
        var accepted = await ReplayBurst.RunAsync(target, Burst(target), Rounds, Size);
        Assert.That(accepted, Has.Length.EqualTo(Rounds).And.All.EqualTo(1));
    }

    [Test]
    public async Task The_race_fault_lets_more_than_one_through_in_some_round()
    {
        await using var target = await TestTarget.StartAsync("dfns-nonce-replay-race");
        var accepted = await ReplayBurst.RunAsync(target, Burst(target), Rounds, Size);
        Assert.That(accepted.Max(), Is.GreaterThan(1), string.Join(",", accepted));
    }
}
