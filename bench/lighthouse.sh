#!/usr/bin/env bash
# Lighthouse 13 on a running Cocrea (a benchmark, not a test: `mvn verify` never runs it).
# It starts nothing: run the demo first (README: `mvn -q -DskipTests package exec:java@demo -Dport=8097`).
#
#   bench/lighthouse.sh [BASE_URL] [OUT.md]      e.g. bench/lighthouse.sh http://localhost:8097/
#
# Mobile emulation (Lighthouse's default form factor, with its simulated slow 4G and 4x CPU slowdown)
# on the public home, the first plan it links to with a commitment with indicators and that commitment
# (else the first plan and its first commitment). Writes a
# markdown table (performance, LCP, accessibility, bytes sent) to OUT.md (default: stdout) for
# docs/performance.md. Needs node/npx (the npm registry) and Chromium at $CHROME_PATH.
set -euo pipefail
BASE="${1:-http://localhost:8080/}"
BASE="${BASE%/}/"
OUT="${2:-/dev/stdout}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

links() { # the hrefs on page $1 whose path is $2 (plan or commitment), as paths with their ids, in order
  curl -fsS "$1" | grep -oE "href=\"[^\"]*/$2(\.xhtml)?\?id=[0-9]+" | sed -E "s/.*\/($2(\.xhtml)?\?id=[0-9]+)/\1/" | awk '!seen[$0]++'
}
# the first commitment with indicators (its chart is the heaviest thing a public commitment shows) of
# the first plan that has one; without any, the first plan and its first commitment
PLAN="" COMMITMENT=""
for plan in $(links "$BASE" plan); do
  for commitment in $(links "$BASE$plan" commitment); do
    page="$(curl -fsS "$BASE$commitment")"
    if grep -q 'id="commitmentIndicators"' <<<"$page"; then PLAN="$plan" COMMITMENT="$commitment"; break 2; fi
  done
done
if [ -z "$COMMITMENT" ]; then
  PLAN="$(links "$BASE" plan | head -1)"
  COMMITMENT="$(links "$BASE$PLAN" commitment | head -1)"
fi

row() { # name, url
  local file="$WORK/$(echo "$1" | tr -c 'a-z0-9' '_')"
  local json="$file.json"
  npx -y lighthouse@13 "$2" --form-factor=mobile --only-categories=performance,accessibility \
      --output=json --output-path="$json" --quiet \
      --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" >/dev/null 2>"$file.log" \
    || { echo "| $1 | failed: $(grep -v "npm warn" "$file.log" | tail -1) | | | |"; return; }
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits, c = r.categories;
    const score = k => Math.round(c[k].score * 100);
    const failed = Object.values(a).filter(x => x.scoreDisplayMode === "binary" && x.score === 0
        && r.categories.accessibility.auditRefs.some(ref => ref.id === x.id)).map(x => x.id);
    console.log(`| ${process.argv[2]} | ${score("performance")} | ${(a["largest-contentful-paint"].numericValue / 1000).toFixed(1)} s`
      + ` | ${score("accessibility")} | ${Math.round(a["total-byte-weight"].numericValue / 1024)} KB`
      + ` | ${failed.join(", ") || "–"} |`);
  ' "$json" "$1"
}

{
  echo "Lighthouse 13, mobile emulation, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $BASE"
  echo
  echo "| page | performance | LCP | accessibility | bytes | accessibility audits failed |"
  echo "| --- | ---: | ---: | ---: | ---: | --- |"
  row "home (/)" "$BASE"
  row "plan (/$PLAN)" "$BASE$PLAN"
  row "commitment (/$COMMITMENT)" "$BASE$COMMITMENT"
} > "$OUT"
