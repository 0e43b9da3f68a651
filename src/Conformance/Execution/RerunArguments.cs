using Conformance.Configuration;

namespace Conformance.Execution;

/// <summary>
/// What reruns a scenario against the same target from the command line: the arguments the run
/// was given for that target, as given. Never a secret: the profile is a path (the secrets stay
/// in it, or in the environment it names), the URL carries no user name or password (the
/// settings refuse one).
/// </summary>
/// <param name="Target">The target's URL; null for the embedded reference target (started afresh on a free port).</param>
/// <param name="Profile">The profile path as given; null for the embedded reference target.</param>
/// <param name="Specs">Spec paths or contract ids as given; empty = the run's default contracts.</param>
/// <param name="ReferenceFaults">Faults the embedded reference target was started with.</param>
public sealed record RerunArguments(string? Target, string? Profile, IReadOnlyList<string> Specs, IReadOnlyList<string> ReferenceFaults)
{
    /// <summary>The arguments of a run against one target, or against the embedded reference target.</summary>
    public static RerunArguments From(ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Target is null && settings.Profile is null
            ? new RerunArguments(null, null, settings.Specs, settings.ReferenceFaults)
            : new RerunArguments(settings.Target?.ToString(), settings.Profile, settings.Specs, []);
    }

    /// <summary>The arguments of one target of a run over several (its own specs, else the run's).</summary>
    public static RerunArguments From(TargetSetting target, ConformanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(settings);
        return new RerunArguments(target.Url.ToString(), target.Profile, target.Specs.Count > 0 ? target.Specs : settings.Specs, []);
    }
}
