using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

/// <summary><c>fuzz</c> and <c>seed</c> as flags and environment variables; off by default; bad values refused in one line.</summary>
[TestFixture]
public sealed class FuzzSettingsTests
{
    private static ConformanceSettings Read(params (string Name, string Value)[] values) =>
        SettingsReader.Read(name => values.FirstOrDefault(v => v.Name == name).Value, "--");

    [Test]
    public void FuzzIsOffByDefaultAndReadWithItsSeed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read().Fuzz, Is.Zero);
            Assert.That(Read().Seed, Is.Null);
            Assert.That(Read(("fuzz", "200"), ("seed", "1234")), Has.Property("Fuzz").EqualTo(200).And.Property("Seed").EqualTo(1234));
            Assert.That(SettingsReader.Read(SettingsReader.Environment(n => n switch { "CONFORMANCE_FUZZ" => "50", "CONFORMANCE_SEED" => "-7", _ => null })),
                Has.Property("Fuzz").EqualTo(50).And.Property("Seed").EqualTo(-7));
        });
    }

    [TestCase("fuzz", "many", "fuzz (or CONFORMANCE_FUZZ): 'many' is not a number of generated requests")]
    [TestCase("fuzz", "-1", "fuzz (or CONFORMANCE_FUZZ): '-1' is not a number of generated requests")]
    [TestCase("seed", "1.5", "seed (or CONFORMANCE_SEED): '1.5' is not a whole number")]
    public void BadValueIsOneLine(string name, string value, string start)
    {
        var error = Assert.Throws<SettingsException>(() => Read((name, value)));
        Assert.That(error!.Message, Does.StartWith("--" + start).And.Not.Contain("\n"));
    }
}
