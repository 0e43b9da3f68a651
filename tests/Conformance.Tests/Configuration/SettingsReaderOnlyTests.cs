using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

/// <summary><c>only</c> (<c>--only</c>, CONFORMANCE_ONLY): exact scenario ids, for reproducing one failure.</summary>
[TestFixture]
public sealed class SettingsReaderOnlyTests
{
    [Test]
    public void Only_IsASetOfExactIds()
    {
        var settings = SettingsReader.Read(name => name == "only" ? "dfns.users.get/nonce/stale, dfns.users.get/nonce/future" : null);

        Assert.That(settings.OnlyScenarios, Is.EquivalentTo(new[] { "dfns.users.get/nonce/stale", "dfns.users.get/nonce/future" }));
    }

    [Test]
    public void Only_ComesFromTheEnvironmentLikeEverySetting()
    {
        var settings = SettingsReader.Read(SettingsReader.Environment(name => name == "CONFORMANCE_ONLY" ? "dfns.users.get/nonce/stale" : null));

        Assert.That(settings.OnlyScenarios, Is.EquivalentTo(new[] { "dfns.users.get/nonce/stale" }));
    }

    [Test]
    public void NoOnly_RestrictsNothing()
    {
        Assert.That(SettingsReader.Read(_ => null).OnlyScenarios, Is.Null);
    }
}
