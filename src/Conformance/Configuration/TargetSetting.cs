namespace Conformance.Configuration;

/// <summary>One target of a run over several: its name in the report, URL, profile, and the specs run against it.</summary>
/// <param name="Name">The report's column heading (a targets file names it; else the URL's host and port).</param>
/// <param name="Specs">Spec paths or contract ids; empty = the run's specs (<see cref="ConformanceSettings.Specs"/>).</param>
public sealed record TargetSetting(string Name, Uri Url, string Profile, IReadOnlyList<string> Specs);
