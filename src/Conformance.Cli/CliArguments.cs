namespace Conformance.Cli;

/// <summary>
/// Parses <c>--name value</c> flags into the settings names of <see cref="Configuration.SettingsReader"/>.
/// Repeatable flags (<c>--spec</c>, <c>--reference-fault</c>, <c>--target</c>, <c>--profile</c>) are joined with commas.
/// </summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Switches = ["no-html", "dry-run", "help", "skip-broken-operations", "recover"];
    private static readonly HashSet<string> Repeatable = ["spec", "reference-fault", "target", "profile", "only"];
    private static readonly HashSet<string> Known = ["target", "spec", "profile", "parallel", "filter", "reports", "fail-on", "no-html", "timeout", "reference-fault", "targets", "only", "changed-only", "dry-run", "help",
        "max-rps", "ca-cert", "max-body-excerpt", "max-duration", "unresponsive-after", "skip-broken-operations", "recover",
        "fuzz", "seed", "keep"];
    private readonly Dictionary<string, string> values = [];

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new Configuration.SettingsException($"unexpected argument '{arg}' (see --help)");
            var name = arg[2..];
            var inline = name.IndexOf('=', StringComparison.Ordinal);
            string? value = null;
            if (inline >= 0)
            {
                value = name[(inline + 1)..];
                name = name[..inline];
            }

            if (!Known.Contains(name)) throw new Configuration.SettingsException($"unknown option --{name} (see --help)");
            if (Switches.Contains(name))
            {
                parsed.values[name] = value ?? "1";
                continue;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new Configuration.SettingsException($"option --{name} needs a value");
                value = args[++i];
            }

            // An empty value would read as "not given" (an empty --filter would run everything): say so.
            if (string.IsNullOrWhiteSpace(value)) throw new Configuration.SettingsException($"option --{name} has an empty value; give a value or leave the option out");
            parsed.values[name] = Repeatable.Contains(name) && parsed.values.TryGetValue(name, out var earlier) ? earlier + "," + value : value;
        }

        return parsed;
    }

    public string? this[string name] => values.GetValueOrDefault(name);

    public bool Has(string name) => values.ContainsKey(name);
}
