from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from claims.anchoring import CONTEXT, locate, locate_match
from claims.models import Claim

from .factories import ArticleFactory, ClaimFactory

ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "The ministry said on Monday that 1,200 families had been moved from the valley.\n\n"
    "Officials, speaking on condition of anonymity to discuss the plan, said more would follow. "
    "The river rose 3 metres overnight, the agency reported.\n\n"
    "Residents said the army had not warned them. The army said warnings were sent by text message.\n\n"
    "Aid groups said supplies would last a week."
)
QUOTES = [
    "1,200 families had been moved from the valley",
    "more would follow",
    "The river rose 3 metres overnight",
    "warnings were sent by text message",
    "supplies would last a week",
]
FILLER = ["Heavy rain is forecast for Friday.", "The report was updated at noon.", "Schools stayed closed."]


def _anchor(text: str, quote: str) -> tuple[int, int, str, str]:
    start = text.index(quote)
    end = start + len(quote)
    return start, end, text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]


def _relocate(old: str, new: str, quote: str) -> tuple[int, int] | None:
    start, end, prefix, suffix = _anchor(old, quote)
    return locate(new, quote, prefix, suffix, start, end)


# -- hand-written revisions --------------------------------------------------------------


def test_unchanged_position_is_kept():
    start, end, prefix, suffix = _anchor(TEXT, "more would follow")
    found = locate_match(TEXT, "more would follow", prefix, suffix, start, end)
    assert (found.start, found.end, found.method) == (start, end, "position")


@pytest.mark.parametrize("quote", QUOTES)
def test_insertion_before_shifts_the_span(quote):
    new = "Updated: " + TEXT
    start, end, *_ = _anchor(TEXT, quote)
    assert _relocate(TEXT, new, quote) == (start + 9, end + 9)


@pytest.mark.parametrize("quote", QUOTES)
def test_deletion_after_keeps_the_span(quote):
    start, end, *_ = _anchor(TEXT, quote)
    new = TEXT[:end] + TEXT[end:][:5]
    assert _relocate(TEXT, new, quote) == (start, end)


def test_insertion_inside_the_quote_grows_the_span():
    quote = "warnings were sent by text message"
    new = TEXT.replace("were sent by text", "were sent late on Sunday by text")
    start = new.index("warnings")
    assert _relocate(TEXT, new, quote) == (start, new.index(" message") + len(" message"))


def test_deletion_inside_the_quote_shrinks_the_span():
    quote = "1,200 families had been moved from the valley"
    new = TEXT.replace("had been moved", "moved")
    start = new.index("1,200")
    assert _relocate(TEXT, new, quote) == (start, new.index("valley") + len("valley"))


def test_typo_fix_inside_the_quote_is_found_approximately():
    old = TEXT.replace("3 metres overnight", "3 metres overnihgt")
    quote = "The river rose 3 metres overnihgt"
    found = locate_match(
        old.replace("overnihgt", "overnight"), quote, *_anchor(old, quote)[2:], *_anchor(old, quote)[:2]
    )
    assert found.method == "fuzzy"
    assert TEXT[found.start : found.end] == "The river rose 3 metres overnight"


def test_paragraph_move_follows_the_paragraph():
    paragraphs = TEXT.split("\n\n")
    new = "\n\n".join([paragraphs[3], paragraphs[0], paragraphs[1], paragraphs[2]])
    for quote in QUOTES:
        start = new.index(quote)
        assert _relocate(TEXT, new, quote) == (start, start + len(quote)), quote


def test_repeated_quote_is_told_apart_by_its_context():
    text = "The army said no. Later the army said no. Then the army said yes."
    start, end = 24, 41  # the second "the army said no"
    quote = text[start:end]
    prefix, suffix = text[max(0, start - CONTEXT) : start], text[end : end + CONTEXT]
    new = "Breaking. " + text
    assert locate(new, quote, prefix, suffix, start, end) == (start + 10, end + 10)


def test_deleted_quote_is_an_orphan():
    quote = "The river rose 3 metres overnight"
    new = TEXT.replace("The river rose 3 metres overnight, the agency reported.", "")
    assert _relocate(TEXT, new, quote) is None


def test_rewritten_short_quote_is_an_orphan_not_a_guess():
    old = "Intro. The river rose 3 metres. The dam held."
    new = "A longer intro. The river rose 3 metres. The levee broke."
    assert _relocate(old, new, "The dam held.") is None


def test_empty_quote_or_text_is_never_anchored():
    assert locate("", "x") is None and locate("text", "") is None


# -- generated revisions -----------------------------------------------------------------


def _random_revision(rng: random.Random, quote: str) -> tuple[str, str, tuple[int, int] | None]:
    """One random edit of TEXT around ``quote``; returns its kind, the new text and the expected span."""
    start, end, *_ = _anchor(TEXT, quote)
    kind = rng.choice(["insert_before", "insert_after", "delete_before", "delete_after", "typo", "delete_quote"])
    filler = " " + rng.choice(FILLER)
    if kind == "insert_before":
        at = rng.choice([i for i in range(start) if TEXT[i] == " "] or [0])
        return kind, TEXT[:at] + filler + TEXT[at:], (start + len(filler), end + len(filler))
    if kind == "insert_after":
        at = rng.randint(end, len(TEXT))
        return kind, TEXT[:at] + filler + TEXT[at:], (start, end)
    if kind == "delete_before" and start > 2:
        a = rng.randrange(0, start - 1)
        b = rng.randint(a + 1, start)
        return kind, TEXT[:a] + TEXT[b:], (start - (b - a), end - (b - a))
    if kind == "delete_after" and end < len(TEXT) - 2:
        a = rng.randrange(end, len(TEXT) - 1)
        b = rng.randint(a + 1, len(TEXT))
        return kind, TEXT[:a] + TEXT[b:], (start, end)
    if kind == "typo":
        at = rng.randrange(start + 2, end - 2)
        letter = "x" if TEXT[at] != "x" else "y"
        return kind, TEXT[:at] + letter + TEXT[at + 1 :], (start, end)
    return "delete_quote", TEXT[: max(0, start - 3)] + TEXT[end + 2 :], None


@pytest.mark.parametrize("seed", range(4))
def test_generated_revisions_reanchor_exactly(seed):
    rng = random.Random(seed)
    misses = []
    for _ in range(60):
        quote = rng.choice(QUOTES)
        kind, new, expected = _random_revision(rng, quote)
        got = _relocate(TEXT, new, quote)
        if got != expected:
            misses.append((kind, quote, expected, got))
    assert not misses


# -- Article.revise ------------------------------------------------------------------------


@pytest.mark.django_db
def test_revise_reports_kept_moved_and_orphaned_claims(desk, editor):
    article = ArticleFactory(desk=desk, text=TEXT)
    claims = {}
    for quote in QUOTES:
        claim = Claim(desk=desk, article=article, text=quote)
        start = TEXT.index(quote)
        claim.anchor(start, start + len(quote))
        claim.save()
        claims[quote] = claim
    new = (
        TEXT.replace("The river rose 3 metres overnight, the agency reported.", "")  # deleted → orphan
        .replace("more would follow", "more would soon follow")  # edited inside → moved
        .replace("Aid groups", "Several aid groups")  # before the last quote → moved
    )
    report = article.revise(new, by=editor)
    assert report == {"kept": 1, "moved": 3, "orphaned": 1}
    for claim in claims.values():
        claim.refresh_from_db()
    lost = claims["The river rose 3 metres overnight"]
    assert lost.is_orphaned and lost.start is None and lost.quote == "The river rose 3 metres overnight"
    assert claims["more would follow"].quote == "more would soon follow"
    moved = claims["supplies would last a week"]
    assert new[moved.start : moved.end] == moved.quote and not moved.is_orphaned
    assert moved.history.first().history_user == editor


@pytest.mark.django_db
def test_an_orphan_is_re_anchored_when_its_text_comes_back(desk, editor):
    article = ArticleFactory(desk=desk, text=TEXT)
    claim = ClaimFactory(desk=desk, article=article, start=0, end=10)
    claim.anchor(TEXT.index("supplies"), len(TEXT) - 1)
    claim.save()
    assert article.revise(TEXT[: TEXT.index("Aid groups")], by=editor) == {"kept": 0, "moved": 0, "orphaned": 1}
    assert article.revise(TEXT, by=editor) == {"kept": 0, "moved": 1, "orphaned": 0}
    claim.refresh_from_db()
    assert not claim.is_orphaned and claim.quote == "supplies would last a week"


@pytest.mark.django_db
def test_context_is_refreshed_and_offsets_follow_later_revisions(desk, editor):
    article = ArticleFactory(desk=desk, text=TEXT)
    claim = ClaimFactory(desk=desk, article=article, start=0, end=10)
    claim.anchor(TEXT.index("Aid"), len(TEXT))
    claim.save()
    version = claim.version
    article.revise(TEXT + " More.", by=editor)
    claim.refresh_from_db()
    assert claim.version == version + 1  # the suffix changed, so context is refreshed
    article.revise("Intro. " + TEXT + " More.", by=editor)
    claim.refresh_from_db()
    assert claim.start == TEXT.index("Aid") + 7


# -- the bench ------------------------------------------------------------------------------


@pytest.mark.bench
def test_bench_runs_from_any_directory_and_ends_with_one_json_line(shared_dir, tmp_path):
    articles = shared_dir / "evaldata" / "articles" / "wikinews-mideast-dev.jsonl"
    if not articles.is_file():
        pytest.skip(f"{articles} is missing")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "reanchor.py"), "--trials", "1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["reanchors"] > 500
    assert figures["right_overall"] >= 0.95
    assert figures["right_by_kind"]["delete_quote"] >= 0.95


def test_very_long_quotes_skip_fuzzy_matching_and_stay_fast():
    import time

    from claims.anchoring import MAX_FUZZY_QUOTE, locate_match

    text = "Lorem ipsum dolor sit amet. " * 8000
    quote = ("Nothing like this is in the text, word after word. " * 400)[: MAX_FUZZY_QUOTE * 10]
    started = time.perf_counter()
    assert locate_match(text, quote, "", "", 10, 10 + len(quote)) is None
    assert time.perf_counter() - started < 5  # a guard against the quadratic path, not a benchmark
