using Conformance.Checks;
using Conformance.Scenarios;

namespace Conformance.Tests.Checks;

[TestFixture]
public sealed class CheckRegistryTests
{
    private static readonly string[] Expected =
    [
        CheckNames.ExpectedStatus, CheckNames.ExpectedMessage, CheckNames.StatusDocumented, CheckNames.ResponseSchema, CheckNames.ErrorShape,
        CheckNames.ContentType, CheckNames.NoServerError, CheckNames.EnvelopeInvariants, CheckNames.StateReached, CheckNames.StateUnchanged,
        CheckNames.InverseStateReached, CheckNames.ReplayHadNoEffect, CheckNames.OthersUnchanged, CheckNames.ExactlyOneAccepted,
    ];

    [Test]
    public void Names_AreTheFourteenChecks()
    {
        Assert.That(CheckRegistry.Names, Is.EquivalentTo(Expected));
    }

    [Test]
    public void Get_EveryName_ReturnsTheCheckOfThatName()
    {
        foreach (var name in Expected)
        {
            Assert.That(CheckRegistry.Get(name).Name, Is.EqualTo(name));
        }
    }

    [Test]
    public void ResponseChecks_AreAllRegistered()
    {
        Assert.That(CheckNames.ResponseChecks, Is.SubsetOf(CheckRegistry.Names));
    }

    [Test]
    public void Get_UnknownName_Throws()
    {
        Assert.That(() => CheckRegistry.Get("nope"), Throws.ArgumentException.With.Message.Contains("no check named 'nope'"));
    }

    [Test]
    public void Get_EveryCheckNamesConstant_IsRegistered()
    {
        var constants = typeof(CheckNames).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

        Assert.That(constants, Is.SubsetOf(CheckRegistry.Names));
    }
}
