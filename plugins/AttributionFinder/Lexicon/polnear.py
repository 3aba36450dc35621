"""Reading PolNeAR's training split, shared by the lexicon scripts: texts by document, and gold spans as pieces."""
import json
import os


def texts(train):
    """The corpus texts by document name, read exactly (no newline translation)."""
    corpus = os.path.join(train, "corpus")
    found = {}
    for name in sorted(os.listdir(corpus)):
        if name.endswith(".txt"):
            with open(os.path.join(corpus, name), encoding="utf-8", newline="") as f:
                found[name[:-4]] = f.read()
    return found


def records(train):
    """The gold attributions, one dict per line of gold.jsonl."""
    with open(os.path.join(train, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def pieces(field):
    """A role's character spans: null -> [], [s, e] -> [[s, e]], [[s, e], ...] unchanged."""
    if not field:
        return []
    return [field] if isinstance(field[0], int) else field


def precise(counts, seen, min_count, min_precision):
    """(word, count, times seen, precision) for each counted word seen at least min_count times in its role and in at
    least min_precision of all its occurrences, in no particular order."""
    return [(word, count, seen[word], count / seen[word]) for word, count in counts.items()
            if count >= min_count and seen[word] and count / seen[word] >= min_precision]
