using Conformance.Spec.Vocabulary;

namespace Conformance.Configuration;

/// <summary>
/// The one configuration contract of every entry point (environment, .runsettings, CLI flags).
/// A null <see cref="Target"/> means: start the embedded reference target.
/// </summary>
public sealed record ConformanceSettings
{
    public Uri? Target { get; init; }

    /// <summary>Spec files; empty means both of the repository's specs.</summary>
    public IReadOnlyList<string> Specs { get; init; } = [];

    public string? Profile { get; init; }

    public int Parallelism { get; init; } = 4;

    public string? Filter { get; init; }

    /// <summary>Where reports go (<c>reports/</c> of the repository by default).</summary>
    public string? ReportsDirectory { get; init; }

    public RequirementLevel FailOn { get; init; } = RequirementLevel.Must;

    public bool RenderHtml { get; init; } = true;

    /// <summary>One deadline for each whole exchange: connect, send, headers and body.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many requests a second to the target (<c>--max-rps</c>); null: no cap.</summary>
    public double? MaxRequestsPerSecond { get; init; }

    /// <summary>A PEM or DER file of CA certificates to trust for the target's TLS certificate (<c>--ca-cert</c>).</summary>
    public string? CaCertificate { get; init; }

    /// <summary>How many characters of each request and response body a report file keeps (<c>--max-body-excerpt</c>).</summary>
    public int MaxBodyExcerpt { get; init; } = 8 * 1024;

    /// <summary>How many run folders <c>reports/</c> keeps (<c>--keep</c>): older ones are deleted after a run; 0 keeps all.</summary>
    public int Keep { get; init; } = 20;

    /// <summary>Faults to start the embedded reference target with (testing the suite itself).</summary>
    public IReadOnlyList<string> ReferenceFaults { get; init; } = [];

    /// <summary>
    /// Several targets in one run and one report (<c>--target</c> given more than once, each with
    /// its <c>--profile</c> or one profile for all); empty for a run against one target.
    /// </summary>
    public IReadOnlyList<TargetSetting> Targets { get; init; } = [];

    /// <summary>A targets file naming target, profile and contracts of each target (docs/reports-and-ci.md).</summary>
    public string? TargetsFile { get; init; }

    /// <summary>Only the operations a spec change touched (set by the diff gate).</summary>
    public IReadOnlySet<string>? OnlyOperations { get; init; }

    /// <summary>Exactly these scenario ids (<c>--only</c>), e.g. to reproduce one failure; null = no restriction.</summary>
    public IReadOnlySet<string>? OnlyScenarios { get; init; }

    /// <summary>The run budget: past it the run stops, restores its fixtures and is reported INCOMPLETE.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>After this many requests in a row without an answer the target is unresponsive: the run stops.</summary>
    public int UnresponsiveAfter { get; init; } = 10;

    /// <summary>Leave out (and list) operations the loader cannot read, instead of stopping with exit 2.</summary>
    public bool SkipBrokenOperations { get; init; }

    /// <summary>Only list the scenarios (<c>--dry-run</c>): no journal, no recovery, no drift read — nothing is sent.</summary>
    public bool ListOnly { get; init; }

    /// <summary>Generated requests per operation in the fuzzing phase (<c>--fuzz N</c>); 0 (the default) runs no fuzzing phase.</summary>
    public int Fuzz { get; init; }

    /// <summary>The fuzzing phase's seed (<c>--seed S</c>): the same seed replays the same requests; null draws one (printed with the results).</summary>
    public int? Seed { get; init; }
}
