#!/usr/bin/env bash
# The Dask example against a single-process run, as .ci/run walks it: the seeds as JSON Lines and a generated
# corpus of 400 records, each through examples/dask/analyse.py (2 workers, 8 partitions) and through
# `docanalysis run FILE --format jsonl`; the two outputs must be identical. Needs python3-distributed.
# Usage: examples/dask/check.sh [DOCANALYSIS COMMAND]   (default: dotnet on the Release or Debug build of the CLI)
# Runs the example with Debian's Python (/usr/bin/python3, where python3-distributed installs), or $DASK_PYTHON.
set -euo pipefail
python="${DASK_PYTHON:-/usr/bin/python3}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cli="${1:-}"
if [ -z "$cli" ]; then
  for configuration in Release Debug; do
    dll="$repo/src/DocAnalysis.Cli/bin/$configuration/net10.0/docanalysis.dll"
    if [ -f "$dll" ]; then cli="dotnet $dll"; break; fi
  done
fi
[ -n "$cli" ] || { echo "no built CLI: run dotnet build first" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
python3 - "$repo/seeds" <<'PY'
import json, os, sys
seeds = sys.argv[1]
with open('seeds.jsonl', 'w', encoding='utf-8') as out:
    for name in sorted(n for n in os.listdir(seeds) if n.endswith('.txt')):
        with open(os.path.join(seeds, name), encoding='utf-8') as f:
            out.write(json.dumps({'id': name[:-4], 'text': f.read()}) + '\n')
towns = ['Kabul', 'Herat', 'Mosul', 'Aleppo', 'Gaza']
with open('generated.jsonl', 'w', encoding='utf-8') as out:
    for i in range(400):
        town = towns[i % len(towns)]
        text = (f'{town}, March {i % 28 + 1} (Reuters) - At least {i + 3} people were killed and about {2 * i + 10} injured '
                f'on Tuesday, police spokesman Ali Khan said. "We found {i % 7 + 1} more bodies," he told reporters. '
                f'Prices rose {i % 9 + 1}% to ${i * 3 + 100} million, the ministry said.')
        record = {'id': f'wire-{i:04d}', 'text': text}
        if i % 4 == 0:
            record['metadata'] = {'published': f'2019-03-{i % 28 + 1:02d}'}
        out.write(json.dumps(record) + '\n')
    out.write('{"id": "broken", "text": 7}\n')
PY
status=0
for corpus in seeds.jsonl generated.jsonl; do
  set +e
  $cli run "$corpus" --format jsonl > "single-$corpus" 2> /dev/null; single=$?
  "$python" "$repo/examples/dask/analyse.py" "$corpus" "dask-$corpus" --workers 2 --partitions 8 --docanalysis "$cli"; dask=$?
  set -e
  if [ "$single" -ne "$dask" ] || ! cmp -s "single-$corpus" "dask-$corpus"; then
    echo "FAILED: the Dask run of $corpus differs from the single-process run (exit $dask against $single)" >&2
    diff <(head -c 2000 "single-$corpus") <(head -c 2000 "dask-$corpus") >&2 || true
    status=1
  else
    echo "dask example: $corpus, $(wc -l < "dask-$corpus") records identical to the single-process run (exit $dask)"
  fi
done
exit $status
