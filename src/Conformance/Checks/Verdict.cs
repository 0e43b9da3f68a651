namespace Conformance.Checks;

/// <summary>
/// The verdict of a scenario: PASS, FAIL (a MUST broken), WARN (a SHOULD broken), INCONCLUSIVE
/// (the evidence cannot tell, with the reason), SKIP (with the reason), as in Autobahn's Pass /
/// Fail / Non-Strict / Missing.
/// </summary>
public enum Verdict
{
    Pass,
    Warn,
    Skip,
    Fail,
    Inconclusive,
}
