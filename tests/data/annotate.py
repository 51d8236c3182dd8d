"""Shared by the build scripts of the hand-annotated attribution sets in this folder.

Claims are written as text snippets, as in shared/evaldata (gold/src/dev_spec.py and
tools/build_gold.py), and resolved to offsets here:

* content: the n-th occurrence (default first) of the string;
* source/cue: the occurrence nearest to the content span (mentions outside the content preferred);
* a string may carry an anchor, "left [[target]] right", to locate `left target right` and keep `target`.

Every span is asserted to round-trip (``text[start:end] == span``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

TYPES = {"named_person", "official_title", "anonymous", "institution", "document", "unattributed"}
QTYPES = {"direct", "indirect", "mixed", "none"}


def load_texts(path: Path, lines: dict[str, int]) -> dict[str, str]:
    """doc_id -> text, exactly as stored, for the articles of ``lines`` (doc_id -> 0-based line of
    ``path``, each checked)."""
    texts = {}
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                d = json.loads(line)
                if d["doc_id"] in lines:
                    assert lines[d["doc_id"]] == i, (d["doc_id"], i)
                    texts[d["doc_id"]] = d["text"]
    assert set(texts) == set(lines), set(lines) - set(texts)
    return texts


def c(content, src=None, cue=None, t="unattributed", q=None, anon=None, cw=True, n=0):
    """One hand-written claim: content, source, cue, attribution_type, quote_type, anonymity_reason."""
    if q is None:
        q = "none" if t == "unattributed" else "indirect"
    return {"content": content, "src": src, "cue": cue, "t": t, "q": q, "anon": anon, "cw": cw, "n": n}


def _pattern(s):
    m = re.match(r"^(.*)\[\[(.*)\]\](.*)$", s, re.S)
    if m:
        return m.group(1) + m.group(2) + m.group(3), len(m.group(1)), m.group(2)
    return s, 0, s


def occurrences(text, s):
    full, off, target = _pattern(s)
    res, i = [], text.find(full)
    while i >= 0:
        res.append((i + off, i + off + len(target)))
        i = text.find(full, i + 1)
    return res, target


def nearest(text, s, span):
    occ, target = occurrences(text, s)
    if not occ:
        raise ValueError(f"not found: {s!r}")

    def key(o):
        inside = int(o[0] < span[1] and o[1] > span[0])  # prefer mentions outside the content
        if o[1] <= span[0]:
            dist = span[0] - o[1]
        elif o[0] >= span[1]:
            dist = o[0] - span[1]
        else:
            dist = 0
        return inside, dist, o[0]

    return min(occ, key=key), target


def resolve(doc_id, text, claims):
    out = []
    for cl in claims:
        assert cl["t"] in TYPES and cl["q"] in QTYPES, cl
        assert (cl["t"] == "unattributed") == (cl["src"] is None), cl
        occ, target = occurrences(text, cl["content"])
        if len(occ) <= cl["n"]:
            raise ValueError(f"{doc_id}: content not found: {cl['content']!r}")
        cs, ce = occ[cl["n"]]
        rec = {"content": target, "content_start": cs, "content_end": ce}
        for key, name in (("src", "source"), ("cue", "cue")):
            if cl[key] is None:
                rec.update({name: None, name + "_start": None, name + "_end": None})
            else:
                (a, b), tgt = nearest(text, cl[key], (cs, ce))
                rec.update({name: tgt, name + "_start": a, name + "_end": b})
        rec.update(
            {
                "attribution_type": cl["t"],
                "quote_type": cl["q"],
                "anonymity_reason": cl["anon"],
                "checkworthy": cl["cw"],
            }
        )
        out.append(rec)
    out.sort(key=lambda r: (r["content_start"], r["content_end"]))
    return out


def check(d):
    t = d["text"]
    for r in d["claims"]:
        assert t[r["content_start"] : r["content_end"]] == r["content"], r
        assert r["content"] == r["content"].strip(), r
        for k in ("source", "cue"):
            if r[k] is not None:
                assert t[r[k + "_start"] : r[k + "_end"]] == r[k], r
            else:
                assert r[k + "_start"] is None and r[k + "_end"] is None, r
        if r["attribution_type"] == "unattributed":
            assert r["source"] is None and r["quote_type"] == "none", r
        else:
            assert r["source"] is not None and r["cue"] is not None, r
        if r["anonymity_reason"] is not None:
            assert r["anonymity_reason"] in t, r


def write(docs, out: Path) -> None:
    """Resolve (doc_id, text, claims) triples, write them as JSON lines, and re-check from disk."""
    with out.open("w", encoding="utf-8") as fh:
        for doc_id, text, claims in docs:
            d = {"doc_id": doc_id, "text": text, "claims": resolve(doc_id, text, claims)}
            check(d)
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = 0
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            check(d)
            n += len(d["claims"])
    print(f"{out}: {len(docs)} docs, {n} claims, all offsets round-trip")


def build(docs, articles: Path, lines: dict[str, int], out: Path) -> None:
    """A build script's whole run: its articles' texts, its claims resolved, the set written to
    ``out`` (or to the path given as the first argument)."""
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else out
    texts = load_texts(articles, lines)
    assert [doc_id for doc_id, _ in docs] == list(lines), "DOCS and LINES out of step"
    write([(doc_id, texts[doc_id], claims) for doc_id, claims in docs], target)
