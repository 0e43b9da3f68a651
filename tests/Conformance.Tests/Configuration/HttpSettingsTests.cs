using Conformance.Configuration;

namespace Conformance.Tests.Configuration;

/// <summary>The transport's settings: one name for env, runsettings and flags; bad values are one line.</summary>
[TestFixture]
public sealed class HttpSettingsTests
{
    private static ConformanceSettings Read(params (string Name, string Value)[] values) =>
        SettingsReader.Read(name => values.FirstOrDefault(v => v.Name == name).Value, "--");

    [Test]
    public void ReadsTheRateCapTheCaCertificateAndTheExcerptSize()
    {
        var ca = Path.GetTempFileName();
        try
        {
            var settings = Read(("max-rps", "2.5"), ("ca-cert", ca), ("max-body-excerpt", "4096"));

            Assert.Multiple(() =>
            {
                Assert.That(settings.MaxRequestsPerSecond, Is.EqualTo(2.5));
                Assert.That(settings.CaCertificate, Is.EqualTo(ca));
                Assert.That(settings.MaxBodyExcerpt, Is.EqualTo(4096));
                Assert.That(new ConformanceSettings().MaxRequestsPerSecond, Is.Null, "no cap unless asked");
            });
        }
        finally
        {
            File.Delete(ca);
        }
    }

    [TestCase("max-rps", "0", "max-rps (or CONFORMANCE_MAX_RPS): '0' is not a number of requests per second above 0")]
    [TestCase("max-rps", "fast", "max-rps (or CONFORMANCE_MAX_RPS): 'fast' is not a number")]
    [TestCase("ca-cert", "/no/such/ca.pem", "ca-cert (or CONFORMANCE_CA_CERT): '/no/such/ca.pem' does not exist")]
    [TestCase("max-body-excerpt", "10", "max-body-excerpt (or CONFORMANCE_MAX_BODY_EXCERPT): '10' is not a number of characters from 256")]
    public void ABadValueIsOneLineNamingTheSetting(string name, string value, string start)
    {
        var error = Assert.Throws<SettingsException>(() => Read((name, value)));

        Assert.That(error!.Message, Does.StartWith("--" + start).And.Not.Contain("\n"));
    }

    [Test]
    public void TheEnvironmentNamesFollowTheSettingNames() =>
        Assert.That(SettingsReader.Read(SettingsReader.Environment(n => n == "CONFORMANCE_MAX_RPS" ? "3" : null)).MaxRequestsPerSecond, Is.EqualTo(3));
}
