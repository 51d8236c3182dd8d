#!/usr/bin/env python3
"""Re-anchoring benchmark: how often does ``claims.anchoring.locate`` find the right span?

    bench/reanchor.py [ARTICLES.jsonl ...] [--gold GOLD.jsonl] [--trials N] [--seed S]

Defaults (resolved relative to this script, so it runs from any directory):
``../shared/evaldata/articles/wikinews-mideast-dev.jsonl`` for articles and
``../shared/evaldata/gold/gold-dev.jsonl`` for the spans. Spans of an article come from the
gold line with the same ``doc_id`` (and the same text), else from the line's own ``claims``
(``content_start``/``content_end``) or ``spans``, else from its sentences, so any JSONL with
``doc_id`` and ``text`` works unchanged.

For each span and each edit kind, ``--trials`` seeded random revisions are generated and the
expected new span is computed from the edit itself (``None`` when the quote is deleted or
replaced by another sentence, which must then become an orphan). A re-anchor is right only when it returns exactly the expected
span. Prints a table, then ONE JSON line of figures. Needs no database.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from claims.anchoring import CONTEXT, locate  # noqa: E402 (the path is set just above)

EVALDATA = ROOT.parent / "shared" / "evaldata"
DEFAULT_ARTICLES = EVALDATA / "articles" / "wikinews-mideast-dev.jsonl"
DEFAULT_GOLD = EVALDATA / "gold" / "gold-dev.jsonl"

KINDS = [
    "insert_before",
    "insert_after",
    "insert_inside",
    "delete_before",
    "delete_after",
    "delete_inside",
    "typo_inside",
    "paragraph_move",
    "mixed",
    "delete_quote",
    "replace_quote",
]

Span = tuple[int, int]
FILLER = ["The committee met again on Thursday to discuss the report.", "Further details were not released."]


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def spans_for(doc: dict, gold: dict[str, dict]) -> list[Span]:
    text = doc["text"]
    g = gold.get(doc.get("doc_id"))
    candidates = []
    if g is not None and g.get("text") == text:
        candidates = [(c["content_start"], c["content_end"]) for c in g.get("claims", [])]
    elif doc.get("claims") or doc.get("spans"):
        candidates = [(c["content_start"], c["content_end"]) for c in doc.get("claims") or doc.get("spans")]
    else:
        candidates = [(m.start(), m.end()) for m in re.finditer(r"[^\s.!?][^.!?\n]{20,300}[.!?]", text)]
    return sorted({(s, e) for s, e in candidates if s is not None and e is not None and 0 <= s < e <= len(text)})


# -- edits -----------------------------------------------------------------------------


def replace(text: str, a: int, b: int, new: str, span: Span | None) -> tuple[str, Span | None]:
    """Replace text[a:b] with ``new`` and map ``span`` through the edit.

    An edit touching the start from outside (``b <= s``) shifts the span; one touching the
    end from outside (``a >= e``) leaves it; one inside grows or shrinks it; one covering it
    deletes it. Edits straddling a boundary are never generated.
    """
    out = text[:a] + new + text[b:]
    if span is None:
        return out, None
    s, e = span
    delta = len(new) - (b - a)
    if b <= s and not (a == b == s == e):
        return out, (s + delta, e + delta)
    if a >= e:
        return out, span
    if a <= s and b >= e:
        return out, None
    if s <= a and b <= e:
        return out, (s, e + delta) if e + delta > s else None
    raise ValueError("edit straddles a span boundary")


def word_gaps(text: str, lo: int, hi: int) -> list[int]:
    """Positions in [lo, hi] just before a space: where an editor inserts words."""
    return [i for i in range(max(lo, 0), min(hi, len(text))) if text[i] == " "]


def insertion(rng: random.Random, pool: list[str], short: bool = False) -> str:
    if short:
        return " " + " ".join(rng.choice(rng.choice(pool).split()) for _ in range(rng.randint(1, 4)))
    return " " + rng.choice(pool)


def edit(kind: str, rng: random.Random, text: str, span: Span, pool: list[str]) -> tuple[str, Span | None] | None:
    s, e = span
    n = len(text)
    if kind == "insert_before":
        gaps = word_gaps(text, 0, s) or [0]
        p = rng.choice(gaps)
        return replace(text, p, p, insertion(rng, pool), span)
    if kind == "insert_after":
        gaps = word_gaps(text, e, n) or [n]
        p = rng.choice(gaps)
        return replace(text, p, p, insertion(rng, pool), span)
    if kind == "insert_inside":
        gaps = word_gaps(text, s + 1, e - 1)
        if not gaps:
            return None
        p = rng.choice(gaps)
        return replace(text, p, p, insertion(rng, pool, short=True), span)
    if kind in ("delete_before", "delete_after"):
        lo, hi = (0, s) if kind == "delete_before" else (e, n)
        if hi - lo < 2:
            return None
        a = rng.randrange(lo, hi - 1)
        b = min(hi, a + rng.randint(1, 200))
        return replace(text, a, b, "", span)
    if kind == "delete_inside":
        length = e - s
        if length < 12:
            return None
        size = rng.randint(1, max(1, length // 4))
        a = rng.randrange(s + 1, e - size)
        return replace(text, a, a + size, "", span)
    if kind == "typo_inside":
        out: tuple[str, Span | None] = (text, span)
        for _ in range(rng.randint(1, 3)):
            cur, sp = out
            if sp is None or sp[1] - sp[0] < 4:
                break
            p = rng.randrange(sp[0] + 1, sp[1] - 1)
            op = rng.choice(["sub", "ins", "del", "swap"])
            letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
            if op == "sub":
                out = replace(cur, p, p + 1, letter, sp)
            elif op == "ins":
                out = replace(cur, p, p, letter, sp)
            elif op == "del":
                out = replace(cur, p, p + 1, "", sp)
            else:
                out = replace(cur, p, p + 2, cur[p + 1] + cur[p], sp)
        return out
    if kind == "paragraph_move":
        return move_paragraph(rng, text, span)
    if kind == "mixed":
        out = (text, span)
        for _ in range(rng.randint(2, 4)):
            sub = rng.choice(["insert_before", "insert_after", "delete_before", "delete_after", "typo_inside"])
            if out[1] is None:
                return None
            step = edit(sub, rng, out[0], out[1], pool)
            if step is not None:
                out = step
        return out
    if kind == "delete_quote":
        a = max(0, s - rng.randint(0, 20))
        b = min(n, e + rng.randint(0, 20))
        return replace(text, a, b, "", span)
    if kind == "replace_quote":
        return replace(text, s, e, rng.choice(pool).rstrip(".!?"), span)
    raise ValueError(kind)


def move_paragraph(rng: random.Random, text: str, span: Span) -> tuple[str, Span | None] | None:
    """Move one paragraph (the quote's or another) elsewhere; the quote travels with its paragraph."""
    bounds = [0] + [m.end() for m in re.finditer(r"\n+", text)] + [len(text)]
    paras = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]]
    if len(paras) < 3:
        return None
    s, e = span
    i = rng.randrange(len(paras))
    j = rng.randrange(len(paras))
    if i == j:
        return None
    a, b = paras[i]
    if (a < s < b) != (a < e <= b) or (s < a < e):
        return None  # the quote straddles the moved paragraph's edge
    order = list(range(len(paras)))
    order.insert(j if j < i else j, order.pop(i))
    pieces, new_span, at = [], None, 0
    for k in order:
        pa, pb = paras[k]
        piece = text[pa:pb]
        if not piece.endswith("\n"):
            piece += "\n\n"
        if pa <= s and e <= pb:
            new_span = (at + s - pa, at + e - pa)
        pieces.append(piece)
        at += len(piece)
    out = "".join(pieces)
    if new_span is None or out[new_span[0] : new_span[1]] != text[s:e]:
        return None
    return out, new_span


# -- run -------------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", type=Path, default=[DEFAULT_ARTICLES])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--trials", type=int, default=5, help="random revisions per span and edit kind")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    gold = {g["doc_id"]: g for g in load_jsonl(args.gold)} if args.gold and args.gold.is_file() else {}
    docs = [doc for path in args.articles for doc in load_jsonl(path)]
    sentences = {
        id(doc): [s.strip() for s in re.split(r"(?<=[.!?])\s+", doc["text"]) if len(s.strip()) > 20] for doc in docs
    }
    rng = random.Random(args.seed)

    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    timings: list[float] = []
    spans_used = 0
    for doc in docs:
        text = doc["text"]
        # Inserted text comes from the other articles, so an insertion never copies the quote itself.
        pool = [s for other in docs if other is not doc for s in sentences[id(other)]] or FILLER
        for span in spans_for(doc, gold):
            spans_used += 1
            s, e = span
            quote = text[s:e]
            prefix, suffix = text[max(0, s - CONTEXT) : s], text[e : e + CONTEXT]
            for kind in KINDS:
                for _ in range(args.trials):
                    revised = edit(kind, rng, text, span, pool)
                    if revised is None:
                        continue
                    new_text, expected = revised
                    t0 = time.perf_counter()
                    got = locate(new_text, quote, prefix, suffix, s, e)
                    timings.append((time.perf_counter() - t0) * 1000)
                    total[kind] += 1
                    right[kind] += got == expected

    n = sum(total.values())
    per_kind = {k: round(right[k] / total[k], 4) for k in KINDS if total[k]}
    print(f"{'edit kind':<16}{'n':>7}{'right':>9}")
    for k in KINDS:
        if total[k]:
            print(f"{k:<16}{total[k]:>7}{per_kind[k]:>9.3f}")
    overall = sum(right.values()) / n if n else 0.0
    ms = statistics.fmean(timings) if timings else 0.0
    p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) >= 20 else ms
    print(f"{'overall':<16}{n:>7}{overall:>9.3f}   {ms:.3f} ms per re-anchor (p95 {p95:.3f} ms)")
    figures = {
        "bench": "reanchor",
        "articles": len(docs),
        "spans": spans_used,
        "reanchors": n,
        "trials": args.trials,
        "seed": args.seed,
        "right_overall": round(overall, 4),
        "right_by_kind": per_kind,
        "ms_per_reanchor": round(ms, 3),
        "ms_p95": round(p95, 3),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
