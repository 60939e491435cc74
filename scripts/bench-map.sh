#!/usr/bin/env bash
# Times the map's server queries the way a browser asks for them, against a running server:
#   scripts/bench-map.sh http://127.0.0.1:3000 [requests]
# For each filter set: median and 90th percentile of `requests` sequential GETs of
# /api/v1/map (after two warm-ups), the gzip size of the answer, and bytes per organisation.
# Start the server on a database seeded with `cloth seed --orgs 100000` to reproduce the
# 100k numbers in docs/performance.md.
set -euo pipefail
base="${1:-http://127.0.0.1:3000}"
n="${2:-21}"
filters=(
  ""
  "kind=sme"
  "country=ES&kind=sme"
  "chain=digital&topic=knitting"
  "q=knit"
  "region=ES51"
  "asof=2024-01-01"
  "metric=smes"
  "metric=cluster-members"
  "metric=topics-offered"
  "metric=unmet-needs"
)
printf '| query | median ms | p90 ms | organisations | gzip bytes | bytes/org |\n|---|---|---|---|---|---|\n'
for f in "${filters[@]}"; do
  url="$base/api/v1/map?$f"
  for _ in 1 2; do curl -s -o /dev/null "$url"; done
  times=$(for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done)
  body=$(mktemp)
  curl -s --compressed -o "$body" "$url"
  gz=$(curl -s -H 'Accept-Encoding: gzip' "$url" | wc -c)
  python3 - "$f" "$gz" "$body" "$times" <<'PY'
import json, statistics, sys
f, gz = sys.argv[1], int(sys.argv[2])
body = open(sys.argv[3]).read()
times = sorted(float(t) * 1000 for t in sys.argv[4].split())
total = json.loads(body)["total"]
p90 = times[int(round(0.9 * (len(times) - 1)))]
per = f"{gz / total:.3f}" if total else "—"
print(f"| `{f or '(none)'}` | {statistics.median(times):.1f} | {p90:.1f} | {total:,} | {gz:,} | {per} |")
PY
  rm -f "$body"
done
