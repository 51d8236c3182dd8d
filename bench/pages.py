#!/usr/bin/env python3
"""Page benchmark: milliseconds per request and SQL queries per page.

    bench/pages.py [ARTICLES.jsonl | ARTICLE.txt ...] [--repeat N] [--copies K]

Builds a throwaway SQLite database, imports the given articles (JSON lines with ``title`` and
``text``, or plain text files; default ``../shared/evaldata/articles/wikinews-mideast-dev.jsonl``
and ``../shared/seed-article.txt``), accepts every claim the suggester proposes (so pages carry
realistic claims), adds a source and a note to each, then requests the main pages through
Django's test client (in process: the figures are the app's own work, without a network).
Prints a table, then ONE JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
DEFAULTS = [SHARED / "evaldata" / "articles" / "wikinews-mideast-dev.jsonl", SHARED / "seed-article.txt"]


def read_articles(paths: list[Path]) -> list[dict]:
    articles = []
    for path in paths:
        if not path.exists():
            print(f"skipping {path}: not found", file=sys.stderr)
            continue
        if path.suffix == ".jsonl":
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    doc = json.loads(line)
                    articles.append({"title": doc.get("title") or doc.get("doc_id", path.stem), "text": doc["text"]})
        else:
            articles.append({"title": path.stem, "text": path.read_text("utf-8")})
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULTS)
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    parser.add_argument("--copies", type=int, default=1, help="import each article this many times (more rows)")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="claimdesk-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Article, Claim, Desk, Membership, Note, Rating, Role, Source, Suggestion

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_user("bench-editor", password="bench")
    desk = Desk.objects.create(name="Bench desk", slug="bench")
    Membership.objects.create(desk=desk, user=editor, role=Role.EDITOR)
    Rating.create_defaults(desk)

    docs = read_articles(args.articles)
    if not docs:
        sys.exit("no articles to load")
    started = time.perf_counter()
    for copy in range(args.copies):
        for doc in docs:
            text = doc["text"] if copy == 0 else f"{doc['text']}\n(copy {copy})"
            article = Article.objects.create(desk=desk, title=doc["title"][:300], text=text)
            Suggestion.refresh_for(article)
            for suggestion in article.suggestions.pending():
                claim = suggestion.accept(by=editor)
                Source.objects.create(claim=claim, url="https://example.org/evidence", stance="supports")
                Note.objects.create(claim=claim, author=editor, body="Checked.")
    setup_s = time.perf_counter() - started

    client = Client()
    client.force_login(editor)
    biggest = max(Article.objects.all(), key=lambda a: a.claims.count())
    claim = biggest.claims.first()
    pages = {
        "workspace": f"{biggest.get_absolute_url()}?claim={claim.pk}",
        "workspace_panel_htmx": (f"{biggest.get_absolute_url()}?claim={claim.pk}", {"HX-Request": "true"}),
        "claim_list": "/claims/",
        "claim_list_filtered_htmx": ("/claims/?attribution_type=anonymous&sort=-created", {"HX-Request": "true"}),
        "claim_page": claim.get_absolute_url(),
        "home": "/",
        "api_claims": "/api/claims/",
        "csv_export": "/claims/export.csv",
    }
    results = {}
    print(
        f"{Article.objects.count()} articles, {Claim.objects.count()} claims (largest article: {biggest.claims.count()})"
    )
    print(f"{'page':<28}{'ms/request (median)':>22}{'p95':>10}{'queries':>10}")
    for name, spec in pages.items():
        url, headers = spec if isinstance(spec, tuple) else (spec, {})
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                t0 = time.perf_counter()
                response = client.get(url, headers=headers)
                timings.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (name, response.status_code)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        results[name] = {"ms": round(statistics.median(timings), 2), "p95_ms": round(p95, 2), "queries": len(queries)}
        print(f"{name:<28}{results[name]['ms']:>22}{results[name]['p95_ms']:>10}{results[name]['queries']:>10}")
    figures = {
        "bench": "pages",
        "articles": Article.objects.count(),
        "claims": Claim.objects.count(),
        "claims_on_workspace": biggest.claims.count(),
        "setup_s": round(setup_s, 2),
        "repeat": args.repeat,
        "pages": results,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
