#!/usr/bin/env python3
"""Derive the source-head lexicon (source_heads.tsv) from PolNeAR's training split; the dev split is never read.

    python3 plugins/AttributionFinder/Lexicon/derive_sources.py ../shared/data/attribution/train > plugins/AttributionFinder/Lexicon/source_heads.tsv

For every lower-case word that ends a gold source span ("experts", "the poll", "a federal appeals court"), it counts
how often the word ends a source and how often it occurs at all in the training texts; words that end a source at
least MIN_COUNT times and in at least MIN_PRECISION of their occurrences are kept. Columns: word, times a source
head, times seen, precision.
"""
import collections
import re
import sys

import polnear

MIN_COUNT = 3
MIN_PRECISION = 0.02
WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")


def main(train):
    texts = polnear.texts(train)
    as_head = collections.Counter()
    for record in polnear.records(train):
        spans = polnear.pieces(record["source"])
        if spans:
            start, end = spans[-1]
            words = WORD.findall(texts[record["doc"]][start:end])
            if words and words[-1].islower():
                as_head[words[-1]] += 1
    seen = collections.Counter(w for text in texts.values() for w in WORD.findall(text) if w.islower())
    print("# word\ttimes a source head\ttimes seen\tprecision (derive_sources.py, PolNeAR train)")
    for word, count, total, precision in sorted(polnear.precise(as_head, seen, MIN_COUNT, MIN_PRECISION)):
        print(f"{word}\t{count}\t{total}\t{precision:.3f}")


if __name__ == "__main__":
    main(sys.argv[1])
