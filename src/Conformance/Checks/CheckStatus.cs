namespace Conformance.Checks;

/// <summary>What one check found: passed, did not apply (with a reason), or failed.</summary>
public enum CheckStatus
{
    Pass,
    Skip,
    Fail,
}
