namespace Conformance.Cli;

/// <summary>The help text of run-conformance.sh.</summary>
internal static class Usage
{
    public const string Text = """
        usage: ./run-conformance.sh [--target URL --profile PATH] [--spec PATH]... [--filter EXPR]
                                    [--parallel N] [--fail-on must|should] [--no-html] [--reports DIR]
                                    [--timeout SECONDS] [--reference-fault NAME]... [--changed-only OLD.yaml] [--dry-run]
                                    [--max-rps N] [--ca-cert PATH] [--max-body-excerpt CHARS]
               ./run-conformance.sh diff OLD.yaml NEW.yaml [--format text|markdown|json|junit] [--output FILE] [--fail-on breaking|risky]

        Without --target, the embedded reference target is started on 127.0.0.1 and its generated
        profile is used. Every flag has an environment variable: CONFORMANCE_TARGET, CONFORMANCE_SPEC,
        CONFORMANCE_PROFILE, CONFORMANCE_PARALLEL, CONFORMANCE_FILTER, CONFORMANCE_REPORTS,
        CONFORMANCE_FAIL_ON, CONFORMANCE_NO_HTML, CONFORMANCE_TIMEOUT, CONFORMANCE_REFERENCE_FAULT,
        CONFORMANCE_MAX_RPS, CONFORMANCE_CA_CERT, CONFORMANCE_MAX_BODY_EXCERPT.

        --filter   comma-separated globs or substrings of scenario ids, e.g. 'dfns.*/nonce/*,replayed'
        --dry-run  list the scenarios that would run, and exit
        --timeout  seconds for each whole exchange, the response body included (default 30)
        --max-rps  at most N requests a second to the target (default: no cap), e.g. 5 or 0.5
        --ca-cert  a PEM or DER file of the CA that issued a staging target's TLS certificate
        --max-body-excerpt  characters of each body a report file keeps (default 8192); the
                   response cap of 1 MiB still applies to what the checks read

        exit codes: 0 no MUST failure (or none at --fail-on level), 1 a failure, 2 bad usage, bad input
        or an unreachable target.
        """;
}
