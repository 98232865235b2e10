"""Train the PHI guard's second look (cases/phi_data/second_look.json).

    python bench/phi_train.py          # train on the whole annotated corpus, write the weights
    python bench/phi_train.py --cv     # leave-one-round-out figures per threshold, write nothing

The second look is a logistic model over context features of each name, place and organisation
finding the rules make (see `_second_look` in cases/phi.py). A finding is a positive example
when it overlaps an annotated identifier. The corpus is `vignettes.jsonl` plus every set in
`phi_eval.BLIND_SOURCES`; a set written after the weights were trained is not in that list
until it has been scored once, at first sight, so its figures are honest.

Training is plain AdaGrad over the examples in corpus order with no randomness, so the same
corpus gives the same weights. With --cv each round of blind sets (blind16a-d are one round)
and each set of the tuned corpus is scored by a model trained on all the others.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import phi_eval  # noqa: E402
from cases import phi  # noqa: E402

WEIGHTS = ROOT / "cases" / "phi_data" / "second_look.json"
TUNED_SOURCES = ("generated", "handwritten", "heldout2", "heldout3", "heldout4")
EPOCHS = 30
LEARNING_RATE = 0.1
L2 = 1e-3
PRUNE_BELOW = 0.005


@dataclass
class Example:
    """One rule finding: its features (None for kinds the second look leaves alone)."""

    source: str
    doc: str
    features: list[str] | None
    positive: bool
    gold_hit: frozenset[int]  # indices of the annotated spans it overlaps
    cued: bool  # a title or relation before it: always kept


@dataclass
class Document:
    source: str
    gold: int
    examples: list[Example]


def _round(source: str) -> str:
    m = re.match(r"(?:blind|train)(\d+)", source)
    return f"round {m.group(1)}" if m else source


def corpus_documents(sources: list[str]) -> list[Document]:
    docs = []
    for source in sources:
        for doc in phi_eval.load_corpus(phi_eval.DEFAULT_CORPUS, source):
            text, spans = doc["text"], doc["spans"]
            findings = phi._rule_findings(text)
            features = phi._second_look_features(text, findings)
            examples = []
            for f, names in zip(findings, features, strict=True):
                hit = frozenset(
                    i for i, g in enumerate(spans) if f.start < g["end"] and g["start"] < f.end
                )
                cued = phi._cued(text, f.start)
                examples.append(Example(source, doc["id"], names, bool(hit), hit, cued))
            docs.append(Document(source, len(spans), examples))
    return docs


def train(examples: list[Example]) -> dict[str, float]:
    weights: dict[str, float] = defaultdict(float)
    squared: dict[str, float] = defaultdict(lambda: 1e-8)
    data = [(e.features, e.positive) for e in examples if e.features is not None]
    for _ in range(EPOCHS):
        for names, positive in data:
            p = phi._keep_probability(weights, names)
            error = p - positive
            for name in names:
                grad = error + L2 * weights[name]
                squared[name] += grad * grad
                weights[name] -= LEARNING_RATE * grad / math.sqrt(squared[name])
    return {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= PRUNE_BELOW}


def figures(docs: list[Document], keep: dict[int, bool]) -> str:
    gold = found = findings = on_gold = id_docs = caught = clean = flagged = 0
    for doc in docs:
        kept = [e for e in doc.examples if keep.get(id(e), True)]
        hit = {i for e in kept for i in e.gold_hit}
        findings += len(kept)
        on_gold += sum(e.positive for e in kept)
        gold += doc.gold
        found += len(hit)
        if doc.gold:
            id_docs += 1
            caught += len(hit) == doc.gold
        else:
            clean += 1
            flagged += bool(kept)
    return (
        f"recall {found / max(1, gold):.3f}  precision {on_gold / max(1, findings):.3f}  "
        f"caught {caught / max(1, id_docs):.3f}  clean flagged {flagged / max(1, clean):.3f}"
    )


def cross_validate(docs: list[Document]) -> str:
    scores: dict[int, float] = {}
    rounds = sorted({_round(d.source) for d in docs})
    for held_out in rounds:
        training = [e for d in docs if _round(d.source) != held_out for e in d.examples]
        weights = train(training)
        for d in docs:
            if _round(d.source) == held_out:
                for e in d.examples:
                    if e.features is not None and not e.cued:
                        scores[id(e)] = phi._keep_probability(weights, e.features)
    blind = [d for d in docs if d.source not in TUNED_SOURCES]
    tuned = [d for d in docs if d.source in TUNED_SOURCES]
    lines = []
    for threshold in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
        keep = {k: s >= threshold for k, s in scores.items()}
        lines.append(
            f"threshold {threshold:.2f}  blind: {figures(blind, keep)}\n"
            f"{'':16}tuned: {figures(tuned, keep)}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate; write nothing")
    args = parser.parse_args(argv)
    sources = list(TUNED_SOURCES) + list(phi_eval.BLIND_SOURCES)
    docs = corpus_documents(sources)
    if args.cv:
        print(cross_validate(docs))
        return 0
    weights = train([e for d in docs for e in d.examples])
    payload = {
        "about": "Weights of the PHI guard's second look; written by bench/phi_train.py.",
        "trained_on": sources,
        "examples": sum(1 for d in docs for e in d.examples if e.features is not None),
        "weights": weights,
    }
    WEIGHTS.write_text(json.dumps(payload, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(weights)} weights from {payload['examples']} findings -> {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
