#!/usr/bin/env python3
"""Scale benchmark: the pages a desk uses most, on a desk of N claims.

    bench/scale.py --claims N [--articles FILE ...] [--repeat R] [--database-url URL] [--reuse] [--analyze]

Builds a desk fast (bulk inserts): N claims over about N/20 articles and N/20 speakers (the
issue's shape: 100,000 claims, 5,000 articles, 5,000 speakers), a few outlets, the default
ratings, an editor and a checker; every stage, attribution type and verdict spread over the
claims, speakers on ~60%, assignees on some, about one source a claim, notes on one in ten, a
stage change for every claim past "new", one history row ("+") for every claim, source, note
and article (bulk inserts bypass django-simple-history), and the search index. Two of the
claims' articles are the workspace's hard cases: one with exactly 300 claims and one of
~200,000 characters with 2,000 (nested and overlapping anchors). N counts those 2,300 too;
below N = 4,600 the desk gets N/2 more instead. A second desk has a few claims that must
never show. Texts come from ``--articles`` (JSON lines with ``title`` and ``text``, or plain
text; default ``../shared/evaldata/articles/*.jsonl``), cycled, titles numbered; every anchor
is a real sentence span (``claims.text.sentence_spans``) with ``quote == text[start:end]``.

Then it requests each page through Django's test client (in process, so the figures are the
app's own work; DEBUG off; logged in as the editor, who is also staff for the admin; the API
with a token), round-robin over the pages for ``--repeat`` rounds after one warm-up round, and
reports the median and p90 in ms and the SQL queries of one request. Beside the pages that
have one it reports a floor: a bare view in this script that does the least the page must (a
COUNT, the one query for the rows shown, the same rows through a minimal template from a
string), requested in the same rounds, and ratio = page / floor. The CSV of all claims is
streamed once for time and once under tracemalloc for peak memory (Python allocations).

The database is a fresh SQLite file in a temporary folder, unless ``--database-url`` (or a
PostgreSQL ``DATABASE_URL``) names one: that is migrated and refused if it holds claims,
unless ``--reuse`` is given and it holds the desk this script builds for the same N (building
a million rows takes a while). PostgreSQL is ANALYZEd after building (as autovacuum would in
time); SQLite only with ``--analyze`` (the app never runs ANALYZE). Prints a table, then ONE
JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import statistics
import sys
import time
import traceback
import tracemalloc
import types
import warnings
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import ROOT, SHARED, read_articles, setup_database  # noqa: E402

DEFAULT_ARTICLES = sorted((SHARED / "evaldata" / "articles").glob("*.jsonl"))
WORKSPACE_CLAIMS, LONG_CLAIMS = 300, 2000
SPECIAL_CLAIMS = WORKSPACE_CLAIMS + LONG_CLAIMS
LONG_CHARS = 200_000  # the app's ARTICLE_MAX_CHARS default
WORKSPACE_TITLE = "Scale bench: the article with 300 claims"
LONG_TITLE = "Scale bench: the long article with 2,000 claims"
DESK_SLUG = "scale"
BATCH = 2000  # rows per bulk_create call
CHUNK_CLAIMS = 5000  # claims built (and held in memory) at a time
POSTGRES = ("postgres://", "postgresql://", "pgsql://", "postgis://")
HTMX = {"HX-Request": "true"}
FILTERS = "stage=review&attribution_type=anonymous&sort=-updated"
COUNT_SHOWN = re.compile(rb"<p>(\d+) claims?\b")


def planned(n: int) -> tuple[int, int]:
    """(claims on the ordinary articles, claims on the desk) for ``--claims n``."""
    regular = max(n - SPECIAL_CLAIMS, n // 2)
    return regular, regular + SPECIAL_CLAIMS


# -- the database --------------------------------------------------------------------------


def setup(database_url: str) -> str:
    """Set Django up on the chosen database and migrate it; returns the backend's vendor."""
    if not database_url:
        setup_database()  # a fresh SQLite file in a temporary folder
    else:
        os.environ["DATABASE_URL"] = database_url
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        sys.path.insert(0, str(ROOT))
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
    from django.db import connection

    return connection.vendor


def already_built(n: int, reuse: bool) -> bool:
    """Whether the database holds this bench's desk for ``n``; refuses any other claims."""
    from claims.models import Claim, Desk

    held = Claim.objects.count()
    if not held:
        return False
    if not reuse:
        sys.exit(
            f"The database already holds {held:,} claims. Give an empty database, or --reuse to measure "
            f"the desk an earlier run of this script built there."
        )
    desk = Desk.objects.filter(slug=DESK_SLUG).first()
    mine = desk.claims.count() if desk else 0
    expected = planned(n)[1]
    if mine != expected:
        sys.exit(
            f"--reuse: the {DESK_SLUG!r} desk holds {mine:,} claims, not the {expected:,} that --claims {n} builds; "
            f"give the same --claims as the run that built it, or an empty database."
        )
    return True


# -- texts and anchors ---------------------------------------------------------------------


class Texts:
    """The article texts, normalised and deduplicated, each split into sentences once
    (pysbd is the slow part: ~90 KB/s)."""

    def __init__(self, docs: list[dict]) -> None:
        from claims.models import normalise_text

        seen, self.docs = set(), []
        for doc in docs:
            text = normalise_text(doc["text"]).strip()
            if text and text not in seen:
                seen.add(text)
                self.docs.append({"title": doc["title"][:250] or "Untitled", "text": text})
        if not self.docs:
            sys.exit("no article texts to build from")
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def spans(self, i: int) -> list[tuple[int, int]]:
        if i not in self._spans:
            from claims.text import sentence_spans

            self._spans[i] = list(sentence_spans(self.docs[i]["text"]))
        return self._spans[i]

    def composite(self, *, min_sentences: int = 0, max_chars: int = LONG_CHARS) -> tuple[str, list[tuple[int, int]]]:
        """Texts joined as paragraphs, up to ``max_chars``, with their sentence spans."""
        parts, spans, total = [], [], 0
        for step in range(len(self.docs) * 50):
            i = step % len(self.docs)
            text = self.docs[i]["text"]
            at = total + (2 if parts else 0)
            if at + len(text) > max_chars:
                if total > max_chars - 5000 or len(text) < 100:
                    break
                continue
            parts.append(text)
            spans.extend((at + s, at + e) for s, e in self.spans(i))
            total = at + len(text)
            if min_sentences and len(spans) >= min_sentences and len(parts) > 1:
                break
        return "\n\n".join(parts), spans


def anchor_pool(text: str, spans: list[tuple[int, int]], rng: random.Random) -> list[tuple[int, int]]:
    """Spans to anchor claims on, best first: whole sentences (shuffled), then a sentence's
    first clause (nested in it) and spans from mid-sentence into the next (overlapping both)."""
    sentences = [(s, e) for s, e in spans if e - s >= 25] or spans or [(0, min(len(text), 200))]
    extra = []
    for s, e in sentences:
        cut = text.find(", ", s + 20, e - 10)
        if cut > 0:
            extra.append((s, cut))
    for (s1, e1), (s2, e2) in zip(sentences, sentences[1:], strict=False):
        if s2 < e1 or "\n" in text[e1:s2]:
            continue
        a = text.find(" ", s1 + (e1 - s1) // 2, e1) + 1
        b = text.rfind(" ", s2, s2 + (e2 - s2) // 2)
        if 0 < a < e1 and s2 < b:
            extra.append((a, b))
    return rng.sample(sentences, len(sentences)) + rng.sample(extra, len(extra))


def shortened(quote: str, rng: random.Random) -> str:
    """The claim as checked: the quote, or a shorter form of a long one."""
    if len(quote) > 160 or rng.random() < 0.2:
        cut = quote[: max(40, min(140, len(quote) * 2 // 3))].rsplit(" ", 1)[0].rstrip(",;:")
        return cut + "…" if cut != quote else quote
    return quote


# -- building the desk ---------------------------------------------------------------------

FIRST = [
    "Ana", "Omar", "Lena", "David", "Maria", "Yusuf", "Chen", "Fatima", "Igor", "Sara", "Tom", "Amal",
    "Jonas", "Priya", "Karim", "Elena", "Hassan", "Noor", "Pablo", "Mei", "Ruth", "Tariq", "Ines", "Kofi",
]  # fmt: skip
LAST = [
    "Ruiz", "Haddad", "Novak", "Cohen", "Silva", "Aziz", "Wang", "Mansour", "Petrov", "Lindqvist", "Lee", "Khalil", "Berg",
    "Sharma", "Nasser", "Rossi", "Farah", "Osei", "Garcia", "Tanaka", "Dubois", "Okafor", "Ibrahim", "Moreau", "Kaya", "Weber",
]  # fmt: skip
ORG_KINDS = ["Institute", "Foundation", "Ministry", "Group", "Council", "Agency"]
TITLES = ["Minister of Health", "spokesperson", "mayor", "senator", "police chief", "economist", "", "", ""]
COUNTRIES = ["Egypt", "Israel", "France", "Brazil", "Kenya", "India", "Germany", "Japan", ""]
OUTLETS = [("Wire Agency", "wire.example"), ("Daily Ledger", "ledger.example"), ("Radio Est", "radioest.example")]
OUTLETS += [("The Courier", "courier.example"), ("Nile Post", "nilepost.example")]
CUES = ["said", "told reporters", "according to", "warned", "claimed", "announced", "wrote"]
ANONYMOUS = ["officials speaking on condition of anonymity", "a source familiar with the talks", "a senior official"]
ANONYMOUS += ["two people briefed on the matter", "diplomats who asked not to be named"]
REASONS = ["to discuss closed-door talks", "because they were not authorised to speak", ""]
NOTES = ["Checked the figure against the ministry's release.", "@scale-checker can you find the original report?"]
NOTES += ["The quote matches the video at 02:14.", "Second source still missing.", "Resolved: wording fixed."]
SUMMARIES = ["The figure matches the official statistics.", "The report says the opposite.", "No record supports it."]


class DeskBuilder:
    """Makes the rows of one desk in memory; ``DeskBuilder.insert`` writes them in bulk."""

    def __init__(self, desk, *, editor, checker, speakers, ratings, outlets, rng: random.Random, now) -> None:
        from claims.models import AttributionType, SpeakerKind, Stage

        self.desk, self.editor, self.checker, self.rng, self.now = desk, editor, checker, rng, now
        self.ratings, self.outlets = ratings, outlets
        kinds = {
            AttributionType.NAMED_PERSON: SpeakerKind.PERSON,
            AttributionType.OFFICIAL_TITLE: SpeakerKind.PERSON,
            AttributionType.INSTITUTION: SpeakerKind.ORGANISATION,
            AttributionType.DOCUMENT: SpeakerKind.DOCUMENT,
        }
        self.speakers = {
            attribution: [s for s in speakers if s.kind == kind] or speakers for attribution, kind in kinds.items()
        }
        S, A = Stage, AttributionType
        self.stages, self.stage_weights = zip(
            *[(S.NEW, 30), (S.RESEARCH, 25), (S.REVIEW, 12), (S.CHANGES, 5), (S.APPROVED, 8), (S.PUBLISHED, 20)],
            strict=True,
        )
        self.types, self.type_weights = zip(
            *[(A.NAMED_PERSON, 35), (A.OFFICIAL_TITLE, 15), (A.ANONYMOUS, 12), (A.INSTITUTION, 15)]
            + [(A.DOCUMENT, 8), (A.UNATTRIBUTED, 15)],
            strict=True,
        )
        self.verdict_stages = {S.REVIEW, S.CHANGES, S.APPROVED, S.PUBLISHED}
        self.came_from = {
            S.RESEARCH: (S.NEW, "editor", f"Assigned to {checker}"),
            S.REVIEW: (S.RESEARCH, "checker", "Submitted for review"),
            S.CHANGES: (S.REVIEW, "editor", "Please find a second source."),
            S.APPROVED: (S.REVIEW, "editor", "Approved"),
            S.PUBLISHED: (S.APPROVED, "editor", "Published"),
        }

    def article(self, title: str, text: str):
        from claims.models import Article, text_sha256

        rng = self.rng
        return Article(
            desk=self.desk,
            outlet=rng.choice(self.outlets) if self.outlets and rng.random() < 0.85 else None,
            title=title[:300],
            url=f"https://news.example/{self.desk.slug}/{rng.randrange(10**9)}",
            language="en",
            licence="CC BY 2.5, Wikinews",
            text=text,
            sha256=text_sha256(text),
            imported_by=self.editor,
            imported=self.now - timedelta(seconds=rng.randrange(365 * 86400)),
        )

    def claim(self, article, start: int, end: int):
        from claims.models import ANCHOR_CONTEXT, AttributionType, Claim, QuoteType, Stage

        rng, text = self.rng, article.text
        quote = text[start:end]
        stage = rng.choices(self.stages, self.stage_weights)[0]
        kind = rng.choices(self.types, self.type_weights)[0]
        speaker, attribution, reason = None, "", ""
        if kind in self.speakers and rng.random() < 0.82:  # 73% of claims are of these types: 60% have a speaker
            pool = self.speakers[kind]
            speaker = pool[int(len(pool) * rng.random() ** 2)]  # a few speakers are quoted often
            attribution = f"{speaker.title} {speaker.name}".strip()
        elif kind == AttributionType.ANONYMOUS:
            attribution, reason = rng.choice(ANONYMOUS), rng.choice(REASONS)
        rated = stage in self.verdict_stages or (stage == Stage.RESEARCH and rng.random() < 0.3)
        worked = stage != Stage.NEW or rng.random() < 0.2
        assignee = (self.checker if rng.random() < 0.8 else self.editor) if worked else None
        created = article.imported + (self.now - article.imported) * rng.random()
        updated = created + min(self.now - created, timedelta(days=30)) * rng.random()
        later = stage in (Stage.APPROVED, Stage.PUBLISHED)
        return Claim(
            desk=self.desk,
            article=article,
            text=shortened(quote, rng),
            quote=quote,
            start=start,
            end=end,
            prefix=text[max(0, start - ANCHOR_CONTEXT) : start],
            suffix=text[end : end + ANCHOR_CONTEXT],
            speaker=speaker,
            attribution_type=kind,
            attribution=attribution,
            cue=rng.choice(CUES) if kind != AttributionType.UNATTRIBUTED else "",
            quote_type=rng.choice(QuoteType.values),
            anonymity_reason=reason,
            rating=rng.choice(self.ratings) if rated else None,
            summary=rng.choice(SUMMARIES) if rated else "",
            stage=stage,
            assignee=assignee,
            due=(updated + timedelta(days=rng.randrange(1, 14))).date() if assignee and not later else None,
            submitted_by=self.checker if stage in self.verdict_stages else None,
            verdict_by=self.checker if rated else None,
            approved_by=self.editor if later else None,
            approved_version=1 if later else None,
            published=updated if stage == Stage.PUBLISHED else None,
            created_by=self.checker if rng.random() < 0.7 else self.editor,
            created=created,
            updated=updated,
        )

    def sources(self, claim) -> list:
        from claims.models import Source, SourceKind, Stage, Stance

        rng = self.rng
        if claim.stage in self.verdict_stages:  # submitting needs a source
            count = 1 + (rng.random() < 0.3)
        elif claim.stage == Stage.RESEARCH:
            count = rng.choice((0, 1, 1, 2))
        else:
            count = rng.random() < 0.5
        return [
            Source(
                claim=claim,
                url=f"https://evidence.example/{claim.pk}/{k}",
                title=f"Evidence {k + 1} for claim {claim.pk}",
                publisher=rng.choice(OUTLETS)[0],
                kind=rng.choice(SourceKind.values),
                stance=rng.choice(Stance.values),
                excerpt=claim.quote[:120],
                accessed=claim.updated.date(),
                added_by=claim.assignee or self.checker,
                created=claim.updated,
            )
            for k in range(count)
        ]

    def note(self, claim):
        from claims.models import Note, Stage

        if self.rng.random() >= 0.1:
            return None
        done = claim.stage in (Stage.APPROVED, Stage.PUBLISHED)  # publishing needs every note resolved
        return Note(
            claim=claim,
            author=self.editor if self.rng.random() < 0.5 else self.checker,
            body=self.rng.choice(NOTES),
            is_resolved=done or self.rng.random() < 0.5,
            created=claim.updated,
        )

    def stage_change(self, claim):
        from claims.models import StageChange

        if claim.stage not in self.came_from:
            return None
        old, who, comment = self.came_from[claim.stage]
        return StageChange(
            claim=claim, old=old, new=claim.stage, by=getattr(self, who), comment=comment, created=claim.updated
        )

    def insert(self, articles: list, anchors: list[list[tuple[int, int]]], rows: Counter) -> None:
        """Write these articles, a claim on each of their anchors and everything around them."""
        from claims.models import Article, Claim, ClaimSearch, Note, Source, StageChange

        bulk(Article, articles, rows, user="imported_by_id", when="imported")
        claims = [self.claim(a, s, e) for a, spans in zip(articles, anchors, strict=True) for s, e in spans]
        bulk(Claim, claims, rows, user="created_by_id", when="created")
        bulk(Source, [s for c in claims for s in self.sources(c)], rows, user="added_by_id", when="created")
        bulk(Note, [n for c in claims if (n := self.note(c))], rows, user="author_id", when="created")
        bulk(StageChange, [s for c in claims if (s := self.stage_change(c))], rows)
        rows["claimsearch"] += ClaimSearch.index([c.pk for c in claims])  # bulk_create skips Claim.save


def bulk(model, objs: list, rows: Counter, *, user: str = "", when: str = "") -> None:
    """bulk_create the rows and, for a model with history, one "+" history row for each."""
    if not objs:
        return
    model.objects.bulk_create(objs, batch_size=BATCH)
    rows[model._meta.model_name] += len(objs)
    if history := getattr(model, "history", None):
        kept = {f.attname for f in history.model._meta.concrete_fields}
        tracked = [f.attname for f in model._meta.concrete_fields if f.attname in kept]
        records = [
            history.model(
                **{name: getattr(obj, name) for name in tracked},
                history_date=getattr(obj, when),
                history_type="+",
                history_user_id=getattr(obj, user),
                history_change_reason="Created",
            )
            for obj in objs
        ]
        history.model.objects.bulk_create(records, batch_size=BATCH)
        rows[history.model._meta.model_name] += len(records)


@contextmanager
def own_timestamps(*models):
    """Let bulk_create write the ``created``/``updated`` we chose instead of now (auto_now)."""
    fields = [
        f
        for m in models
        for f in m._meta.concrete_fields
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    saved = [(f, f.auto_now, f.auto_now_add) for f in fields]
    for f in fields:
        f.auto_now = f.auto_now_add = False
    try:
        yield
    finally:
        for f, auto_now, auto_now_add in saved:
            f.auto_now, f.auto_now_add = auto_now, auto_now_add


def make_speakers(desk, count: int, rng: random.Random) -> list:
    from claims.models import Speaker, SpeakerKind
    from claims.suggest.attribution import normalise_name

    kinds, weights = zip(
        (SpeakerKind.PERSON, 75),
        (SpeakerKind.ORGANISATION, 15),
        (SpeakerKind.OFFICIALS, 5),
        (SpeakerKind.DOCUMENT, 5),
        strict=True,
    )
    speakers, seen = [], set()
    for i in range(count * 3):
        if len(speakers) == count:
            break
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        name = f"{first} {last}"
        if round_ := i // (len(FIRST) * len(LAST)):  # past 624 names: a middle initial, then a number
            name = f"{first} {chr(64 + round_)}. {last}" if round_ <= 26 else f"{name} {round_}"
        kind = rng.choices(kinds, weights)[0]
        if kind == SpeakerKind.ORGANISATION:
            name = f"{name} {rng.choice(ORG_KINDS)}"
        elif kind == SpeakerKind.OFFICIALS:
            name = f"Officials of the {name} office"
        elif kind == SpeakerKind.DOCUMENT:
            name = f"The {name} report"
        key = normalise_name(name)
        if not key or key in seen:
            continue
        seen.add(key)
        title = rng.choice(TITLES) if kind == SpeakerKind.PERSON else ""
        speakers.append(
            Speaker(desk=desk, name=name, normalised_name=key, kind=kind, title=title, country=rng.choice(COUNTRIES))
        )
    return Speaker.objects.bulk_create(speakers, batch_size=BATCH)


def build(texts: Texts, n: int) -> tuple[Counter, float]:
    """The desk for ``--claims n`` and a second desk; returns (rows per table, seconds)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from claims.models import Claim, Desk, Membership, Note, Outlet, Rating, Role, Source

    rng = random.Random(n)
    regular, _ = planned(n)
    n_articles = max(1, n // 20 - 2)
    rows: Counter = Counter()
    started = time.perf_counter()
    with transaction.atomic(), own_timestamps(Claim, Claim.history.model, Source, Source.history.model, Note):
        User = get_user_model()
        unusable = make_password(None)
        editor, checker, outsider = User.objects.bulk_create(
            [
                User(username="scale-editor", password=unusable, is_staff=True, is_superuser=True),
                User(username="scale-checker", password=unusable),
                User(username="scale-outsider", password=unusable),
            ]
        )
        desk = Desk.objects.create(name="Scale desk", slug=DESK_SLUG)
        other = Desk.objects.create(name="Another desk", slug=f"{DESK_SLUG}-other")
        Membership.objects.bulk_create(
            [
                Membership(desk=desk, user=editor, role=Role.EDITOR),
                Membership(desk=desk, user=checker, role=Role.CHECKER),
                Membership(desk=other, user=outsider, role=Role.EDITOR),
            ]
        )
        Rating.create_defaults(desk)
        Rating.create_defaults(other)
        outlets = Outlet.objects.bulk_create([Outlet(desk=desk, name=name, domain=domain) for name, domain in OUTLETS])
        now = timezone.now()
        maker = DeskBuilder(
            desk,
            editor=editor,
            checker=checker,
            speakers=make_speakers(desk, max(10, n // 20), rng),
            ratings=list(desk.ratings.all()),
            outlets=outlets,
            rng=rng,
            now=now,
        )
        # The two hard cases for the workspace.
        text, spans = texts.composite(min_sentences=WORKSPACE_CLAIMS * 5 // 6)
        pool = anchor_pool(text, spans, rng)
        special = [(maker.article(WORKSPACE_TITLE, text), pool, WORKSPACE_CLAIMS)]
        text, spans = texts.composite()
        special.append((maker.article(LONG_TITLE, text), anchor_pool(text, spans, rng), LONG_CLAIMS))
        maker.insert(
            [a for a, _, _ in special], [[pool[i % len(pool)] for i in range(k)] for _, pool, k in special], rows
        )
        # The ordinary articles, ~20 claims each, in chunks so memory stays flat at any N.
        counts = Counter(rng.randrange(n_articles) for _ in range(regular))
        articles, anchors = [], []
        for i in range(n_articles):
            d = i % len(texts.docs)
            copy = i // len(texts.docs)
            doc = texts.docs[d]
            text = doc["text"] if not copy else f"{doc['text']}\n\n(Republished, copy {copy}.)"  # one text per desk
            article = maker.article(f"{doc['title']} #{i + 1}", text)
            pool = anchor_pool(text, texts.spans(d), rng)
            articles.append(article)
            anchors.append([pool[k % len(pool)] for k in range(counts[i])])
            if sum(map(len, anchors)) >= CHUNK_CLAIMS or i == n_articles - 1:
                maker.insert(articles, anchors, rows)
                articles, anchors = [], []
        # Another desk's claims: the right filters, the same words, never on this desk's pages.
        outside = DeskBuilder(
            other,
            editor=outsider,
            checker=outsider,
            speakers=make_speakers(other, 10, rng),
            ratings=list(other.ratings.all()),
            outlets=[],
            rng=rng,
            now=now,
        )
        doc = texts.docs[0]
        pool = anchor_pool(doc["text"], texts.spans(0), rng)
        outside.insert([outside.article(doc["title"], doc["text"])], [[pool[k % len(pool)] for k in range(50)]], rows)
    return rows, time.perf_counter() - started


# -- floors: the least each page must do ---------------------------------------------------

FLOOR_LIST = """<!doctype html><title>Claims</title><p>{{ count }} claims.</p><table>{% for c in rows %}<tr>
<td><a href="/articles/{{ c.article_id }}/?claim={{ c.pk }}">{{ c.text|truncatechars:120 }}</a></td>
<td>{{ c.get_stage_display }}</td><td>{{ c.rating.label|default:"—" }}</td>
<td>{{ c.get_attribution_type_display }}{% if c.speaker %}: {{ c.speaker.name }}{% endif %}</td>
<td>{{ c.source_count }}</td><td>{{ c.assignee.username|default:"—" }}</td>
<td>{{ c.article.title|truncatechars:50 }}{% if c.article.outlet %} {{ c.article.outlet.name }}{% endif %}</td>
<td>{{ c.updated|date:"Y-m-d H:i" }}</td></tr>{% endfor %}</table>"""

FLOOR_WORKSPACE = """<!doctype html><title>{{ article.title }}</title><h1>{{ article.title }}</h1>
<div class="text">{{ article.text }}</div><ol>{% for c in claims %}<li><a href="?claim={{ c.pk }}">
{{ c.text|truncatechars:140 }}</a> {{ c.get_stage_display }} · {{ c.get_attribution_type_display }}
{% if c.speaker %}: {{ c.speaker.name }}{% endif %}{% if c.rating %} · {{ c.rating.label }}{% endif %}</li>{% endfor %}</ol>"""

FLOOR_PANEL = """<aside id="panel"><h2>{{ claim.text }}</h2><blockquote>{{ claim.quote }}</blockquote>
<p>{{ claim.get_stage_display }} · {{ claim.get_attribution_type_display }}{% if claim.speaker %}: {{ claim.speaker.name }}{% endif %}
· {{ claim.attribution }}</p><p>{{ claim.rating.label|default:"No verdict" }}. {{ claim.summary }}</p>
<ul>{% for s in sources %}<li><a href="{{ s.url }}">{{ s.title|default:s.url }}</a> {{ s.get_stance_display }}</li>{% endfor %}</ul>
<ul>{% for n in notes %}<li>{{ n.author.username }}: {{ n.body }}</li>{% endfor %}</ul></aside>"""


def install_floors() -> None:
    """Serve the floor views at /floor/… beside the project's URLs (a urlconf built here)."""
    from django.conf import settings
    from django.core.serializers.json import DjangoJSONEncoder
    from django.db.models import Count, OuterRef, Prefetch, Subquery
    from django.http import HttpResponse, HttpResponseForbidden
    from django.shortcuts import get_object_or_404
    from django.template import Context, Template
    from django.urls import clear_url_caches, include, path

    from claims.models import Article, Claim, Membership, Source

    list_template, workspace_template, panel_template = map(Template, (FLOOR_LIST, FLOOR_WORKSPACE, FLOOR_PANEL))

    def visible(request):
        return Claim.objects.filter(desk_id__in=Membership.objects.filter(user_id=request.user.pk).values("desk_id"))

    def filtered(request):
        claims = visible(request)
        for name in ("stage", "attribution_type"):
            if value := request.GET.get(name):
                claims = claims.filter(**{name: value})
        if q := request.GET.get("q"):
            claims = claims.search(q)  # the index's one MATCH / @@
        return claims

    def source_count():
        sources = Source.objects.filter(claim=OuterRef("pk")).order_by().values("claim")
        return Subquery(sources.annotate(n=Count("id")).values("n"))

    def page_of(request, claims, size: int):
        number = int(request.GET.get("page", 1))
        return claims.order_by("-updated", "-id")[(number - 1) * size : number * size]

    def floor_list(request):
        if not request.user.is_authenticated:
            return HttpResponseForbidden()
        claims = filtered(request)
        count = claims.count()
        shown = claims.select_related("article__outlet", "speaker", "rating", "assignee").only(
            "text", "stage", "attribution_type", "updated", "article__title", "article__outlet__name",
            "speaker__name", "rating__label", "assignee__username",
        )  # fmt: skip
        rows = list(page_of(request, shown.annotate(source_count=source_count()), 25))
        return HttpResponse(list_template.render(Context({"rows": rows, "count": count})))

    def floor_api(request):
        if not request.user.is_authenticated:
            return HttpResponseForbidden()
        claims = filtered(request)
        count = claims.count()
        names = [f.name for f in Claim._meta.concrete_fields]
        rows = list(page_of(request, claims.annotate(source_count=source_count()).values(*names, "source_count"), 50))
        body = {"count": count, "next": None, "previous": None, "results": rows}
        return HttpResponse(json.dumps(body, cls=DjangoJSONEncoder), content_type="application/json")

    def floor_workspace(request, pk: int):
        # Two queries, the article then its claims: joined, the text would repeat on every row.
        claims = Claim.objects.select_related("speaker", "rating").order_by("start", "id")
        articles = Article.objects.filter(desk__memberships__user_id=request.user.pk)
        article = get_object_or_404(articles.prefetch_related(Prefetch("claims", queryset=claims)), pk=pk)
        return HttpResponse(workspace_template.render(Context({"article": article, "claims": article.claims.all()})))

    def floor_panel(request, pk: int):
        claim = get_object_or_404(visible(request).select_related("speaker", "rating", "assignee"), pk=pk)
        context = {"claim": claim, "sources": claim.sources.all(), "notes": claim.notes.select_related("author")}
        return HttpResponse(panel_template.render(Context(context)))

    module = types.ModuleType("scale_floor_urls")
    module.urlpatterns = [
        path("floor/list/", floor_list),
        path("floor/api/", floor_api),
        path("floor/workspace/<int:pk>/", floor_workspace),
        path("floor/panel/<int:pk>/", floor_panel),
        path("", include(settings.ROOT_URLCONF)),
    ]
    sys.modules[module.__name__] = module
    settings.ROOT_URLCONF = module.__name__
    clear_url_caches()


# -- measuring -----------------------------------------------------------------------------


@dataclass
class Page:
    url: str
    headers: dict = field(default_factory=dict)
    client: str = "web"  # or "api" (token, no session)
    floor: str = ""  # the floor's URL, if the page has one
    expect: int | None = None  # rows the page must say it lists


def search_terms(desk, total: int) -> dict:
    """A word in ~1% of the desk's claims, and the same word accented and upper case."""
    from claims import search
    from claims.models import Claim

    counts: Counter = Counter()
    for text in Claim.objects.filter(desk=desk).values_list("text", flat=True).iterator(chunk_size=5000):
        counts.update({w for w in search.WORD.findall(text.casefold()) if len(w) >= 6 and w.isascii() and w.isalpha()})
    target = max(1.0, total / 100)
    candidates = sorted(counts, key=lambda w: (abs(counts[w] - target), w))[:8] or ["government"]
    found = {w: Claim.objects.filter(desk=desk).search(w).count() for w in candidates}  # words match as prefixes
    word = min(candidates, key=lambda w: (abs(found[w] - target), w))
    accents = {"a": "Á", "e": "É", "i": "Í", "o": "Ó", "u": "Ú"}
    at = next((i for i, c in enumerate(word) if c in accents), None)
    variant = word.upper() if at is None else word[:at].upper() + accents[word[at]] + word[at + 1 :].upper()
    return {
        "word": word,
        "variant": variant,
        "matches": found[word],
        "variant_matches": Claim.objects.filter(desk=desk).search(variant).count(),
        "share": round(found[word] / total, 4) if total else 0,
    }


def scene(terms: dict) -> tuple[dict, object]:
    """The pages to measure, with the counts each must show; and the editor."""
    from django.contrib.auth import get_user_model

    from claims.models import Claim, Desk, Stage

    desk = Desk.objects.get(slug=DESK_SLUG)
    editor = get_user_model().objects.get(username="scale-editor")
    workspace = desk.articles.get(title=WORKSPACE_TITLE)
    long = desk.articles.get(title=LONG_TITLE)
    claim = (
        workspace.claims.filter(stage=Stage.REVIEW).order_by("id").first() or workspace.claims.order_by("id").first()
    )
    mine = Claim.objects.filter(desk=desk)
    three = mine.filter(stage=Stage.REVIEW, attribution_type="anonymous")
    searched = f"{FILTERS}&q={terms['word']}"
    accented = f"{FILTERS}&q={terms['variant']}"
    pages = {
        "list_filtered": Page(f"/claims/?{FILTERS}", floor=f"/floor/list/?{FILTERS}", expect=three.count()),
        "list_filtered_htmx": Page(f"/claims/?{FILTERS}", HTMX, floor=f"/floor/list/?{FILTERS}", expect=three.count()),
        "list_search": Page(
            f"/claims/?{searched}", floor=f"/floor/list/?{searched}", expect=three.search(terms["word"]).count()
        ),
        "list_search_accented": Page(
            f"/claims/?{accented}", floor=f"/floor/list/?{accented}", expect=three.search(terms["word"]).count()
        ),
        "list_page1": Page("/claims/", floor="/floor/list/", expect=mine.count()),
        "list_page50": Page("/claims/?page=50", floor="/floor/list/?page=50", expect=mine.count()),
        "admin_filtered": Page("/admin/claims/claim/?stage__exact=review&attribution_type__exact=anonymous"),
        "workspace_300": Page(workspace.get_absolute_url(), floor=f"/floor/workspace/{workspace.pk}/"),
        "workspace_2000": Page(long.get_absolute_url(), floor=f"/floor/workspace/{long.pk}/"),
        "panel": Page(
            f"{workspace.get_absolute_url()}?claim={claim.pk}",
            {**HTMX, "HX-Target": "panel"},
            floor=f"/floor/panel/{claim.pk}/",
        ),
        "api_list": Page("/api/claims/", client="api", floor="/floor/api/", expect=mine.count()),
        "csv_filtered": Page(
            f"/claims/export.csv?stream=1&stage={Stage.REVIEW}", expect=mine.filter(stage=Stage.REVIEW).count()
        ),
    }
    return pages, editor


def fetch(client, url: str, headers: dict) -> tuple[int, bytes, float, int]:
    """(status, body, ms, queries) of one GET, a streamed body consumed inside the timing."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connection.queries_log.clear()  # a full log (9,000 entries) would make every count 0
    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        ms = (time.perf_counter() - started) * 1000
    response.close()
    return response.status_code, body, ms, len(captured)


def shown_count(name: str, page: Page, body: bytes) -> int | None:
    if page.client == "api":
        return json.loads(body)["count"]
    if name.startswith("csv"):
        return body.count(b"\n") - 1  # one line a claim (anchors never span a line), less the header
    found = COUNT_SHOWN.search(body)
    return int(found.group(1)) if found else None


def check(name: str, page: Page, status: int, body: bytes, problems: list[str], *, floor: bool = False) -> int | None:
    """What the page lists; a wrong status, count or fragment is a problem."""
    label = f"{name} floor" if floor else name
    if status != 200:
        problems.append(f"{label}: HTTP {status}")
        return None
    if page.headers.get("HX-Request") and not floor and b"<html" in body:
        problems.append(f"{label}: an htmx request got the whole page")
    if page.expect is None:
        return None
    shown = shown_count(name, page, body)
    if shown != page.expect:
        problems.append(f"{label}: shows {shown} rows, the desk has {page.expect} matching")
    if shown == 0:
        problems.append(f"{label}: no rows")
    return shown


def measure(pages: dict[str, Page], clients: dict, repeat: int, problems: list[str]) -> dict:
    """Round-robin over the pages (each followed by its floor); one warm-up round first."""
    timings: dict[str, list[float]] = {}
    queries: dict[str, int] = {}
    results: dict[str, dict] = {}
    live = {}
    for name, page in pages.items():
        try:
            status, body, _, _ = fetch(clients[page.client], page.url, page.headers)
        except Exception:  # a 500: say which page and why, measure the others
            problems.append(f"{name}: {traceback.format_exc(limit=1).strip().splitlines()[-1]}")
            traceback.print_exc()
            results[name] = {"ms": 0, "p90": 0, "queries": 0, "floor_ms": None, "ratio": None, "error": problems[-1]}
            continue
        rows = check(name, page, status, body, problems)
        if page.floor:
            fstatus, fbody, _, _ = fetch(clients["web"], page.floor, {})
            check(name, page, fstatus, fbody, problems, floor=True)
        live[name] = page
        results[name] = {"rows": rows} if rows is not None else {}
    for _ in range(repeat):
        for name, page in live.items():
            for key, url, client, headers in (
                (name, page.url, page.client, page.headers),
                (f"{name}:floor", page.floor, "web", {}),
            ):
                if not url:
                    continue
                _, _, ms, count = fetch(clients[client], url, headers)
                timings.setdefault(key, []).append(ms)
                queries[key] = count
    problems.extend(f"{key}: no SQL queries counted" for key, count in queries.items() if not count)
    for name, page in live.items():
        ms, p90 = summary(timings[name])
        figures = {"ms": ms, "p90": p90, "queries": queries[name], "floor_ms": None, "ratio": None}
        if page.floor:
            figures["floor_ms"], _ = summary(timings[f"{name}:floor"])
            figures["floor_queries"] = queries[f"{name}:floor"]
            figures["ratio"] = round(ms / figures["floor_ms"], 1) if figures["floor_ms"] else None
        results[name] = {**figures, **results[name]}
    return results


def summary(timings: list[float]) -> tuple[float, float]:
    """Median and p90 (nearest rank) in ms."""
    ordered = sorted(timings)
    return round(statistics.median(ordered), 2), round(ordered[math.ceil(0.9 * len(ordered)) - 1], 2)


def csv_all(client, expected: int, problems: list[str]) -> dict:
    """The CSV of every claim: streamed once for time, once under tracemalloc for memory."""

    def stream() -> int:
        response = client.get("/claims/export.csv?stream=1")
        lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
        response.close()
        return lines - 1

    started = time.perf_counter()
    rows = stream()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    stream()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    if rows != expected:
        problems.append(f"csv_all: {rows} rows, the desk has {expected}")
    return {"rows": rows, "s": round(seconds, 2), "peak_mb": round(peak / 2**20, 1)}


# -- the script ----------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--claims", type=int, required=True, help="claims on the desk (the two workspace articles' 2,300 included)"
    )
    parser.add_argument("--articles", nargs="+", type=Path, default=DEFAULT_ARTICLES, help="texts to build from")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of requests over every page")
    parser.add_argument("--database-url", default="", help="a database to use instead of a fresh SQLite file")
    parser.add_argument("--reuse", action="store_true", help="measure the desk an earlier run built there")
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE on SQLite too after building")
    args = parser.parse_args()
    if args.claims < 1 or args.repeat < 1:
        parser.error("--claims and --repeat must be at least 1")
    url = args.database_url
    if not url and os.environ.get("DATABASE_URL", "").startswith(POSTGRES):
        url = os.environ["DATABASE_URL"]

    vendor = setup(url)
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from claims.models import ApiToken, Article, Claim, Desk, Speaker, TokenKind

    settings.DEBUG = False  # also spares the build logging every INSERT
    settings.ALLOWED_HOSTS = ["testserver"]
    warnings.filterwarnings("ignore", "No directory at", UserWarning)  # whitenoise: no collectstatic here
    reused = already_built(args.claims, args.reuse)
    build_s, rows = None, Counter()
    if not reused:
        texts = Texts(read_articles(args.articles))
        print(f"building {planned(args.claims)[1]:,} claims from {len(texts.docs)} texts on {vendor}…", flush=True)
        rows, build_s = build(texts, args.claims)
        total_rows = sum(rows.values())
        print(f"built {total_rows:,} rows in {build_s:.1f} s ({total_rows / build_s:,.0f} rows/s)")
        print("  " + ", ".join(f"{name} {count:,}" for name, count in rows.most_common()))
    if vendor == "postgresql" or args.analyze:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    install_floors()
    desk = Desk.objects.get(slug=DESK_SLUG)
    total = desk.claims.count()
    terms = search_terms(desk, total)
    print(
        f"{total:,} claims on {desk.articles.count():,} articles, {Speaker.objects.filter(desk=desk).count():,} speakers; "
        f"{Claim.objects.exclude(desk=desk).count()} on another desk. Search {terms['word']!r}: "
        f"{terms['matches']:,} claims ({terms['share']:.1%}); {terms['variant']!r}: {terms['variant_matches']:,}"
    )
    problems: list[str] = []
    if terms["variant_matches"] != terms["matches"]:
        problems.append(
            f"search: {terms['variant']!r} finds {terms['variant_matches']}, {terms['word']!r} {terms['matches']}"
        )
    pages, editor = scene(terms)
    web = Client()
    web.force_login(editor)
    _, key = ApiToken.issue(editor, name="bench/scale.py", kind=TokenKind.NAMED, lifetime=timedelta(days=1))
    api = Client(headers={"Authorization": f"Token {key}"})
    results = measure(pages, {"web": web, "api": api}, args.repeat, problems)
    everything = csv_all(web, total, problems)

    print(f"{'page':<22}{'ms':>9}{'p90':>9}{'queries':>9}{'floor ms':>10}{'ratio':>7}{'rows':>9}")
    for name, r in results.items():
        floor = f"{r['floor_ms']:.2f}" if r.get("floor_ms") else "—"
        ratio = f"{r['ratio']:.1f}" if r.get("ratio") else "—"
        print(f"{name:<22}{r['ms']:>9.2f}{r['p90']:>9.2f}{r['queries']:>9}{floor:>10}{ratio:>7}{r.get('rows', ''):>9}")
    print(
        f"{'csv_all':<22}{everything['s'] * 1000:>9.0f}  {everything['rows']:,} rows, peak {everything['peak_mb']} MB"
    )
    for problem in problems:
        print(f"PROBLEM {problem}")
    print(
        json.dumps(
            {
                "bench": "scale",
                "backend": vendor,
                "claims": args.claims,
                "desk_claims": total,
                "articles": Article.objects.filter(desk=desk).count(),
                "build_s": round(build_s, 1) if build_s is not None else None,
                "rows_per_s": round(sum(rows.values()) / build_s) if build_s else None,
                "reused": reused,
                "repeat": args.repeat,
                "search": terms,
                "pages": results,
                "csv_all": everything,
                "problems": problems,
            }
        )
    )


if __name__ == "__main__":
    main()
