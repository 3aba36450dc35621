#!/usr/bin/env bash
# The shipped learned weights equal a fresh training run, byte for byte: each model is retrained by the one command
# its plugin's README gives, from the training data in ../shared/data (which is not part of this repository), and
# the files it writes must be the ones this clone ships:
#   the attribution finder's cue model   plugins/AttributionFinder/Lexicon/train_cues.py, compile_cue_model.py
#   its source, acceptance, content-end   tools/AttributionAcceptance train
#   the credit-line stripper's line model tools/CreditLineModel train (dev and train pages)
# Prints one line per model; exits 1 when any differs (the shipped file is put back), 2 when there is no data.
# Usage: build/check-models.sh [DATA]      (default: ../shared/data next to this repository)
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$repo/../shared/data}"
if [ ! -d "$data/attribution/train" ] || [ ! -d "$data/credits/train" ]; then
  echo "models: no training data at $data (../shared/data): not checked"
  exit 2
fi
data="$(cd "$data" && pwd)"
cd "$repo"
lexicon=plugins/AttributionFinder/Lexicon
status=0

# check NAME FILE...: the files as the training left them against the clone's; the clone's are put back either way.
check() {
  local name="$1"; shift
  if git diff --quiet -- "$@"; then
    echo "models: $name equals a fresh training run"
  else
    echo "FAILED: models: $name differs from a fresh training run ($*)"
    git checkout -- "$@"
    status=1
  fi
}

trained="$(mktemp)"
trap 'rm -f "$trained"' EXIT
python3 "$lexicon/train_cues.py" "$data/attribution/train" > "$trained" && cp "$trained" "$lexicon/cue_model.tsv" \
  && python3 "$lexicon/compile_cue_model.py" || status=1
check "the cue model" "$lexicon/cue_model.tsv" "$lexicon/cue_model.bin"

dotnet run -c Release --project tools/AttributionAcceptance -- train "$data/attribution/train" > /dev/null || status=1
check "the acceptance model" "$lexicon/acceptance_model.tsv"
check "the content-end model" "$lexicon/content_end_model.tsv"
check "the source model" "$lexicon/source_model.tsv"

dotnet run -c Release --project tools/CreditLineModel -- train "$data/credits/dev" "$data/credits/train" > /dev/null 2>&1 || status=1
check "the credit line model" plugins/CreditLineStripper/Model/line_model.tsv

exit "$status"
