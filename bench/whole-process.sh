#!/usr/bin/env bash
# Whole-process timing, as a user runs it, beside a peer in the same run (see ../shared/bench/README.md):
#   docanalysis run FOLDER --format jsonl (Release build, all four plugins and stripper + date normaliser alone,
#   --parallel 1 and 2) against node chrono-dates.mjs (chrono-node, dates only, node start included), alternating,
#   medians of RUNS runs, on the real-news corpus (1,180 articles, 4.8 MB) and on 4 copies of it (19 MB);
#   plus `docanalysis run seeds` and peak RSS. Times the tool as users install it (packed from this clone and installed
#   into a tool path: on linux-x64 the ReadyToRun package) and the Release build output. Prints a Markdown table.
# Usage: bench/whole-process.sh [RUNS]      (default 3; needs node and npm, and ../shared/bench)
set -euo pipefail
runs="${1:-3}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="$(cd "$repo/../shared/bench" && pwd)"
work="${BENCH_WORK:-/tmp/docanalysis-bench}"
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
mkdir -p "$work"

echo "building the Release CLI (the README's run command) and packing and installing the tool..." >&2
dotnet build "$repo/src/DocAnalysis.Cli" -c Release -v quiet --nologo >&2
cli=("dotnet" "$repo/src/DocAnalysis.Cli/bin/Release/net10.0/docanalysis.dll")
install_tool "$work" "$repo"
tool=("$work/tool/docanalysis")
if [ ! -d "$work/peer/node_modules/chrono-node" ]; then
  rm -rf "$work/peer" && cp -r "$shared" "$work/peer" && (cd "$work/peer" && npm ci --silent >&2)
fi
news_corpus "$work/news" 1
news_corpus "$work/news4" 4
bytes1=$(cat $(find "$work/news" -name '*.txt') | wc -c)
bytes4=$(cat $(find "$work/news4" -name '*.txt') | wc -c)

seconds() { cut -d' ' -f1 < "$work/$1.times" | median; }
rss() { cut -d' ' -f2 < "$work/$1.times" | sort -n | tail -1; }

rm -f "$work"/*.times
only_dates=(--disable attribution-finder --disable number-reconciler)
for i in $(seq 1 "$runs"); do
  echo "round $i of $runs" >&2
  time_one chrono node "$work/peer/chrono-dates.mjs" "$work/news"
  time_one four "${tool[@]}" run "$work/news" --format jsonl --parallel 1
  time_one chrono node "$work/peer/chrono-dates.mjs" "$work/news"
  time_one dates "${tool[@]}" run "$work/news" --format jsonl --parallel 1 "${only_dates[@]}"
  time_one four2 "${tool[@]}" run "$work/news" --format jsonl --parallel 2
  time_one four4x "${tool[@]}" run "$work/news4" --format jsonl --parallel 1
  time_one four4x2 "${tool[@]}" run "$work/news4" --format jsonl --parallel 2
  time_one seeds "${tool[@]}" run "$repo/seeds" --format jsonl
  time_one fourbuild "${cli[@]}" run "$work/news" --format jsonl --parallel 1
  time_one seedsbuild "${cli[@]}" run "$repo/seeds" --format jsonl
done

c=$(seconds chrono)
row() { # label name bytes
  local s; s=$(seconds "$2")
  printf '| %s | %s s | %s MB/s | %s× | %s MB |\n' "$1" "$s" "$(awk -v b="$3" -v s="$s" 'BEGIN {printf "%.2f", b / s / 1e6}')" \
    "$(awk -v s="$s" -v c="$c" 'BEGIN {printf "%.2f", s / c}')" "$(awk -v k="$(rss "$2")" 'BEGIN {printf "%.0f", k / 1024}')"
}
echo
echo "Whole process, medians of $runs alternating runs, $(nproc) cores; ratio: wall / chrono-node's wall on the 4.8 MB corpus."
echo
echo "| run | wall | throughput | vs chrono-node | peak RSS |"
echo "|---|---|---|---|---|"
row "chrono-node, dates only, 4.8 MB" chrono "$bytes1"
row "docanalysis (the tool), four plugins, --parallel 1, 4.8 MB" four "$bytes1"
row "docanalysis (the tool), stripper + dates, --parallel 1, 4.8 MB" dates "$bytes1"
row "docanalysis (the tool), four plugins, --parallel 2, 4.8 MB" four2 "$bytes1"
row "docanalysis (the tool), four plugins, --parallel 1, 19 MB" four4x "$bytes4"
row "docanalysis (the tool), four plugins, --parallel 2, 19 MB" four4x2 "$bytes4"
row "docanalysis (Release build output), four plugins, --parallel 1, 4.8 MB" fourbuild "$bytes1"
startup() { # label name
  printf '| %s | %s s | - | %s× | %s MB |\n' "$1" "$(seconds "$2")" \
    "$(awk -v s="$(seconds "$2")" -v c="$c" 'BEGIN {printf "%.2f", s / c}')" "$(awk -v k="$(rss "$2")" 'BEGIN {printf "%.0f", k / 1024}')"
}
startup "docanalysis (the tool) run seeds (two short documents: start-up)" seeds
startup "docanalysis (Release build output) run seeds" seedsbuild
echo
echo "--parallel 2 / --parallel 1 on 19 MB: $(awk -v a="$(seconds four4x)" -v b="$(seconds four4x2)" 'BEGIN {printf "%.2f", a / b}')×"
