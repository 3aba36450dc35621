#!/usr/bin/env python3
"""Derive the cue lexicon (cues.tsv) from PolNeAR's training split; the dev split is never read.

    python3 plugins/AttributionFinder/Lexicon/derive_cues.py ../shared/data/attribution/train > plugins/AttributionFinder/Lexicon/cues.tsv

For every word form that heads a gold cue, it counts how often the form is a cue word and how often it occurs at
all in the training texts; forms seen as cues at least MIN_COUNT times with a precision of at least MIN_PRECISION
are kept. Columns: word, times a cue, times seen, precision.
"""
import collections
import re
import sys

import polnear

MIN_COUNT = 3
MIN_PRECISION = 0.25
WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?")


def main(train):
    texts = polnear.texts(train)
    as_cue = collections.Counter()
    for record in polnear.records(train):
        text = texts[record["doc"]]
        for start, end in polnear.pieces(record["cue"]):
            for word in WORD.findall(text[start:end]):
                as_cue[word.lower()] += 1
    seen = collections.Counter(w.lower() for text in texts.values() for w in WORD.findall(text))
    rows = sorted(polnear.precise(as_cue, seen, MIN_COUNT, MIN_PRECISION), key=lambda r: (-r[1], r[0]))
    print("# word\tcue\tseen\tprecision  (derived from PolNeAR train by derive_cues.py)")
    for word, count, total, precision in rows:
        print(f"{word}\t{count}\t{total}\t{precision:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
