#!/usr/bin/env bash
# groups.sh [--errors]: runs the built docanalysis (Release) over the articles labelled in Groups/labels.tsv and
# scores its quantity groups against the labels. Run from the repository, with ../shared beside it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
data=$(cd "$repo/../shared/data" && pwd)
labels="$here/Groups/labels.tsv"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build -c Release -v q -nologo "$repo/src/DocAnalysis.Cli" > "$out/build.log" || { cat "$out/build.log"; exit 1; }
dotnet build -c Release -v q -nologo "$here" > "$out/build.log" || { cat "$out/build.log"; exit 1; }
grep -v '^#' "$labels" | cut -f1 | sort -u | sed "s|^|$data/|" > "$out/articles"
xargs -a "$out/articles" dotnet "$repo/src/DocAnalysis.Cli/bin/Release/net10.0/docanalysis.dll" run --format jsonl > "$out/run.jsonl"
dotnet "$here/bin/Release/net10.0/QuantityEval.dll" groups "$labels" "$out/run.jsonl" "$@"
