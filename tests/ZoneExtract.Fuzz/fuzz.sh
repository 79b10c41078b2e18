#!/usr/bin/env bash
# Fuzzes the numeral and date parsers (extraction restricted to MONEY|PERCENT|DATE) with AFL++ and SharpFuzz.
# Usage (as root on Debian/Ubuntu): tests/ZoneExtract.Fuzz/fuzz.sh [SECONDS]   (default 600)
# Installs afl++ (apt) and the SharpFuzz.CommandLine 2.3.0 dotnet tool if missing, publishes the target,
# instruments ZoneExtract.dll, and runs afl-fuzz for SECONDS. Crashing inputs land in
# tests/ZoneExtract.Fuzz/findings/default/crashes/: each one becomes a regression test (HostileInputTests).
set -euo pipefail
seconds="${1:-600}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/bin/fuzz"

if ! command -v afl-fuzz >/dev/null; then
  apt-get update && apt-get install -y afl++
fi
export PATH="$PATH:$HOME/.dotnet/tools"
if ! command -v sharpfuzz >/dev/null; then
  dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0
fi

rm -rf "$out" # sharpfuzz refuses an already instrumented assembly, so publish afresh
dotnet publish "$here/ZoneExtract.Fuzz.csproj" -c Release -o "$out"
sharpfuzz "$out/ZoneExtract.dll"

# The .NET runtime is not an AFL-compiled binary; SharpFuzz's instrumentation talks to AFL itself.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# -t: one input may take up to 10 s (start-up of the runtime and jieba's dictionaries is paid once, not per input).
afl-fuzz -V "$seconds" -i "$here/seeds" -o "$here/findings" -t 10000 -m none -- dotnet "$out/ZoneExtract.Fuzz.dll"

crashes=("$here"/findings/default/crashes/id:*)
if [ -e "${crashes[0]}" ]; then
  echo "fuzz: ${#crashes[@]} crashing input(s) in $here/findings/default/crashes" >&2
  exit 1
fi
echo "fuzz: no crash in $seconds s"
