"""Score claims.suggest.attribution.suggest() against the shared attribution gold and measure its speed.

    python bench/suggestions.py [GOLD.jsonl ...] [--gum GUM.jsonl] [--out PRED.jsonl] [--seconds 1.5]

Default gold: ../shared/evaldata/gold/gold-dev.jsonl beside the project root. A GUM news attribution
file (``spans`` instead of ``claims``, given as GOLD or with ``--gum``) is converted on the fly and
scored on attributed content spans only (``--attributed-only``): GUM marks every attribution but no
unattributed claims. GUM contents keep a leading "that", outer quote marks and end punctuation, which
the guideline drops, so both gold and predicted contents are normalised the same way before scoring
(the fair comparison, ``gum_fair_*``); the raw comparison is reported too (``gum_raw_*``). For GUM the
bench also reports recall of the relations whose attributing span holds a standard reporting cue
(``gum_std_cue_recall``) and how often a paired prediction's source and cue lie inside GUM's
attributing span (``gum_source_in_attribution``). Prints the shared scorer's tables, then the
throughput, and ends with one JSON line holding all the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claims.suggest.attribution import suggest  # noqa: E402

EVALDATA = ROOT.parent / "shared" / "evaldata"
DEFAULT_GOLD = EVALDATA / "gold" / "gold-dev.jsonl"
SCORER = EVALDATA / "tools" / "score_attribution.py"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# standard reporting cues (past/present/participle) used to pick the GUM relations any suggester must find
STD_CUE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according to|stated|states|announced|announces|reported|reports"
    r"|added|adds|claimed|claims|warned|warns|wrote|writes|confirmed|confirms|denied|denies|explained|explains)\b",
    re.I,
)


def fair_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Content span without a leading "that", outer quote marks and end punctuation (applied to both sides)."""
    edge = " \t\n\xa0\"“”‘’'.,;:!?()[]—–-"
    while True:
        s0, e0 = start, end
        while start < end and text[start] in edge:
            start += 1
        while end > start and text[end - 1] in edge:
            end -= 1
        if text.startswith("that ", start) and end - start > 5:
            start += 5
        if (start, end) == (s0, e0):
            return start, end


def gum_to_gold(doc: dict, fair: bool = False) -> dict:
    """A GUM document as gold: content spans only; source and cue are not comparable, so left out."""
    claims = []
    for s in doc["spans"]:
        if s.get("relation") != "attribution-positive":
            continue
        cs, ce = s["content_start"], s["content_end"]
        if fair:
            cs, ce = fair_span(doc["text"], cs, ce)
        claims.append({
            "content": doc["text"][cs:ce], "content_start": cs, "content_end": ce,
            "source": None, "source_start": None, "source_end": None, "cue": None, "cue_start": None, "cue_end": None,
            "attribution_type": "attributed", "quote_type": None, "anonymity_reason": None, "checkworthy": None,
            "attr_start": s["attr_start"], "attr_end": s["attr_end"], "attributing": s["attributing"],
        })  # fmt: skip
    return {"doc_id": doc["doc_id"], "text": doc["text"], "claims": claims}


def fair_prediction(text: str, claim: dict) -> dict:
    cs, ce = fair_span(text, claim["content_start"], claim["content_end"])
    return {**claim, "content": text[cs:ce], "content_start": cs, "content_end": ce}


def _jaccard(a0: int, a1: int, b0: int, b1: int) -> float:
    inter = max(0, min(a1, b1) - max(a0, b0))
    union = max(a1, b1) - min(a0, b0) if inter else (a1 - a0) + (b1 - b0)
    return inter / union if union > 0 else 0.0


def pair(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy pairing by content Jaccard >= 0.5, as the shared scorer does."""
    cands = sorted(
        (-_jaccard(g["content_start"], g["content_end"], p["content_start"], p["content_end"]), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(pred)
    )
    used_g, used_p, pairs = set(), set(), []
    for neg, i, j in cands:
        if -neg >= 0.5 and i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j), pairs.append((i, j))
    return pairs


def gum_extra(gold_docs: list[dict], pred_docs: list[dict]) -> dict:
    """Recall on standard-cue relations and source/cue-inside-attribution accuracy on paired claims."""
    std = std_found = paired = inside = 0
    for g, p in zip(gold_docs, pred_docs, strict=True):
        claims = [c for c in p["claims"] if c["attribution_type"] != "unattributed"]
        pairs = dict(pair(g["claims"], claims))
        for i, gc in enumerate(g["claims"]):
            if STD_CUE.search(gc["attributing"]):
                std += 1
                std_found += i in pairs
            if i in pairs:
                pc = claims[pairs[i]]
                paired += 1
                inside += all(
                    pc[k + "_start"] is not None and gc["attr_start"] <= pc[k + "_start"] < pc[k + "_end"] <= gc["attr_end"]
                    for k in ("source", "cue")
                )  # fmt: skip
    return {
        "gum_std_cue_relations": std,
        "gum_std_cue_recall": round(std_found / std, 4) if std else 0.0,
        "gum_source_in_attribution": round(inside / paired, 4) if paired else 0.0,
    }


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


def _prefix(path: Path, index: int, is_gum: bool) -> str:
    if is_gum:
        return "gum_"
    return "" if index == 0 else re.sub(r"\W+", "_", path.stem.lower()).strip("_") + "_"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path, default=[DEFAULT_GOLD])
    parser.add_argument("--gum", type=Path, action="append", default=[], help="a GUM attribution file to add")
    parser.add_argument("--out", type=Path, help="where to write the predictions (default: a temp file)")
    parser.add_argument("--seconds", type=float, default=1.5, help="minimum time for the throughput run")
    args = parser.parse_args(argv)
    paths = [*args.gold, *args.gum]
    missing = [p for p in (SCORER, *paths) if not p.exists()]
    if missing:
        print(f"not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2

    figures: dict = {}
    all_texts: list[str] = []
    for index, gold_path in enumerate(paths):
        raw_docs = load(gold_path)
        is_gum = gold_path in args.gum or (bool(raw_docs) and "spans" in raw_docs[0])
        docs = [gum_to_gold(d) for d in raw_docs] if is_gum else raw_docs
        all_texts += [d["text"] for d in docs]
        preds = [{"doc_id": d["doc_id"], "claims": [s.as_dict() for s in suggest(d["text"])]} for d in docs]
        out = args.out if args.out and len(paths) == 1 else None
        with tempfile.TemporaryDirectory() as tmp:
            pred_path = out or Path(tmp) / "pred.jsonl"
            write(pred_path, preds)
            prefix = _prefix(gold_path, index, is_gum)
            if is_gum:
                fair_docs = [gum_to_gold(d, fair=True) for d in raw_docs]
                fair_preds = [
                    {"doc_id": p["doc_id"], "claims": [fair_prediction(d["text"], c) for c in p["claims"]]}
                    for d, p in zip(docs, preds, strict=True)
                ]
                runs = [("raw", write(Path(tmp) / "gum-raw.jsonl", docs), pred_path),
                        ("fair", write(Path(tmp) / "gum-fair.jsonl", fair_docs),
                         write(Path(tmp) / "pred-fair.jsonl", fair_preds))]  # fmt: skip
                for label, gold_file, pred_file in runs:
                    table, m = score(gold_file, pred_file, "--attributed-only")
                    print(f"== {gold_path.name} ({label}, attributed-only)\n{table}\n")
                    keys = ["content_overlap_p", "content_overlap_r", "content_overlap_f1", "content_exact_f1"]
                    figures.update({f"{prefix}{label}_{k}": m[k] for k in keys})
                extra = gum_extra(fair_docs, fair_preds)
                print("\n".join(f"{k}: {v}" for k, v in extra.items()) + "\n")
                figures.update(extra)
                continue
            for label, extra_args in [("all", ()), ("attributed-only", ("--attributed-only",))]:
                table, m = score(gold_path, pred_path, *extra_args)
                print(f"== {gold_path.name} ({label})\n{table}\n")
                keys = ["content_overlap_f1", "content_exact_f1", "relation_f1", "source_acc", "cue_acc", "type_acc",
                        "anonymous_recall"]  # fmt: skip
                attr = "attr_" if label == "attributed-only" else ""
                figures.update({prefix + attr + k: m[k] for k in keys})

    kb_per_s = throughput(all_texts, args.seconds)
    figures["kb_per_s"] = round(kb_per_s, 1)
    print(f"throughput: {kb_per_s:.0f} KB/s on one core ({sum(map(len, all_texts)) / 1024:.1f} KB of text)")
    print(json.dumps(figures, sort_keys=True))
    return 0


def write(path: Path, docs: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    return path


if __name__ == "__main__":
    sys.exit(main())
