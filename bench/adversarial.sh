#!/usr/bin/env bash
# Cost on adversarial input, whole process: one document per family at 1, 2, 4 and 8 MB through all four plugins,
# wall time and peak RSS, and the 8 MB / 1 MB ratios (8 is linear). Families: a run-on sentence of reported speech,
# a soup of cues, capitalised words, date words in a row, number words in a row, date and number words mixed (the
# date normaliser and the number reconciler together), months with days in a row, numbers in a row, quote marks,
# letters and dots.
# Then the largest size again with --timeout 1: the wall, the calls that timed out, and the calls that did not stop
# within the host's 1 s grace after their cancellation (the host says so in the DA0001 message; it must be none).
# Usage: bench/adversarial.sh [SIZES...]     (default 1 2 4 8)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-/tmp/docanalysis-adversarial}"
mkdir -p "$work"
sizes=("${@:-1 2 4 8}")
read -r -a sizes <<< "${sizes[*]}"
dotnet build "$repo/src/DocAnalysis.Cli" -c Release -v quiet --nologo >&2
cli=(dotnet "$repo/src/DocAnalysis.Cli/bin/Release/net10.0/docanalysis.dll")
declare -A units=(
  [run-on]="the official said that " [cue-soup]="said told according to said Smith " [capitals]="Alpha Bravo Charlie Delta Echo "
  [date-words]="Monday January last week next year spring " [digits]="1234567 " [quotes]='"He said " ' [dots]="a.b.c.d.e.f.g.h."
  [number-words]="twenty-one thousand and a half million dozens of "
  [date-number-words]="Monday twenty-one January thousand last week and a half next year million spring dozens of " [month-days]="Tuesday, Sept. 17, 2013 the week of March "
)
echo "| family | $(printf '%s MB | ' "${sizes[@]}")${sizes[-1]}/${sizes[0]} time | ${sizes[-1]}/${sizes[0]} RSS | ${sizes[-1]} MB, --timeout 1 |"
echo "|---|$(printf -- '---|%.0s' "${sizes[@]}")---|---|---|"
for family in run-on cue-soup capitals date-words number-words date-number-words month-days digits quotes dots; do
  row="| $family |"; first_t=""; first_m=""
  for mb in "${sizes[@]}"; do
    python3 - "${units[$family]}" "$mb" > "$work/in.jsonl" <<'PY'
import json, sys
unit, size = sys.argv[1], int(float(sys.argv[2]) * 1024 * 1024)
print(json.dumps({"id": "adversarial", "text": (unit * (size // len(unit) + 1))[:size], "metadata": {"published": "2017-04-26"}}))
PY
    /usr/bin/time -o "$work/time.txt" -f "%e %M" "${cli[@]}" run "$work/in.jsonl" --format jsonl --timeout 600 > /dev/null 2> "$work/err.txt" || true
    read -r t m < <(tail -n 1 "$work/time.txt") # GNU time writes a status line first when the run failed
    row="$row $t s, $((m / 1024)) MB |"; first_t=${first_t:-$t}; first_m=${first_m:-$m}; last_t=$t; last_m=$m
  done
  /usr/bin/time -o "$work/time.txt" -f "%e" "${cli[@]}" run "$work/in.jsonl" --format jsonl --timeout 1 > "$work/out.jsonl" 2> "$work/err.txt" || true
  stops=$(python3 - "$work/out.jsonl" <<'PY'
import json, sys
messages = [d["message"] for line in open(sys.argv[1], encoding="utf-8") for d in json.loads(line).get("diagnostics", [])]
late = sum("did not stop" in m for m in messages)
print(f"{sum('timed out' in m for m in messages)} timed out, {late} not stopped in time")
PY
)
  echo "$row $(awk -v a="$first_t" -v b="$last_t" 'BEGIN {printf "%.1f", b / a}') | $(awk -v a="$first_m" -v b="$last_m" 'BEGIN {printf "%.1f", b / a}') | $(tail -n 1 "$work/time.txt") s: $stops |"
done
