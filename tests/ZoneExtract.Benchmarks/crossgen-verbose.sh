#!/usr/bin/env bash
# Which of the library's methods ReadyToRun leaves to the JIT, and why (issue 15; docs/performance.md, speed13).
# Usage: tests/ZoneExtract.Benchmarks/crossgen-verbose.sh PUBLISHED_CLI_DIR [crossgen2 options, e.g. --instruction-set:x86-64-v3]
# Runs crossgen2 --verbose (the version the SDK restored for linux-x64 publishes) on the Release build of ZoneExtract.dll
# (dotnet build -c Release first), with the shared framework and the published console's assemblies as references, and
# prints the "was not compiled" lines (methods that only throw, such as IEnumerator.Reset, left out).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${1:?usage: crossgen-verbose.sh PUBLISHED_CLI_DIR [crossgen2 options]}"
shift
runtime=$(dotnet --list-runtimes | awk '$1 == "Microsoft.NETCore.App" { v = $2; d = $3 } END { gsub(/[][]/, "", d); print d "/" v }')
crossgen=$(ls -d ~/.nuget/packages/microsoft.netcore.app.crossgen2.linux-x64/*/tools/crossgen2 | sort -V | tail -1)
refs=()
for f in "$runtime"/*.dll "$cli"/*.dll; do [ "$(basename "$f")" = ZoneExtract.dll ] || refs+=(-r "$f"); done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$crossgen" "$root/src/ZoneExtract/bin/Release/net10.0/ZoneExtract.dll" -o "$out/ZoneExtract.dll" --targetos:linux --targetarch:x64 -O \
  "${refs[@]}" --verbose "$@" > "$out/log" 2>&1 || { tail -5 "$out/log" >&2; exit 1; }
grep "was not compiled" "$out/log" | grep -v "always throws" || true
