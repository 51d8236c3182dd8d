"""Does learning from the desk's decisions help? A simulation on hand-annotated gold.

    python bench/learning.py [GOLD.jsonl ...] [--folds 2]

The articles of the gold files are cut into ``--folds`` parts. For each part in turn, a checker
is simulated on the other parts: every suggestion that is right (below) and that the desk's
policy checks is accepted, every other one rejected. Two desks are simulated: one that keeps
every claim the gold has, one that checks only what the gold marks check-worthy. The app's own model
(``claims.learning.train``) learns from those decisions, and the suggestions of the held-out
part are scored twice: all of them (without the model), and only those the model does not fold
away (confidence >= ``claims.learning.HIDE_BELOW``, with it). A suggestion is right when it
covers at least half of a gold claim's content span (of the two spans' union) with the same
attribution type; precision is right suggestions over suggestions shown, recall
is gold claims found over gold claims. Default gold: the Wikinews development half and the two
wire-style unseen sets in tests/data. Prints both ways per fold and overall, and ends with one
JSON line.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims import learning  # noqa: E402
from claims.suggest.attribution import suggest  # noqa: E402

DATA = ROOT / "tests" / "data"
DEFAULT_GOLD = [
    DATA / "attribution-wikinews-dev.jsonl",
    DATA / "attribution-unseen.jsonl",
    DATA / "attribution-unseen-2.jsonl",
]


def load(paths: list[Path]) -> list[dict]:
    docs = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            docs += [json.loads(line) for line in fh if line.strip()]
    return docs


def overlaps(s, claim: dict) -> bool:
    return min(s.content_end, claim["content_end"]) > max(s.content_start, claim["content_start"])


def right(s, claim: dict) -> bool:
    """The suggestion is this gold claim: most of the same span, the same attribution type."""
    inner = min(s.content_end, claim["content_end"]) - max(s.content_start, claim["content_start"])
    outer = max(s.content_end, claim["content_end"]) - min(s.content_start, claim["content_start"])
    return inner > 0 and inner / outer >= 0.5 and s.attribution_type == claim["attribution_type"]


POLICIES = {
    # a desk that keeps every suggestion the gold has (and marks the rest by hand)
    "every-claim": lambda claim: True,
    # a desk that checks only what the gold marks check-worthy (no opinions, promises, predictions)
    "checkworthy-only": lambda claim: claim["checkworthy"],
}


def decided(doc: dict, policy) -> list[tuple[object, bool]]:
    """The suggestions of one article with the simulated checker's decision on each: kept when
    it is a gold claim the desk's policy checks, rejected otherwise."""
    return [(s, any(right(s, c) and policy(c) for c in doc["claims"])) for s in suggest(doc["text"])]


def score(docs: list[dict], shown, policy) -> dict:
    """Precision, recall and F1 of the suggestions ``shown(s)`` keeps, against the gold claims
    the desk's policy checks."""
    right_n = shown_n = found = gold_n = 0
    for doc, suggestions in docs:
        wanted = [c for c in doc["claims"] if policy(c)]
        kept = [s for s, _ in suggestions if shown(s)]
        shown_n += len(kept)
        right_n += sum(1 for s in kept if any(right(s, c) for c in wanted))
        gold_n += len(wanted)
        found += sum(1 for c in wanted if any(right(s, c) for s in kept))
    p = right_n / shown_n if shown_n else 0.0
    r = found / gold_n if gold_n else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "shown": shown_n,
        "gold": gold_n,
    }


def simulate(documents: list[dict], policy, n_folds: int) -> dict:
    docs = [(doc, decided(doc, policy)) for doc in documents]
    folds = [docs[i::n_folds] for i in range(n_folds)]
    rows = []
    for i, held_out in enumerate(folds):
        training = [pair for j, fold in enumerate(folds) if j != i for _, pairs in fold for pair in pairs]
        ranker = learning.train(training)
        without = score(held_out, lambda s: True, policy)
        with_model = score(
            held_out, lambda s, ranker=ranker: ranker is None or ranker.confidence(s) >= learning.HIDE_BELOW, policy
        )
        rejected = sum(1 for _, kept in training if not kept)
        rows.append(
            {"fold": i + 1, "decisions": len(training), "rejected": rejected, "without": without, "with": with_model}
        )
    overall = {}
    for way in ("without", "with"):
        shown = sum(r[way]["shown"] for r in rows)
        right_n = sum(r[way]["precision"] * r[way]["shown"] for r in rows)
        gold = sum(r[way]["gold"] for r in rows)
        found = sum(r[way]["recall"] * r[way]["gold"] for r in rows)
        p, r_ = right_n / shown if shown else 0.0, found / gold if gold else 0.0
        overall[way] = {
            "precision": round(p, 4),
            "recall": round(r_, 4),
            "f1": round(2 * p * r_ / (p + r_), 4) if p + r_ else 0.0,
            "shown": shown,
        }
    return {"folds": rows, **overall}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--folds", type=int, default=2)
    args = parser.parse_args()
    for path in args.gold:
        if not path.exists():
            sys.exit(f"not found: {path}")
    started = time.perf_counter()
    documents = load(args.gold)
    results = {name: simulate(documents, policy, args.folds) for name, policy in POLICIES.items()}
    print(f"{len(documents)} articles, {args.folds} folds; precision/recall/F1 on the held-out folds")
    print(f"{'desk':<18}{'without the model':<22}{'with it':<22}{'shown':>12}")
    for name, r in results.items():
        w, m = r["without"], r["with"]
        print(
            f"{name:<18}{w['precision']:.3f}/{w['recall']:.3f}/{w['f1']:.3f}{'':<5}"
            f"{m['precision']:.3f}/{m['recall']:.3f}/{m['f1']:.3f}{'':<5}{w['shown']:>5} -> {m['shown']}"
        )
    print(
        json.dumps(
            {
                "bench": "learning",
                "gold": [str(p) for p in args.gold],
                "articles": len(documents),
                "hide_below": learning.HIDE_BELOW,
                **results,
                "seconds": round(time.perf_counter() - started, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
