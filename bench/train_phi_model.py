"""Train the PHI guard's learned weighing of name, place and organisation candidates.

    python bench/train_phi_model.py                 # leave-one-source-out figures, then train
    python bench/train_phi_model.py --write         # ... and write cases/phi_data/model.json
    python bench/train_phi_model.py --holdout blind5d --holdout blind5e

The rules in cases/phi.py propose candidates; a logistic model over each candidate's rule,
words, context and shape keeps or drops it (cases.phi._Model). The model is trained on every
annotated document in tests/cases/phi_corpus except the sources named with --holdout: a
candidate is positive when it overlaps a gold span. Training is plain batch gradient descent
with L2 regularisation, in pure Python and deterministic, so the same corpus gives the same
weights byte for byte.

Before training the shipped model the script prints, for each blind source, the figures of a
model trained without that source: the honest estimate of how the weighing does on writing it
has never seen. Importable: `train(examples) -> Model`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import phi_eval  # noqa: E402
from cases import phi  # noqa: E402

MODEL_PATH = ROOT / "cases" / "phi_data" / "model.json"
# hand-written sets, each written without reading the rules; the figures of a model trained
# without one of them are what the guard can be expected to do on unseen writing
BLIND_SOURCES = (
    "blind5a",
    "blind5b",
    "blind5c",
    "train6a",
    "train6b",
    "train6c",
    "train6d",
)
MIN_COUNT = 2  # a feature seen in fewer training candidates gets no weight
L2 = 0.02
EPOCHS = 300
RATE = 0.5
THRESHOLD = 0.25

Example = tuple[list[str], int, str]  # features, label, source


def documents(holdout: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Every annotated document: the built corpus and the hand-written modules beside it."""
    skip = set(holdout)
    docs = [d for d in phi_eval.load_corpus(phi_eval.DEFAULT_CORPUS) if d["source"] not in skip]
    have = {d["source"] for d in docs} | skip
    for path in sorted(phi_eval.CORPUS_DIR.glob("*.py")):
        source = path.stem
        if source in have or source in ("build_corpus",):
            continue
        try:
            docs += phi_eval.load_corpus(phi_eval.DEFAULT_CORPUS, source)
        except ValueError:
            continue
    return docs


def examples(docs: list[dict[str, Any]]) -> list[Example]:
    out: list[Example] = []
    for doc in docs:
        spans = doc["spans"]
        for (start, end, kind, _), rule, feats in phi._candidates(doc["text"]):
            if kind not in phi._WEIGHED_KINDS or rule == "_propagate":
                continue
            label = int(any(start < g["end"] and g["start"] < end for g in spans))
            out.append((feats, label, doc["source"]))
    return out


def train(data: list[Example], threshold: float = THRESHOLD) -> phi._Model:
    counts: Counter[str] = Counter(f for feats, _, _ in data for f in set(feats))
    vocab = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocab)}
    rows = [([index[f] for f in set(feats) if f in index], label) for feats, label, _ in data]
    positives = sum(label for _, label in rows) or 1
    negatives = (len(rows) - positives) or 1
    # half-balance the classes: the corpus holds far more true candidates than false ones
    w_pos, w_neg = 1.0, math.sqrt(positives / negatives)
    weights = [0.0] * len(vocab)
    bias = 0.0
    n = len(rows)
    for _ in range(EPOCHS):
        grad = [0.0] * len(vocab)
        grad_bias = 0.0
        for idx, label in rows:
            z = bias + sum(weights[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - label) * (w_pos if label else w_neg)
            grad_bias += g
            for i in idx:
                grad[i] += g
        bias -= RATE * grad_bias / n
        for i in range(len(vocab)):
            weights[i] -= RATE * (grad[i] / n + L2 * weights[i])
    kept = {f: round(w, 4) for f, w in zip(vocab, weights, strict=True) if abs(w) >= 1e-3}
    return phi._Model(round(bias, 4), kept, threshold)


def measure(model: phi._Model | None, source: str) -> dict[str, Any]:
    """phi_eval's figures for one source with `model` weighing the candidates."""
    original = phi._model
    phi._model = lambda: model  # type: ignore[assignment]
    try:
        return phi_eval.evaluate(phi_eval.DEFAULT_CORPUS, source)
    finally:
        phi._model = original


def _row(label: str, result: dict[str, Any]) -> str:
    return (
        f"{label:<28} recall {result['span_recall']:.3f}  precision {result['precision']:.3f}"
        f"  id docs caught {result['docs_fully_caught']:.3f}"
        f"  clean flagged {result['clean_docs_flagged']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write cases/phi_data/model.json")
    parser.add_argument("--holdout", action="append", default=[], help="never train on this")
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--no-cv", action="store_true", help="skip leave-one-source-out")
    args = parser.parse_args(argv)

    docs = documents()
    data = examples(docs)
    print(f"{len(docs)} documents, {len(data)} candidates, {sum(d[1] for d in data)} true")
    if not args.no_cv:
        for source in BLIND_SOURCES:
            if source in args.holdout or not any(d[2] == source for d in data):
                continue
            model = train(
                [d for d in data if d[2] != source and d[2] not in args.holdout], args.threshold
            )
            print(_row(f"{source} rules only", measure(None, source)))
            print(_row(f"{source} trained without it", measure(model, source)))
    model = train([d for d in data if d[2] not in args.holdout], args.threshold)
    for source in args.holdout:
        print(_row(f"{source} (held out)", measure(model, source)))
    print(f"model: {len(model.weights)} weights, bias {model.bias}, threshold {model.threshold}")
    if args.write:
        payload = {"bias": model.bias, "threshold": model.threshold, "weights": model.weights}
        MODEL_PATH.write_text(json.dumps(payload, indent=0, sort_keys=True) + "\n", "utf-8")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
