#!/usr/bin/env python3
"""Train the cue classifier (cue_model.tsv) on PolNeAR's training split; the dev split is never read.

    python3 plugins/AttributionFinder/Lexicon/train_cues.py ../shared/data/attribution/train > plugins/AttributionFinder/Lexicon/cue_model.tsv
    python3 plugins/AttributionFinder/Lexicon/compile_cue_model.py   # the cue_model.bin the plugin embeds

An averaged perceptron decides, token by token, whether a word belongs to an attribution cue. The tokens are the
shared text layer's, which the plugin reads (TextLayer, written out by tools/LayerTokens, which this script runs with
dotnet); features are computed exactly as CueModel.cs computes them: the word, its suffix, its neighbours,
capitalisation, whether a quotation is open, and the word's cue precision from cues.tsv. ORDERS perceptrons see the
documents in ORDERS fixed orders (documents dealt round robin into ORDERS parts, each order starting at another part)
and their averaged weights are averaged again: one perceptron's weights swing with small changes of its input (a few
hundred sentence starts moved thousands of weights by more than 1), the average far less. Deterministic: fixed
orders, fixed epochs, no shuffling; the perceptrons train in parallel processes and are combined in a fixed order.
Output: feature, tab, weight, for weights of magnitude at least PRUNE.
"""
import json
import multiprocessing
import os
import subprocess
import sys

EPOCHS = 6
ORDERS = 4
PRUNE = 2.0
QUOTES_OPEN = {"“", "``"}
QUOTES_CLOSE = {"”", "''"}


def layer_tokens(corpus):
    """The text layer's tokens of every text of the corpus, by file name: (start, end, starts its sentence)."""
    repo = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", ".."))
    project = os.path.join(repo, "tools", "LayerTokens")
    out = subprocess.run(["dotnet", "run", "-c", "Release", "--project", project, "--", corpus],
                         check=True, capture_output=True, encoding="utf-8").stdout
    spans = {}
    for line in out.splitlines():
        name, _, pairs = line.partition("\t")
        spans[name] = [tuple(int(x) for x in pair.split(",")) for pair in pairs.split()]
    return spans


def precision_bucket(word, lexicon):
    p = lexicon.get(word)
    if p is None:
        return "none"
    return "p%d" % min(9, int(p * 10))


def features(toks, i, inquote, lexicon):
    w = toks[i][2].lower()
    prev = toks[i - 1][2].lower() if i > 0 else "<s>"
    prev2 = toks[i - 2][2].lower() if i > 1 else "<s>"
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else "</s>"
    nxt2 = toks[i + 2][2].lower() if i + 2 < len(toks) else "</s>"
    cap = "C" if toks[i][2][:1].isupper() else "c"
    first = "ss=%d" % toks[i][3]
    return [
        "b",
        "w=" + w,
        "s3=" + w[-3:],
        "s2=" + w[-2:],
        "p1=" + prev,
        "p2=" + prev2,
        "n1=" + nxt,
        "n2=" + nxt2,
        "p1w=" + prev + "|" + w,
        "wn1=" + w + "|" + nxt,
        "cap=" + cap,
        first,
        "q=" + str(inquote),
        "lex=" + precision_bucket(w, lexicon),
        "lexn1=" + precision_bucket(w, lexicon) + "|" + nxt,
    ]


def quote_states(toks):
    states, depth = [], 0
    for _, _, t, _ in toks:
        if t in QUOTES_OPEN:
            depth = 1
        elif t in QUOTES_CLOSE:
            depth = 0
        elif t == '"':
            depth = 1 - depth
        states.append(depth)
    return states


def main(train):
    here = os.path.dirname(os.path.abspath(__file__))
    lexicon = {}
    with open(os.path.join(here, "cues.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            word, _, _, precision = line.rstrip("\n").split("\t")
            lexicon[word] = float(precision)
    cues = {}
    with open(os.path.join(train, "gold.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["cue"]:
                pieces = [r["cue"]] if isinstance(r["cue"][0], int) else r["cue"]
                cues.setdefault(r["doc"], []).extend(pieces)
    corpus = os.path.join(train, "corpus")
    layer = layer_tokens(corpus)
    documents = []
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(corpus, name), encoding="utf-8", newline="") as f:
            text = f.read()
        toks = [(s, e, text[s:e], first) for s, e, first in layer[name]]
        states = quote_states(toks)
        spans = cues.get(name[:-4], [])
        examples = []
        for i, (s, e, _, _) in enumerate(toks):
            label = 1 if any(s < ce and cs < e for cs, ce in spans) else -1
            examples.append((features(toks, i, states[i], lexicon), label))
        documents.append(examples)
    orders = [documents[k::ORDERS] for k in range(ORDERS)]
    with multiprocessing.Pool(min(ORDERS, os.cpu_count() or 1)) as pool:
        models = pool.map(train_one, [[d for part in orders[k:] + orders[:k] for d in part] for k in range(ORDERS)])
    print("# feature\tweight  (%d averaged perceptrons, %d epochs each, documents in %d orders, their weights averaged; trained on PolNeAR train by train_cues.py)" % (ORDERS, EPOCHS, ORDERS))
    for f in sorted(set().union(*models)):
        avg = sum(m.get(f, 0.0) for m in models) / ORDERS
        if abs(avg) >= PRUNE:
            print("%s\t%.4f" % (f, avg))


def train_one(documents):
    """One averaged perceptron over the documents in the order given: feature -> averaged weight."""
    weights, totals, stamps = {}, {}, {}
    step = 0
    for _ in range(EPOCHS):
        for examples in documents:
            for feats, label in examples:
                step += 1
                score = sum(weights.get(f, 0.0) for f in feats)
                if (1 if score > 0 else -1) != label:
                    for f in feats:
                        w = weights.get(f, 0.0)
                        totals[f] = totals.get(f, 0.0) + (step - stamps.get(f, 0)) * w
                        stamps[f] = step
                        weights[f] = w + label
    return {f: (totals.get(f, 0.0) + (step - stamps.get(f, 0)) * w) / step for f, w in weights.items()}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
