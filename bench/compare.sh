#!/usr/bin/env bash
# Before and after, the same day: the tool as users install it, packed from a git revision (default HEAD) and from this
# working tree, installed side by side, then run alternately on the same inputs; medians of wall time, CPU time and
# peak RSS per tool, and whether the two wrote the same output. On a machine whose speed drifts within minutes, only
# runs that alternate tell a change from the weather.
# Usage: bench/compare.sh [-r REVISION] [-n RUNS] [-- RUN ARGUMENTS...]
#   default arguments: the 4.8 MB news corpus (made with ../shared/bench/make-news-corpus.sh), --format jsonl --parallel 1
# Examples:
#   bench/compare.sh -n 15 -- run seeds --format jsonl
#   bench/compare.sh -r HEAD~3 -n 5
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_WORK:-/tmp/docanalysis-bench}"
# shellcheck source=bench/lib.sh
. "$repo/bench/lib.sh"
revision=HEAD
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    -r) revision="$2"; shift 2 ;;
    -n) runs="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "usage: bench/compare.sh [-r REVISION] [-n RUNS] [-- RUN ARGUMENTS...]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
if [ $# -eq 0 ]; then
  news_corpus "$work/news" 1
  set -- run "$work/news" --format jsonl --parallel 1
fi

before="$work/compare/source"
rm -rf "$before"
git -C "$repo" worktree add --detach --force "$before" "$revision" >&2
trap 'git -C "$repo" worktree remove --force "$before" >&2' EXIT
echo "packing and installing $revision and this working tree..." >&2
install_tool "$work/compare/before" "$before"
install_tool "$work/compare/after" "$repo"

rm -f "$work/compare/times"
for i in $(seq 1 "$runs"); do
  for name in before after; do
    # Run from the repository, so relative paths in the arguments (seeds) name the same inputs for both tools.
    (cd "$repo" && /usr/bin/time -o "$work/compare/time.txt" -f "%e %U %S %M" "$work/compare/$name/tool/docanalysis" "$@" \
      > "$work/compare/$name.out" 2> "$work/compare/$name.err") || true
    echo "$name $(cat "$work/compare/time.txt")" >> "$work/compare/times"
  done
done

column() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$work/compare/times" | median; }
echo
echo "docanalysis $*: medians of $runs alternating runs, $(nproc) cores"
echo
echo "| tool | wall | CPU (user + system) | peak RSS |"
echo "|---|---|---|---|"
for name in before after; do
  label=$([ "$name" = before ] && echo "$revision" || echo "working tree")
  cpu=$(awk -v n="$name" '$1 == n {print $3 + $4}' "$work/compare/times" | median)
  printf '| %s | %s s | %s s | %s MB |\n' "$label" "$(column "$name" 2)" "$cpu" "$(awk -v k="$(column "$name" 5)" 'BEGIN {printf "%.0f", k / 1024}')"
done
echo
if cmp -s "$work/compare/before.out" "$work/compare/after.out"; then
  echo "Outputs: identical ($(wc -c < "$work/compare/after.out") bytes)."
else
  echo "Outputs: DIFFERENT ($work/compare/before.out, $work/compare/after.out)."
fi
