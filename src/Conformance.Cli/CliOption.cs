namespace Conformance.Cli;

/// <summary>
/// One option of the command line. <see cref="Name"/> is the option without its dashes and the
/// settings name <see cref="Configuration.SettingsReader"/> reads, so a flag, its environment
/// variable (<c>CONFORMANCE_</c> + upper case) and its .runsettings parameter mean one thing.
/// </summary>
/// <param name="Group">The heading it is listed under in --help.</param>
/// <param name="Placeholder">What the value looks like in --help (<c>URL</c>, <c>N</c>); null for a switch.</param>
/// <param name="Alias">A short form (<c>-q</c>), or null.</param>
internal sealed record CliOption(string Name, OptionShape Shape, string Group, string? Placeholder, string Help, string? Alias = null)
{
    public string Flag => "--" + Name;

    /// <summary>The environment variable that gives the same setting, when SettingsReader reads one for it.</summary>
    public string? EnvironmentVariable =>
        Configuration.SettingsReader.Names.Contains(Name) ? "CONFORMANCE_" + Name.ToUpperInvariant().Replace('-', '_') : null;
}
