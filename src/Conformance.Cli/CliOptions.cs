namespace Conformance.Cli;

/// <summary>
/// Every option of a run, in --help order. Adding an option is one line here: the parser, --help,
/// the typo suggestions and the environment variable (when SettingsReader knows the name) follow.
/// The value reaches <see cref="Configuration.SettingsReader"/> under the same name.
/// </summary>
internal static class CliOptions
{
    public const string Target = "Target";
    public const string Scenarios = "Scenarios";
    public const string Run = "Run";
    public const string Reports = "Reports";
    public const string Output = "Output";

    public static readonly IReadOnlyList<CliOption> All =
    [
        new("target", OptionShape.Repeatable, Target, "URL", "the target's base URL (repeat for several, each with its --profile); without it, the embedded reference target runs on 127.0.0.1"),
        new("profile", OptionShape.Repeatable, Target, "PATH", "the target's profile: identities and fixtures (docs/target-profile.md); one per --target, or one for all"),
        new("targets", OptionShape.Value, Target, "FILE", "a file naming each target's url, profile and contracts: one report, a column per target"),
        new("ca-cert", OptionShape.Value, Target, "PATH", "a PEM or DER file of the CA that issued a staging target's TLS certificate"),
        new("reference-fault", OptionShape.Repeatable, Target, "NAME", "a fault the embedded reference target injects, to see a check fail"),

        new("spec", OptionShape.Repeatable, Scenarios, "PATH|ID", "a spec path, or a contract id of the repository's specs (dfns, dfns-legacy, senhasegura); a target given without --spec runs today's contracts (dfns, senhasegura)"),
        new("filter", OptionShape.Value, Scenarios, "EXPR", "comma-separated globs or substrings of scenario ids, e.g. 'dfns-legacy.*/nonce/*,replayed'"),
        new("only", OptionShape.Repeatable, Scenarios, "ID", "exactly these scenario ids (comma-separated or repeated), e.g. to reproduce one failure"),
        new("changed-only", OptionShape.Value, Scenarios, "OLD.yaml", "only the operations the change from OLD.yaml to the one --spec touches"),
        new("dry-run", OptionShape.Switch, Scenarios, null, "list the scenarios that would run and the constraint coverage, and exit; needs no target"),
        new("fuzz", OptionShape.Value, Scenarios, "N", "a fuzzing phase after the scenarios: N generated requests per operation (default 0: off)"),
        new("seed", OptionShape.Value, Scenarios, "S", "the fuzzing seed (default: drawn and printed); the same seed replays the same requests"),
        new("skip-broken-operations", OptionShape.Switch, Scenarios, null, "leave out (and list) operations the spec loader cannot read, instead of stopping with exit 2"),

        new("parallel", OptionShape.Value, Run, "N", "scenarios at once, 1 to 64"),
        new("timeout", OptionShape.Value, Run, "SECONDS", "for each whole exchange, the response body included (default 30)"),
        new("max-rps", OptionShape.Value, Run, "N", "at most N requests a second to the target (default: no cap), e.g. 5 or 0.5"),
        new("max-duration", OptionShape.Value, Run, "DURATION", "the run budget (seconds, or 90s, 30m, 2h; default 30m): past it the run stops, restores its fixtures and is reported INCOMPLETE (exit 2)"),
        new("unresponsive-after", OptionShape.Value, Run, "N", "stop as \"target unresponsive\" after N requests in a row without an answer (default 10)"),
        new("recover", OptionShape.Switch, Run, null, "only put back the fixtures an earlier, unfinished run left changed (every run does this first, from <reports>/.journal/), then exit"),

        new("reports", OptionShape.Value, Reports, "DIR", "where reports go (default reports/): a folder per run, and latest/"),
        new("fail-on", OptionShape.Value, Reports, "must|should", "the level whose failure exits 1 (default must)"),
        new("no-html", OptionShape.Switch, Reports, null, "skip the Allure HTML report (the slow part); summary.html is still written"),
        new("keep", OptionShape.Value, Reports, "N", "keep the newest N run folders in the reports folder (default 20; 0 keeps all); older ones are deleted after the run"),
        new("max-body-excerpt", OptionShape.Value, Reports, "CHARS", "characters of each body a report file keeps (default 8192); the response cap of 1 MiB still applies to what the checks read"),

        new("quiet", OptionShape.Switch, Output, null, "print only the summary line, warnings and errors", "-q"),
        new("verbose", OptionShape.Switch, Output, null, "print every scenario as it finishes, with each check's outcome", "-v"),
    ];

    public static CliOption? Find(string name) => All.FirstOrDefault(o => o.Name == name);
}
