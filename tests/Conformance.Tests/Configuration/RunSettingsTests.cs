using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

/// <summary>The run budget, the unresponsive-target stop, broken operations and the filter, as settings.</summary>
[TestFixture]
public sealed class RunSettingsTests
{
    private static ConformanceSettings Read(params (string Name, string Value)[] values) =>
        SettingsReader.Read(name => values.FirstOrDefault(v => v.Name == name).Value, "--");

    [Test]
    public void Defaults_AreThirtyMinutes_AndTenRequestsWithoutAnswer()
    {
        var settings = Read();
        Assert.Multiple(() =>
        {
            Assert.That(settings.MaxDuration, Is.EqualTo(TimeSpan.FromMinutes(30)));
            Assert.That(settings.UnresponsiveAfter, Is.EqualTo(10));
            Assert.That(settings.SkipBrokenOperations, Is.False);
        });
    }

    [TestCase("90", 90)]
    [TestCase("90s", 90)]
    [TestCase("30m", 1800)]
    [TestCase("2h", 7200)]
    public void MaxDuration_TakesSecondsOrAUnit(string text, int seconds) =>
        Assert.That(Read(("max-duration", text)).MaxDuration, Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    [TestCase("max-duration", "0")]
    [TestCase("max-duration", "ten")]
    [TestCase("max-duration", "5d")]
    [TestCase("unresponsive-after", "0")]
    [TestCase("unresponsive-after", "many")]
    public void ABadValue_IsOneLineNamingTheSetting(string name, string value)
    {
        var e = Assert.Throws<SettingsException>(() => Read((name, value)));
        Assert.That(e!.Message, Does.StartWith($"--{name} (or CONFORMANCE_{name.ToUpperInvariant().Replace('-', '_')})"));
    }

    [TestCase(",")]
    [TestCase(" , ,")]
    public void AFilterOfNothingButSeparators_IsAnError_NotEverything(string filter)
    {
        var e = Assert.Throws<SettingsException>(() => Read(("filter", filter)));
        Assert.That(e!.Message, Does.Contain("names no scenario"));
    }

    [Test]
    public void SkipBrokenOperations_IsASwitch() =>
        Assert.That(Read(("skip-broken-operations", "1")).SkipBrokenOperations, Is.True);
}
