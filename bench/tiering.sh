#!/usr/bin/env bash
# The installed tool with tiered compilation (as shipped) and without it (DOTNET_TieredCompilation=0: every method
# runs as its ReadyToRun code, and what has none is compiled once, fully optimised), alternating, medians of RUNS runs:
# the 4.8 MB news corpus with one and two workers, 19 MB (four copies) with one and two, the 4.8 MB corpus in worker
# processes, and `run seeds`. Prints a Markdown table. The tool is packed from this clone and installed as
# bench/whole-process.sh installs it.
# Usage: bench/tiering.sh [RUNS]      (default 3; needs ../shared/bench)
set -euo pipefail
runs="${1:-3}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-/tmp/docanalysis-bench}"
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
mkdir -p "$work"
echo "packing and installing the tool..." >&2
install_tool "$work" "$repo"
tool="$work/tool/docanalysis"
news_corpus "$work/news" 1
news_corpus "$work/news4" 4

# one NAME TIERED(1|0) ARGS...: one run of the tool with tiered compilation on or off, timed into tiering-NAME-TIERED
one() {
  local name="$1" tiered="$2"; shift 2
  time_one "tiering-$name-$tiered" env DOTNET_TieredCompilation="$tiered" "$tool" run "$@" --format jsonl
}

rm -f "$work"/tiering-*.times
for i in $(seq 1 "$runs"); do
  echo "round $i of $runs" >&2
  for tiered in 1 0; do
    one news1 "$tiered" "$work/news" --parallel 1
    one news2 "$tiered" "$work/news" --parallel 2
    one news4x1 "$tiered" "$work/news4" --parallel 1
    one news4x2 "$tiered" "$work/news4" --parallel 2
    one workers "$tiered" "$work/news" --parallel 2 --isolation process
    one seeds "$tiered" "$repo/seeds"
  done
done

row() { # label name
  local on off
  on="$(cut -d' ' -f1 < "$work/tiering-$2-1.times" | median)"
  off="$(cut -d' ' -f1 < "$work/tiering-$2-0.times" | median)"
  printf '| %s | %s s | %s s | %s |\n' "$1" "$on" "$off" "$(awk -v a="$on" -v b="$off" 'BEGIN {printf "%+.0f%%", (b - a) / a * 100}')"
}
echo
echo "Tiered compilation on (as shipped) and off, medians of $runs alternating runs, $(nproc) cores."
echo
echo "| run | tiered (shipped) | DOTNET_TieredCompilation=0 | change |"
echo "|---|---|---|---|"
row "4.8 MB, one worker" news1
row "4.8 MB, two workers" news2
row "19 MB, one worker" news4x1
row "19 MB, two workers" news4x2
row "4.8 MB, two worker processes (\`--isolation process\`)" workers
row "\`run seeds\`" seeds
