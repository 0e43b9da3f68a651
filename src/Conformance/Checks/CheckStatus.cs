namespace Conformance.Checks;

/// <summary>What one check found.</summary>
public enum CheckStatus
{
    /// <summary>The requirement held.</summary>
    Pass,

    /// <summary>The check did not apply (with a reason).</summary>
    Skip,

    /// <summary>The requirement broke (at the outcome's level).</summary>
    Fail,

    /// <summary>The evidence cannot tell whether the requirement held (throttled, no answer, a state nobody could read).</summary>
    Inconclusive,

    /// <summary>
    /// The target answered in a way the documents do not cover (a status they do not list for a
    /// refusal the suite provoked; a body with no schema): a finding for the vendor's documentation,
    /// never the target's failure.
    /// </summary>
    Gap,
}
