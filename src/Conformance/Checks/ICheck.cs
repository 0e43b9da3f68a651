
namespace Conformance.Checks;

/// <summary>
/// A check: a pure function of (scenario, evidence) to outcomes — pass, skip with a reason, or
/// a failure with title, expected, actual and the requirement (and level) it breaks. Checks
/// never send requests; scenarios do.
/// </summary>
internal interface ICheck
{
    string Name { get; }

    IEnumerable<CheckOutcome> Evaluate(CheckContext context);
}
