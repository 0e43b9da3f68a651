namespace Conformance.Cli;

/// <summary>The help text of run-conformance.sh.</summary>
internal static class Usage
{
    public const string Text = """
        usage: ./run-conformance.sh [--target URL --profile PATH] [--spec PATH]... [--filter EXPR]
                                    [--parallel N] [--fail-on must|should] [--no-html] [--reports DIR]
                                    [--timeout SECONDS] [--reference-fault NAME]... [--changed-only OLD.yaml] [--dry-run]
               ./run-conformance.sh diff OLD.yaml NEW.yaml [--format text|markdown|json|junit] [--output FILE] [--fail-on breaking|risky]

        Without --target, the embedded reference target is started on 127.0.0.1 and its generated
        profile is used. Every flag has an environment variable: CONFORMANCE_TARGET, CONFORMANCE_SPEC,
        CONFORMANCE_PROFILE, CONFORMANCE_PARALLEL, CONFORMANCE_FILTER, CONFORMANCE_REPORTS,
        CONFORMANCE_FAIL_ON, CONFORMANCE_NO_HTML, CONFORMANCE_TIMEOUT, CONFORMANCE_REFERENCE_FAULT.

        --filter   comma-separated globs or substrings of scenario ids, e.g. 'dfns.*/nonce/*,replayed'
        --dry-run  list the scenarios that would run, and exit

        exit codes: 0 no MUST failure (or none at --fail-on level), 1 a failure, 2 bad usage, bad input,
        an unreachable target, or a run that tested nothing (every scenario skipped).
        Spec problems (a part of the spec that could not be read) are printed as warnings:
        file:line: pointer: message.
        """;
}
