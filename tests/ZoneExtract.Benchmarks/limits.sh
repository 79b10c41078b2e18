#!/usr/bin/env bash
# Size limits check (issue: a 50 MB single document and a 200,000-document JSONL stream in bounded memory).
# Usage: tests/ZoneExtract.Benchmarks/limits.sh [WORKDIR]   (default /tmp/zoneextract-limits; needs python3, GNU time)
# Builds the console in Release, generates both inputs from the reference article, runs them and prints the
# elapsed time and peak resident memory (GNU time's "Maximum resident set size") of each run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="${1:-/tmp/zoneextract-limits}"
mkdir -p "$work"

dotnet build "$root/src/ZoneExtract.Cli" -c Release -o "$work/cli" >/dev/null
cli="$work/cli/ZoneExtract.Cli"

python3 - "$root/corpus/gaoxin-2020-11.txt" "$work" <<'PY'
import json, sys
article = open(sys.argv[1], encoding="utf-8").read()
work = sys.argv[2]
# One document of 50 MB (UTF-8): the article repeated, paragraphs kept.
with open(f"{work}/big.txt", "w", encoding="utf-8") as f:
    size = 0
    while size < 50 * 1024 * 1024:
        f.write(article + "\n\n")
        size += len((article + "\n\n").encode("utf-8"))
# The same document as one JSONL line, for the batch path and its size limit.
with open(f"{work}/big.txt", encoding="utf-8") as f, open(f"{work}/big.jsonl", "w", encoding="utf-8") as out:
    out.write(json.dumps({"id": "big", "text": f.read(), "meta": {"reference_date": "2020-11-23"}}, ensure_ascii=False) + "\n")
# 200,000 documents: sentences and paragraphs of the article, one per JSONL line.
pieces = [p.strip() for p in article.replace("。", "。\n").split("\n") if p.strip()]
with open(f"{work}/many.jsonl", "w", encoding="utf-8") as f:
    for i in range(200_000):
        f.write(json.dumps({"id": f"d{i}", "text": pieces[i % len(pieces)], "meta": {"reference_date": "2020-11-23"}}, ensure_ascii=False) + "\n")
PY
ls -l "$work/big.txt" "$work/big.jsonl" "$work/many.jsonl"

measure() {
  local name="$1"; shift
  /usr/bin/time -f "$name: %e s elapsed, %M KB peak resident, exit %x" "$@" > "$work/$name.out" 2> "$work/$name.err" || true
  tail -n 1 "$work/$name.err"
  echo "$name: $(wc -l < "$work/$name.out") output lines, $(grep -c '"error"' "$work/$name.out" || true) error records"
}
measure big-single "$cli" extract "$work/big.txt" --format jsonl --reference-date 2020-11-23
measure big-over-limit "$cli" extract "$work/big.jsonl" --quiet
measure big-raised-limit "$cli" extract "$work/big.jsonl" --quiet --max-chars 33554432
measure many-jsonl "$cli" extract "$work/many.jsonl" --quiet
