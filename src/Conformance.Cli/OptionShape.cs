namespace Conformance.Cli;

/// <summary>How an option takes values on the command line.</summary>
internal enum OptionShape
{
    /// <summary>A flag without a value (<c>--dry-run</c>); <c>--dry-run=false</c> turns it off.</summary>
    Switch,

    /// <summary>One value (<c>--parallel 4</c>); given twice, the last one wins.</summary>
    Value,

    /// <summary>Given several times (<c>--spec a --spec b</c>); the values are joined with commas, as the environment variable takes them.</summary>
    Repeatable,
}
