#!/usr/bin/env python3
"""Claim-matching benchmark ("Checked before?", issue 15): how well does ``claims.matching.Matcher`` rank the
checked claim that covers a tweet?

    bench/matching.py [QUERIES] [QRELS] [VCLAIMS] [--split dev|train] [--archive-size N] [--limit N] [--profile N]
    bench/matching.py --train [--cv 5] [-C 1.67] [--objective listwise|pointwise] [--model PATH]   # fit the re-ranker on TRAIN, write the model file

Defaults (resolved relative to this script): ``../shared/evaldata/claim-matching/{split}.queries.tsv``,
``{split}.qrels`` and ``verified_claims.docs.tsv`` (CLEF 2020 CheckThat! Task 2; ``--split`` defaults to dev).
Queries are ``id<TAB>text``, qrels ``id 0 vclaim_id 1``, checked claims ``vclaim_id<TAB>vclaim<TAB>title``, each
TSV with a header line.

The matcher is built over the checked claims (build time reported), each query is ranked (top 10, so that
MRR@10 is comparable with the scorer's), the run is written as a TREC run to a temporary file and scored by
``../shared/evaldata/tools/score_matching.py``; MAP@1/3/5 and MRR@10 are also computed here. Time per query
is wall-clock on one core (the process is pinned to one CPU where the OS allows), median and p90.

``--archive-size N`` pads the archive up to N claims with synthetic distractors, to measure the time per query
at that size: each is a real claim and a real title (drawn at random, seeded) with their words shuffled, keyed
``synthetic-<n>``. They share the archive's vocabulary (so they lengthen the posting lists as real claims
would) but are never gold, so quality figures at N > 10,373 are only a lower bound.

``--profile N`` ranks under cProfile and prints the N functions with the most time of their own, then those
with the most in all (the timings then include the profiler's overhead).

``--train`` builds the matcher without a model over the checked claims, takes the top candidates of each
*train* tweet, labels the gold claim 1 and the other candidates 0, and fits a linear re-ranker on the candidates'
standardised features: by default listwise (``--objective listwise``: a conditional logit, softmax over each
tweet's candidates, L2 penalty 1 / (2 C), scipy's L-BFGS), or ``pointwise`` (the class-balanced logistic
regression of scikit-learn of the first rounds); it writes the coefficients (no texts) to
``claims/matching_model.json``. ``--cv N`` first reports MAP@1/3/5 and MRR of the same fit by N-fold
cross-validation over the train tweets (what to tune on). Never train or tune on dev.

Ends with ONE JSON line of figures.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from claims import matching  # noqa: E402 (the path is set just above)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "evaldata"
DATA = SHARED / "claim-matching"
SCORER = SHARED / "tools" / "score_matching.py"
LISTWISE_C = 1.67  # the listwise fit's L2 penalty is 1 / (2 C) = 0.3, chosen by 5-fold CV on train


def read_tsv(path: Path) -> list[list[str]]:
    csv.field_size_limit(10**9)
    with open(path, encoding="utf-8", newline="") as f:  # quoted fields may hold tabs, newlines and ""
        rows = csv.reader(f, delimiter="\t")
        next(rows, None)
        return [r for r in rows if r]


def read_qrels(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            a = line.split()
            if len(a) >= 4 and a[3] != "0":
                gold.setdefault(a[0], set()).add(a[2])
    return gold


def read_claims(path: Path) -> list[tuple[str, str, str]]:
    return [(r[0], r[1] if len(r) > 1 else "", r[2] if len(r) > 2 else "") for r in read_tsv(path)]


def distractors(claims: list[tuple[str, str, str]], n: int, seed: int = 15) -> list[tuple[str, str, str]]:
    """``n`` synthetic checked claims: a random real claim and title, each with its words shuffled."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        claim = claims[rng.randrange(len(claims))][1].split()
        title = claims[rng.randrange(len(claims))][2].split()
        rng.shuffle(claim)
        rng.shuffle(title)
        out.append((f"synthetic-{i}", " ".join(claim), " ".join(title)))
    return out


def ap_at(ranked: list[str], rel: set[str], k: int) -> float:
    hits = s = 0.0
    for i, d in enumerate(ranked[:k]):
        if d in rel:
            hits += 1
            s += hits / (i + 1)
    return s / len(rel) if rel else 0.0


def metrics(run: dict[str, list[str]], gold: dict[str, set[str]]) -> dict[str, float]:
    qs = sorted(gold)
    out = {f"map_at_{k}": sum(ap_at(run.get(q, []), gold[q], k) for q in qs) / len(qs) for k in (1, 3, 5)}
    rr = 0.0
    for q in qs:
        first = next((i for i, d in enumerate(run.get(q, [])[:10]) if d in gold[q]), None)
        rr += 1 / (first + 1) if first is not None else 0.0
    out["mrr"] = rr / len(qs)
    return {k: round(v, 4) for k, v in out.items()}


def pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _sig(v) -> float:
    """``v`` to 7 significant digits (a tiny scale must not round to 0)."""
    return float(f"{float(v):.7g}")


def _fit(x, y, c: float, groups=None, objective: str = "listwise"):
    """A standardised linear re-ranker: (mean, scale, model) where ``model.decision_function`` scores rows.

    ``listwise`` (the default): a conditional logit (softmax over each tweet's candidates, the gold claim's
    likelihood maximised, L2 penalty ``1 / (2 c)`` on the standardised coefficients; L-BFGS, scipy), which
    optimises what the ranking needs, the gold candidate above the others *of the same tweet*; its intercept is
    0 (a constant does not change a ranking). ``pointwise``: the class-balanced logistic regression of the
    first rounds (scikit-learn)."""
    import numpy as np

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale = np.where(scale > 0, scale, 1.0)
    z = (x - mean) / scale
    if objective == "pointwise" or groups is None:
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(z, y)
        return mean, scale, lr
    return mean, scale, _Listwise(z, y, groups, 1.0 / (2.0 * c))


class _Listwise:
    """The conditional logit of :func:`_fit`: ``coef_`` and ``intercept_`` as scikit-learn's linear models."""

    def __init__(self, z, y, groups, lam: float) -> None:
        import numpy as np
        from scipy.optimize import minimize

        keep = np.isin(groups, np.unique(groups[y == 1]))  # tweets whose gold is among the candidates
        z, y = z[keep], y[keep].astype(np.float64)
        _, g = np.unique(groups[keep], return_inverse=True)
        n_groups = int(g.max()) + 1 if len(g) else 0
        n_pos = np.bincount(g, y, minlength=n_groups)

        def loss(w):
            s = z @ w
            top = np.full(n_groups, -np.inf)
            np.maximum.at(top, g, s)
            e = np.exp(s - top[g])
            total = np.bincount(g, e, minlength=n_groups)
            p = e / total[g]
            value = -(y @ s) + n_pos @ (top + np.log(total)) + lam * (w @ w)
            grad = -(y @ z) + (n_pos[g] * p) @ z + 2 * lam * w
            return value, grad

        w0 = np.zeros(z.shape[1])
        result = minimize(loss, w0, jac=True, method="L-BFGS-B", options={"maxiter": 3000}) if n_groups else None
        self.coef_ = np.array([result.x if result is not None else w0])
        self.intercept_ = np.zeros(1)

    def decision_function(self, z):
        return z @ self.coef_[0] + self.intercept_[0]


def cross_validate(
    x, y, groups, keys, gold, qids, c: float, folds: int, seed: int = 15, objective: str = "listwise"
) -> dict[str, float]:
    """MAP@1/3/5 and MRR@10 of the re-ranker over the train split by ``folds``-fold cross-validation, the folds
    drawn over tweets (all candidates of one tweet in one fold); a tweet whose gold claim is not among its
    candidates counts 0."""
    import numpy as np

    order = random.Random(seed).sample(range(len(qids)), len(qids))
    fold_of = np.empty(len(qids), dtype=int)
    fold_of[order] = np.arange(len(qids)) % folds
    scores = np.zeros(len(y))
    for f in range(folds):
        test = fold_of[groups] == f
        mean, scale, lr = _fit(x[~test], y[~test], c, groups[~test], objective)
        scores[test] = lr.decision_function((x[test] - mean) / scale)
    run: dict[str, list[str]] = {}
    for g, qid in enumerate(qids):
        rows = np.flatnonzero(groups == g)
        ranked = rows[np.lexsort((rows, -scores[rows]))]  # best first, ties by candidate order
        run[qid] = [keys[j] for j in ranked[:10]]
    return metrics(run, {q: gold[q] for q in qids if q in gold})


def train(args: argparse.Namespace) -> None:
    """Fit the re-ranker on the train split and write the model file (``--cv N``: report N-fold CV first)."""
    import numpy as np

    claims = read_claims(Path(args.vclaims))
    queries = read_tsv(DATA / "train.queries.tsv")
    gold = read_qrels(DATA / "train.qrels")
    m = matching.Matcher(claims, model=False)
    xs, ys, groups, keys, qids = [], [], [], [], []
    found = 0
    for g, (qid, text, *_) in enumerate(queries):
        q = m.query(text)
        cands = m.candidates(q)
        rows = matching.relative(m.features(q, cands))
        qids.append(qid)
        hit = False
        for (i, *_), row in zip(cands, rows, strict=True):
            label = int(m.docs[i].key in gold.get(qid, ()))
            hit = hit or bool(label)
            xs.append(row)
            ys.append(label)
            groups.append(g)
            keys.append(str(m.docs[i].key))
        found += hit
    x, y, groups_a = np.array(xs), np.array(ys), np.array(groups)
    print(f"gold claim among the {matching.CANDIDATES} candidates for {found}/{len(queries)} train tweets")
    cv = {}
    if args.cv:
        cv = cross_validate(x, y, groups_a, keys, gold, qids, args.c, args.cv, objective=args.objective)
        print(f"train {args.cv}-fold CV:", json.dumps(cv))
    mean, scale, lr = _fit(x, y, args.c, groups_a, args.objective)
    model = {
        "kind": f"{args.objective} linear re-ranker over relative(features)",
        "trained_on": "CLEF 2020 CheckThat! Task 2 train split (800 tweets), top candidates of each",
        "candidates": matching.CANDIDATES,
        "objective": args.objective,
        "C": args.c,
        "rows": len(y),
        "positives": int(y.sum()),
        "train_cv": cv,
        "features": list(matching.FEATURES),
        "mean": [_sig(v) for v in mean],
        "scale": [_sig(v) for v in scale],
        "coef": [_sig(v) for v in lr.coef_[0]],
        "intercept": _sig(lr.intercept_[0]),
    }
    Path(args.model).write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.model}: {len(y)} rows, {int(y.sum())} positives")
    print(
        json.dumps(
            {"bench": "matching", "trained": str(args.model), "rows": len(y), **{f"cv_{k}": v for k, v in cv.items()}}
        )
    )


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("queries", nargs="?")
    p.add_argument("qrels", nargs="?")
    p.add_argument("vclaims", nargs="?", default=str(DATA / "verified_claims.docs.tsv"))
    p.add_argument("--split", choices=("dev", "train"), default="dev")
    p.add_argument("--archive-size", type=int, default=0, help="pad the archive with synthetic distractors")
    p.add_argument("--limit", type=int, default=0, help="rank only the first N queries (smoke tests)")
    p.add_argument("--profile", type=int, default=0, metavar="N", help="rank under cProfile, print the top N")
    p.add_argument("--train", action="store_true", help="fit the re-ranker on the train split")
    p.add_argument("--model", default=str(matching.MODEL_PATH), help="model file to write (--train) or read")
    p.add_argument("-C", dest="c", type=float, default=LISTWISE_C, help="inverse regularisation (--train)")
    p.add_argument(
        "--objective",
        choices=("listwise", "pointwise"),
        default="listwise",
        help="with --train: softmax over each tweet's candidates, or the balanced logistic regression",
    )
    p.add_argument("--cv", type=int, default=0, help="with --train: report N-fold cross-validation on train first")
    args = p.parse_args()
    if args.train:
        train(args)
        return
    queries_path = Path(args.queries or DATA / f"{args.split}.queries.tsv")
    qrels_path = Path(args.qrels or DATA / f"{args.split}.qrels")
    queries = read_tsv(queries_path)
    if args.limit:
        queries = queries[: args.limit]
    gold_all = read_qrels(qrels_path)
    gold = {q: gold_all[q] for q, *_ in queries if q in gold_all}
    claims = read_claims(Path(args.vclaims))
    archive = claims + distractors(claims, max(0, args.archive_size - len(claims)))

    pin_one_core()
    t0 = time.perf_counter()
    m = matching.Matcher(archive, model=matching.load_model(args.model))
    build_s = time.perf_counter() - t0
    print(f"built over {len(archive)} claims in {build_s:.2f} s (model: {'yes' if m.model else 'none, BM25 order'})")

    run: dict[str, list[str]] = {}
    times = []
    lines = []
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    for qid, text, *_ in queries:
        t = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        matches = m.rank(text, k=10)
        if profiler is not None:
            profiler.disable()
        times.append((time.perf_counter() - t) * 1000)
        run[qid] = [str(x.key) for x in matches]
        lines += [f"{qid} Q0 {x.key} {i + 1} {x.score:.6f} claimdesk" for i, x in enumerate(matches)]
    own = metrics(run, gold)
    if profiler is not None:
        import pstats

        for key in ("tottime", "cumtime"):
            pstats.Stats(profiler, stream=sys.stdout).sort_stats(key).print_stats(args.profile)

    scorer = {}
    if SCORER.exists():
        with tempfile.TemporaryDirectory() as tmp:
            run_path = Path(tmp) / "run.txt"
            qrels_tmp = Path(tmp) / "qrels.txt"
            run_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            qrels_tmp.write_text("".join(f"{q} 0 {d} 1\n" for q in gold for d in gold[q]), encoding="utf-8")
            result = subprocess.run(
                [sys.executable, str(SCORER), str(qrels_tmp), str(run_path)],
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode == 0:
                print(result.stdout.rstrip())
                scorer = json.loads(result.stdout.strip().splitlines()[-1])
            else:
                print("scorer failed:", result.stderr[-500:])
    ms_median = statistics.median(times) if times else 0.0
    ms_p90 = sorted(times)[int(0.9 * (len(times) - 1))] if times else 0.0
    print(f"{len(queries)} queries ({args.split}): ms/query median {ms_median:.1f}, p90 {ms_p90:.1f} (one core)")
    for k, v in own.items():
        print(f"{k:10} {v}")
    figures = {
        "bench": "matching",
        "split": args.split,
        **own,
        "ms_per_query": round(ms_median, 2),
        "ms_p90": round(ms_p90, 2),
        "build_s": round(build_s, 2),
        "archive": len(archive),
        "queries": len(queries),
        "scorer_map_at_5": scorer.get("map_at_5"),
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
