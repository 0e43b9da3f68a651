using System.CommandLine;
using System.CommandLine.Parsing;

namespace Conformance.Cli;

/// <summary>
/// The options given on the command line by settings name (<c>filter</c>, <c>spec</c> …), as
/// <see cref="Configuration.SettingsReader"/> reads them: a switch is <c>1</c> (<c>0</c> when
/// turned off with <c>=false</c>), a repeatable option's values are joined with commas, a single
/// option given twice keeps the last. An option not given is absent, so its environment variable applies.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> values = [];

    public string? this[string name] => values.GetValueOrDefault(name);

    public bool Has(string name) => values.TryGetValue(name, out var value) && value != "0";

    /// <summary>Parses a run's command line; bad input throws <see cref="Configuration.SettingsException"/> with the one line to print.</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parser = new CliParser();
        var parse = parser.Parse(args);
        return CliParser.ErrorLine(parse) is { } error ? throw new Configuration.SettingsException(error) : parser.RunArguments(parse);
    }

    internal static CliArguments From(ParseResult parse, IReadOnlyDictionary<string, Option> options)
    {
        var parsed = new CliArguments();
        foreach (var (name, option) in options)
        {
            if (parse.GetResult(option) is not { Implicit: false } given) continue;
            var shape = CliOptions.Find(name)!.Shape;
            parsed.values[name] = shape switch
            {
                OptionShape.Switch => given.GetValueOrDefault<bool>() ? "1" : "0",
                OptionShape.Repeatable => string.Join(",", given.GetValueOrDefault<string[]>() ?? []),
                _ => (given.GetValueOrDefault<string[]>() ?? []).LastOrDefault() ?? "",
            };
        }

        return parsed;
    }
}
