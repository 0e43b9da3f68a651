using Conformance.Scenarios;
using Conformance.Spec.Vocabulary;

namespace Conformance.Checks;

/// <summary>
/// The stimulus' error message is the documented one (exact or by prefix), read at the
/// document's <c>error-message-field</c>; judged at the expectation's message level.
/// </summary>
internal sealed class ExpectedMessageCheck : ICheck
{
    public string Name => CheckNames.ExpectedMessage;

    public IEnumerable<CheckOutcome> Evaluate(CheckContext context)
    {
        var requirement = context.Scenario.Requirement;
        var expect = requirement.Expect;
        if (expect is null || (expect.Message is null && expect.MessagePrefix is null) || context.Document.ErrorMessageField is not { } field)
        {
            yield break;
        }

        var judged = requirement with { Level = expect.MessageLevel };
        foreach (var (exchange, index) in context.Evidence.Stimuli)
        {
            if (exchange.Status is not { } status || !expect.Status.Matches(status)) continue;
            var actual = JsonPath.Text(exchange.Json, field);
            var ok = actual is not null
                && (expect.Message is null || string.Equals(actual, expect.Message, StringComparison.Ordinal))
                && (expect.MessagePrefix is null || actual.StartsWith(expect.MessagePrefix, StringComparison.Ordinal));
            var wanted = expect.Message is not null ? $"{field} = \"{expect.Message}\"" : $"{field} starting with \"{expect.MessagePrefix}\"";
            yield return ok
                ? Outcomes.Pass(Name, judged, $"message \"{actual}\"")
                : Outcomes.Fail(Name, judged, "the error message is not the documented one", wanted, actual is null ? $"no {field} in {Outcomes.Describe(exchange)}" : $"\"{actual}\"", index);
        }
    }
}
