#!/usr/bin/env bash
# Times an HTML page of ZoneExtract in headless Chromium (docs/html-view.md): the page's own timings (DOMContentLoaded
# and load, in ms from navigation start, read from a copy of the page with a timing script added), and the wall time
# of a whole `chromium --screenshot` run (start, load, render, write the PNG) next to the same run on an empty page.
#   tools/html-load-time.sh PAGE.html [RUNS]
set -euo pipefail
page=$(realpath "${1:?usage: tools/html-load-time.sh PAGE.html [RUNS]}")
runs=${2:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/html-load-time.XXXXXX")
trap 'rm -rf "$work"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,2000 "--user-data-dir=$work/profile")

cat >"$work/timing.html" <<'SCRIPT'
<script>addEventListener('load', () => {
const n = performance.getEntriesByType('navigation')[0];
document.body.dataset.timing = `DOMContentLoaded ${Math.round(n.domContentLoadedEventEnd)} ms, load ${Math.round(n.loadEventStart)} ms`;
});</script>
SCRIPT
{ sed '/^<\/body>$/,$d' "$page"; cat "$work/timing.html"; printf '</body>\n</html>\n'; } >"$work/probe.html"
printf '<!DOCTYPE html>\n<title>empty</title><p>empty</p>\n' >"$work/empty.html"

echo "$(basename "$page"): $(wc -c <"$page") bytes"
for _ in $(seq "$runs"); do
  chromium "${flags[@]}" --virtual-time-budget=60000 --dump-dom "file://$work/probe.html" 2>/dev/null \
    | { grep -o 'data-timing="[^"]*"' || echo 'data-timing=(no timing)'; } | sed 's/data-timing=/  in the page: /'
done
TIMEFORMAT=%R
for target in "$work/empty.html" "$page"; do
  for _ in $(seq "$runs"); do
    seconds=$( { time chromium "${flags[@]}" "--screenshot=$work/shot.png" "file://$target" >/dev/null 2>&1; } 2>&1 )
    echo "  chromium --screenshot of $(basename "$target"): ${seconds} s"
  done
done
