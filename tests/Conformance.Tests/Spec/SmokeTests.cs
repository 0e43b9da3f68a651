namespace Conformance.Tests.Spec;

[TestFixture]
public sealed class SmokeTests
{
    [Test]
    public void NUnitRuns() => Assert.That(int.Parse("2"), Is.EqualTo(2));
}
