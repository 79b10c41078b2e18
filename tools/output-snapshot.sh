#!/usr/bin/env bash
# Writes the extractor's output for the reference article and every dev-corpus document (plus any extra JSONL
# files given) into one folder, so that a refactoring can be checked byte for byte:
#   tools/output-snapshot.sh /tmp/before; (change the code); tools/output-snapshot.sh /tmp/after; diff -r /tmp/before /tmp/after
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: tools/output-snapshot.sh OUT_DIR [extra.jsonl ...]}
shift
mkdir -p "$out"
cli=(dotnet run -c Release --project src/ZoneExtract.Cli --)
"${cli[@]}" extract corpus/gaoxin-2020-11.txt --reference-date 2020-11-23 --format jsonl > "$out/reference.jsonl"
for gold in corpus/dev/*.jsonl "$@"; do
  [ -f "$gold" ] || continue
  # gold files carry their text and reference date: a batch run reads both and writes one line per document
  "${cli[@]}" extract "$gold" --quiet --out "$out/$(basename "$gold" .jsonl).out.jsonl"
done
ls -l "$out"
