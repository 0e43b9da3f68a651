#!/usr/bin/env bash
# Runs the conformance suite (or `diff OLD NEW`, `merge`). Builds when a source changed, then runs the CLI.
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
stamp="$here/src/Conformance.Cli/bin/Release/net10.0/.built"

# Rebuild only when a source changed since the last good build (or none exists): `--help` on a
# built tree answers at once. The stamp, not the dll, is compared: an incremental build that
# changed nothing leaves the dll's time as it was.
needs_build() {
  [ -f "$cli_dll" ] && [ -f "$stamp" ] || return 0
  local newer
  newer=$(find "$here/src" "$here"/Directory.*.props "$here/global.json" "$here/NuGet.config" "$here/nuget.config" \
    \( -name bin -o -name obj \) -prune -o \
    \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.targets' -o -name '*.json' -o -name '*.config' \) \
    -newer "$stamp" -print -quit 2>/dev/null)
  [ -n "$newer" ]
}

if needs_build; then
  echo "building the suite (Release)…" >&2
  if ! build_log=$(dotnet build "$here/src/Conformance.Cli/Conformance.Cli.csproj" -c Release -nologo -v q 2>&1); then
    echo "$build_log" | grep -E "error" | head -20 >&2
    echo "error: the build failed (see above)" >&2
    exit 2
  fi
  touch "$stamp"
fi

exec dotnet "$cli_dll" "$@"
