namespace Conformance.Cli;

/// <summary>The help text of run-conformance.sh.</summary>
internal static class Usage
{
    public const string Text = """
        usage: ./run-conformance.sh [--target URL --profile PATH]... [--targets FILE] [--spec PATH]... [--filter EXPR]
                                    [--parallel N] [--fail-on must|should] [--no-html] [--reports DIR]
                                    [--timeout SECONDS] [--reference-fault NAME]... [--only ID]... [--changed-only OLD.yaml] [--dry-run]
                                    [--max-rps N] [--ca-cert PATH] [--max-body-excerpt CHARS]
                                    [--max-duration 30m] [--unresponsive-after N] [--skip-broken-operations] [--recover] [--keep N]
               ./run-conformance.sh diff OLD.yaml NEW.yaml [--format text|markdown|json|junit] [--output FILE] [--fail-on breaking|risky]
               ./run-conformance.sh merge RUN/summary.json... [--reports DIR] [--fail-on must|should] [--no-html]

        Without --target, the embedded reference target is started on 127.0.0.1: its legacy Dfns API
        runs dfns-legacy and senhasegura, its current Dfns API runs dfns, one report with both side
        by side. A target given without --spec runs today's contracts (dfns, senhasegura).
        --target may be given several times (each with its --profile, or one --profile for all), or
        --targets FILE names each target's url, profile and contracts: one report, a column per target.
        Every flag has an environment variable: CONFORMANCE_TARGET, CONFORMANCE_SPEC,
        CONFORMANCE_PROFILE, CONFORMANCE_PARALLEL, CONFORMANCE_FILTER, CONFORMANCE_REPORTS,
        CONFORMANCE_FAIL_ON, CONFORMANCE_NO_HTML, CONFORMANCE_TIMEOUT, CONFORMANCE_REFERENCE_FAULT,
        CONFORMANCE_TARGETS, CONFORMANCE_ONLY, CONFORMANCE_MAX_RPS, CONFORMANCE_CA_CERT,
        CONFORMANCE_MAX_BODY_EXCERPT (several values comma-separated), CONFORMANCE_MAX_DURATION,
        CONFORMANCE_UNRESPONSIVE_AFTER, CONFORMANCE_SKIP_BROKEN_OPERATIONS.

        --spec     a spec path, or a contract id of the repository's specs (dfns, dfns-legacy, senhasegura)
        merge      one report from the summary.json of several runs (sharded CI jobs, several targets)

        --filter        comma-separated globs or substrings of scenario ids, e.g. 'dfns-legacy.*/nonce/*,replayed'
        --only          exactly these scenario ids (comma-separated or repeated), e.g. to reproduce one failure
        --dry-run       list the scenarios that would run, and exit
        --timeout       seconds for each whole exchange, the response body included (default 30)
        --max-rps       at most N requests a second to the target (default: no cap), e.g. 5 or 0.5
        --ca-cert       a PEM or DER file of the CA that issued a staging target's TLS certificate
        --max-body-excerpt  characters of each body a report file keeps (default 8192); the
                        response cap of 1 MiB still applies to what the checks read
        --max-duration  the run budget (seconds, or 90s, 30m, 2h; default 30m): past it the run stops,
                        restores its fixtures and is reported INCOMPLETE (exit 2)
        --unresponsive-after N   stop as "target unresponsive" after N requests in a row without an
                        answer (default 10): restore, report INCOMPLETE, exit 2
        --skip-broken-operations leave out (and list) operations the spec loader cannot read, instead
                        of stopping with exit 2
        --fuzz N        a fuzzing phase after the scenarios: N generated requests per operation (default 0: off)
        --seed S        the fuzzing seed (default: drawn and printed); the same seed replays the same requests
        --keep N        keep the newest N run folders in the reports folder (default 20; 0 keeps all);
                        older ones are deleted after the run (CONFORMANCE_KEEP)
        --recover       only put back the fixtures an earlier, unfinished run left changed (every run
                        does this first, from the journal in <reports>/.journal/), then exit

        SIGTERM or Ctrl+C: no new scenario, stimuli in flight cancelled, every fixture restored, the
        report written as INCOMPLETE, exit 2. A second signal keeps restoring and says what; a third
        abandons restoration and lists the fixtures left changed.

        exit codes: 0 no MUST failure (or none at --fail-on level), 1 a failure or a fixture not
        confirmed restored, 2 bad usage, bad input, an unreachable target, an INCOMPLETE run, or a
        run that tested nothing (every scenario skipped).
        Spec problems (a part of the spec that could not be read) are printed as warnings:
        file:line: pointer: message.
        """;
}
