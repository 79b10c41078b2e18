#!/usr/bin/env bash
# Whole-process batch speed against a jieba.NET Cut console over the same JSONL (issue 15; docs/batch.md, "Speed").
# Usage: tests/ZoneExtract.Benchmarks/batch-speed.sh [WORKDIR] [RUNS]   (default /tmp/zoneextract-speed, 3 runs;
# needs python3 and hyperfine). Publishes the console for linux-x64 (ReadyToRun, as the csproj says), builds the
# Cut baseline (ZoneExtract.Benchmarks cut-jsonl), writes 1, 350 and 3,500 copies of the reference article as
# JSONL and times each run, printing the load average before and after each group: the machine may be shared.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/zoneextract-speed}"
runs="${2:-3}"
mkdir -p "$work"

dotnet publish "$root/src/ZoneExtract.Cli" -c Release -r linux-x64 --self-contained false -o "$work/cli" >/dev/null
dotnet build "$root/src/ZoneExtract.Cli" -c Release -o "$work/cli-jit" >/dev/null
dotnet build "$root/tests/ZoneExtract.Benchmarks" -c Release -o "$work/bench" >/dev/null

python3 - "$root/corpus/gaoxin-2020-11.txt" "$work" <<'PY'
import json, sys
article = open(sys.argv[1], encoding="utf-8").read()
for n in (1, 350, 3500):
    with open(f"{sys.argv[2]}/docs{n}.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps({"id": f"d{i}", "text": article, "meta": {"reference_date": "2020-11-23"}}, ensure_ascii=False) + "\n")
PY

cli="$work/cli/ZoneExtract.Cli"
cut="dotnet $work/bench/ZoneExtract.Benchmarks.dll cut-jsonl"
group() {
  local name="$1"; shift
  echo "== $name; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine -N --runs "$runs" --warmup 1 --export-json "$work/$name.json" "$@" 2>&1 | grep -E "Benchmark|Time|Range"
  echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
group start-up -n "zoneextract, 1 article" "$cli extract $work/docs1.jsonl --threads 1 --quiet" -n "Cut console, 1 article" "$cut $work/docs1.jsonl"
group 350 -n "zoneextract, 350 articles" "$cli extract $work/docs350.jsonl --threads 1 --quiet" -n "Cut console, 350 articles" "$cut $work/docs350.jsonl"
group 3500 -n "zoneextract, 3,500 articles" "$cli extract $work/docs3500.jsonl --threads 1 --quiet" -n "Cut console, 3,500 articles" "$cut $work/docs3500.jsonl"
# The levers one by one on 350 articles (and on 3,500 with LEVERS_3500=1): tiers off, PGO back on, no ReadyToRun.
levers() {
  local docs="$1"
  group "levers-$docs" \
    -n "as shipped (ReadyToRun, tiered, no PGO)" "$cli extract $work/docs$docs.jsonl --threads 1 --quiet" \
    -n "ReadyToRun, no tiers" "env DOTNET_TieredCompilation=0 $cli extract $work/docs$docs.jsonl --threads 1 --quiet" \
    -n "ReadyToRun, tiered with PGO" "env DOTNET_TieredPGO=1 $cli extract $work/docs$docs.jsonl --threads 1 --quiet" \
    -n "JIT only, no tiers" "env DOTNET_TieredCompilation=0 $work/cli-jit/ZoneExtract.Cli extract $work/docs$docs.jsonl --threads 1 --quiet" \
    -n "JIT only, tiered with PGO (the .NET default)" "env DOTNET_TieredPGO=1 $work/cli-jit/ZoneExtract.Cli extract $work/docs$docs.jsonl --threads 1 --quiet"
}
levers 350
if [ "${LEVERS_3500:-0}" = 1 ]; then levers 3500; fi
