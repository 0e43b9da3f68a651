using Conformance.Execution;
using Conformance.Http;
using Conformance.Spec;
using Conformance.Tests.Spec;

namespace Conformance.Tests.Execution.State;

/// <summary>The documented answers of the vendor specs map to states (x-conformance.outcomes).</summary>
[TestFixture]
public sealed class AnswerEvidenceTests
{
    private static readonly ApiDocument Senha = SpecLoader.Load(SpecFiles.Senhasegura);

    [TestCase("credentials.enable", 200, "Credential successfully activated", "active", "inactive")]
    [TestCase("credentials.enable", 400, "1043: Credential is already activated!", "active", "active")]
    [TestCase("credentials.disable", 200, "Credential successfully deactivated", "inactive", "active")]
    [TestCase("credentials.disable", 400, "1008: Credential inactive", "inactive", "inactive")]
    public void ADocumentedAnswer_TellsTheStateAfterAndBefore(string operation, int status, string message, string state, string was)
    {
        var outcome = AnswerEvidence.Match(Senha, Senha.FindOperation(operation)!, Answer(status, ScriptedSession.Senha(message, status)));

        Assert.Multiple(() =>
        {
            Assert.That(outcome?.State, Is.EqualTo(state));
            Assert.That(outcome?.Was, Is.EqualTo(was));
            Assert.That(outcome?.Documented, Is.True);
        });
    }

    [TestCase(400, "1009: No access to credential")]
    [TestCase(500, "Unexpected error")]
    public void AnyOtherAnswer_TellsNothing(int status, string message) =>
        Assert.That(AnswerEvidence.Match(Senha, Senha.FindOperation("credentials.enable")!, Answer(status, ScriptedSession.Senha(message, status))), Is.Null);

    [Test]
    public void ASuccessInOtherWords_StillTellsTheState() =>
        Assert.That(AnswerEvidence.Match(Senha, Senha.FindOperation("credentials.enable")!, Answer(200, ScriptedSession.Senha("Credencial ativada", 200)))?.State, Is.EqualTo("active"), "S13: the wording is not compared");

    [Test]
    public void NoAnswer_TellsNothing() =>
        Assert.That(AnswerEvidence.Match(Senha, Senha.FindOperation("credentials.enable")!, null), Is.Null);

    private static Exchange Answer(int status, string body) =>
        new("stimulus", new RecordedRequest("PUT", "http://t/api/pam/credential/1", [], null), new RecordedResponse(status, "application/json", [], body, false), null, DateTimeOffset.UnixEpoch, TimeSpan.Zero);
}
