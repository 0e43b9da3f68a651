namespace Conformance.Tests.RealSpecs;

/// <summary>How a known-fail entry matches a FAIL: check, scenario id glob, answer status.</summary>
[TestFixture]
public sealed class KnownFailTests
{
    private static readonly KnownFail Forged = new("s.yaml", KnownFail.Deviation, ["expected_status"], ["acme.*/auth/*-invalid"], ["2xx", "307"], "a reason");

    [TestCase("acme.get-a/auth/bearer-invalid", "expected_status", 200, true)]
    [TestCase("acme.get-a/auth/bearer-invalid", "expected_status", 307, true)]
    [TestCase("acme.get-a/auth/bearer-invalid", "expected_status", 301, false)]
    [TestCase("acme.get-a/auth/bearer-invalid", "expected_status", 422, false)]
    [TestCase("acme.get-a/auth/bearer-invalid", "expected_status", null, false)]
    [TestCase("acme.get-a/auth/bearer-invalid", "status_code_conformance", 200, false)]
    [TestCase("acme.get-a/auth/bearer-missing", "expected_status", 200, false)]
    [TestCase("other.get-a/auth/bearer-invalid", "expected_status", 200, false)]
    public void Matches_CheckGlobAndStatus(string scenario, string check, int? status, bool expected)
    {
        Assert.That(Forged.Matches(scenario, check, status), Is.EqualTo(expected));
    }

    [Test]
    public void Matches_NoStatusListed_AnyStatus()
    {
        var entry = Forged with { Statuses = [] };

        Assert.That(entry.Matches("acme.x/auth/k-invalid", "expected_status", null), Is.True);
    }
}
