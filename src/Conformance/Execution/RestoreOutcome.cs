namespace Conformance.Execution;

/// <summary>How putting a fixture back ended.</summary>
public enum RestoreOutcome
{
    /// <summary>Back in its starting state, confirmed by documented evidence (an answer or a documented read).</summary>
    Restored,

    /// <summary>The suite cannot tell: no documented evidence confirms the starting state. Never counted as restored.</summary>
    Unconfirmed,

    /// <summary>The evidence shows another state, or the restoration was abandoned.</summary>
    NotRestored,
}
