namespace Conformance.Diff;

/// <summary>
/// How a change between two spec versions affects existing clients (and the suite's scenarios).
/// Ordered, so that a gate can say "this level or worse".
/// </summary>
public enum ChangeSeverity
{
    /// <summary>Loosening or additive: every request and response that was valid stays valid.</summary>
    Safe,

    /// <summary>Valid traffic stays valid on the wire, but some clients or reports may still notice.</summary>
    Risky,

    /// <summary>A request or response that was valid may now be refused or misread, or a security or
    /// replay/idempotency guarantee changed.</summary>
    Breaking,
}
