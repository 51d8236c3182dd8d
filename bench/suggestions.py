"""Score claims.attribution.suggest() against the shared attribution gold and measure its speed.

    python bench/suggestions.py [GOLD.jsonl ...] [--out PRED.jsonl] [--seconds 1.5]

Default gold: ../shared/evaldata/gold/gold-dev.jsonl beside the project root. A GUM news attribution
file (``spans`` instead of ``claims``) is converted on the fly and scored on content spans only
(``--attributed-only``): GUM marks every attribution but no unattributed claims. Prints the shared
scorer's tables, then the throughput, and ends with one JSON line holding all the figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.attribution import suggest  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata"
DEFAULT_GOLD = EVALDATA / "gold" / "gold-dev.jsonl"
SCORER = EVALDATA / "tools" / "score_attribution.py"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gum_to_gold(doc: dict) -> dict:
    """A GUM document as gold: content spans only; source and cue are not comparable, so left out."""
    claims = [
        {
            "content": s["content"],
            "content_start": s["content_start"],
            "content_end": s["content_end"],
            "source": None,
            "source_start": None,
            "source_end": None,
            "cue": None,
            "cue_start": None,
            "cue_end": None,
            "attribution_type": "attributed",
            "quote_type": None,
            "anonymity_reason": None,
            "checkworthy": None,
        }  # fmt: skip
        for s in doc["spans"]
        if s.get("relation") == "attribution-positive"
    ]
    return {"doc_id": doc["doc_id"], "text": doc["text"], "claims": claims}


def score(gold_path: Path, pred_path: Path, *extra: str) -> tuple[str, dict]:
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), str(pred_path), *extra],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = run.stdout.strip().splitlines()
    return "\n".join(lines[:-1]), json.loads(lines[-1])


def throughput(texts: list[str], seconds: float) -> float:
    """KB of text per CPU second (one core, single-threaded), repeating the documents for at least `seconds`.

    CPU time rather than wall time, so that other work on a shared machine does not skew the figure.
    """
    size = sum(len(t.encode("utf-8")) for t in texts)
    runs, start = 0, time.process_time()
    while True:
        for t in texts:
            suggest(t)
        runs += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return size * runs / 1024 / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    parser.add_argument("--out", type=Path, help="where to write the predictions (default: a temp file)")
    parser.add_argument("--seconds", type=float, default=1.5, help="minimum time for the throughput run")
    args = parser.parse_args(argv)
    missing = [p for p in (SCORER, *args.gold) if not p.exists()]
    if missing:
        print(f"not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2

    figures: dict = {}
    all_texts: list[str] = []
    for gold_path in args.gold:
        docs = load(gold_path)
        is_gum = bool(docs) and "spans" in docs[0]
        if is_gum:
            docs = [gum_to_gold(d) for d in docs]
        all_texts += [d["text"] for d in docs]
        out = args.out if args.out and len(args.gold) == 1 else None
        with tempfile.TemporaryDirectory() as tmp:
            pred_path = out or Path(tmp) / "pred.jsonl"
            gold_for_scorer = gold_path
            if is_gum:
                gold_for_scorer = Path(tmp) / "gum-gold.jsonl"
                gold_for_scorer.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
            with pred_path.open("w", encoding="utf-8") as fh:
                for d in docs:
                    claims = [s.as_dict() for s in suggest(d["text"])]
                    fh.write(json.dumps({"doc_id": d["doc_id"], "claims": claims}, ensure_ascii=False) + "\n")
            modes = [("attributed-only", ("--attributed-only",))] if is_gum else [
                ("all", ()), ("attributed-only", ("--attributed-only",))]  # fmt: skip
            for label, extra in modes:
                table, m = score(gold_for_scorer, pred_path, *extra)
                print(f"== {gold_path.name} ({label})\n{table}\n")
                prefix = ("gum_" if is_gum else "") + ("attr_" if label == "attributed-only" else "")
                keys = ["content_overlap_f1", "content_exact_f1", "relation_f1"]
                if not is_gum:
                    keys += ["source_acc", "cue_acc", "type_acc", "anonymous_recall"]
                figures.update({prefix + k: m[k] for k in keys})

    kb_per_s = throughput(all_texts, args.seconds)
    figures["kb_per_s"] = round(kb_per_s, 1)
    print(f"throughput: {kb_per_s:.0f} KB/s on one core ({sum(map(len, all_texts)) / 1024:.1f} KB of text)")
    print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
