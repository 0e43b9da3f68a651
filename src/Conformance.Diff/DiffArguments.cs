using Conformance.Diff.Rendering;

namespace Conformance.Diff;

/// <summary>
/// <c>diff OLD NEW [--migration] [--format text|markdown|json|junit] [--output FILE] [--fail-on breaking|risky]</c>.
/// The leading <c>diff</c> word is optional, so the CLI may pass its arguments through whole.
/// Options also take the <c>--name=value</c> form. <c>--migration</c> renders the diff as a
/// migration note for clients (text or markdown); the gate and exit code are the same.
/// </summary>
internal sealed record DiffArguments(string OldPath, string NewPath, DiffFormat Format, string? Output, ChangeSeverity FailOn, bool Migration = false)
{
    public const string Usage = "usage: diff OLD.yaml NEW.yaml [--migration] [--format text|markdown|json|junit] [--output FILE] [--fail-on breaking|risky]";

    /// <summary>Parses; on bad usage returns null and one line naming the bad argument.</summary>
    public static DiffArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var positional = new List<string>();
        var format = DiffFormat.Text;
        string? output = null;
        var failOn = ChangeSeverity.Breaking;
        var migration = false;
        error = null;
        var start = args.Count > 0 && args[0] == "diff" ? 1 : 0;
        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positional.Add(arg);
                continue;
            }

            if (arg == "--migration")
            {
                migration = true;
                continue;
            }

            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? arg : arg[..eq];
            if (name is not ("--format" or "--output" or "--fail-on"))
            {
                error = $"diff: unknown option '{name}'. {Usage}";
                return null;
            }

            var value = eq >= 0 ? arg[(eq + 1)..] : i + 1 < args.Count ? args[++i] : null;
            if (string.IsNullOrEmpty(value))
            {
                error = $"diff: option '{name}' needs a value. {Usage}";
                return null;
            }

            switch (name)
            {
                case "--format" when ParseFormat(value) is { } f:
                    format = f;
                    break;
                case "--format":
                    error = $"diff: --format '{value}' is not one of text, markdown, json, junit";
                    return null;
                case "--fail-on" when value is "breaking" or "risky":
                    failOn = value == "risky" ? ChangeSeverity.Risky : ChangeSeverity.Breaking;
                    break;
                case "--fail-on":
                    error = $"diff: --fail-on '{value}' is not one of breaking, risky";
                    return null;
                default:
                    output = value;
                    break;
            }
        }

        if (positional.Count != 2)
        {
            error = positional.Count < 2
                ? $"diff: missing {(positional.Count == 0 ? "OLD.yaml and NEW.yaml" : "NEW.yaml")}. {Usage}"
                : $"diff: unexpected argument '{positional[2]}'. {Usage}";
            return null;
        }

        if (migration && format is not (DiffFormat.Text or DiffFormat.Markdown))
        {
            error = $"diff: --migration writes text or markdown, not --format {format.ToString().ToLowerInvariant()}";
            return null;
        }

        return new DiffArguments(positional[0], positional[1], format, output, failOn, migration);
    }

    private static DiffFormat? ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "text" => DiffFormat.Text,
        "markdown" or "md" => DiffFormat.Markdown,
        "json" => DiffFormat.Json,
        "junit" => DiffFormat.JUnit,
        _ => null,
    };
}
