#!/usr/bin/env bash
# Runs the conformance suite (or `diff OLD NEW`). Builds once, then runs the CLI.
# Without --target it starts the embedded reference target on 127.0.0.1.
# Exit codes: 0 pass, 1 a failure at the --fail-on level, 2 usage/configuration/unreachable target.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: dotnet (the .NET 10 SDK) is not on PATH: install it, then run ./run-conformance.sh again" >&2
  exit 2
fi

cli_dll="$here/src/Conformance.Cli/bin/Release/net10.0/Conformance.Cli.dll"
echo "building the suite (Release)…" >&2
if ! build_log=$(dotnet build "$here/src/Conformance.Cli/Conformance.Cli.csproj" -c Release -nologo -v q 2>&1); then
  echo "$build_log" | grep -E "error" | head -20 >&2
  echo "error: the build failed (see above)" >&2
  exit 2
fi

exec dotnet "$cli_dll" "$@"
