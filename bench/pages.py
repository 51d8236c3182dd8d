#!/usr/bin/env python3
"""Page benchmark: milliseconds per request and SQL queries per page.

    bench/pages.py [ARTICLES.jsonl | ARTICLE.txt ...] [--repeat N] [--copies K]

Builds a throwaway SQLite database, imports the given articles (JSON lines with ``title`` and
``text``, or plain text files; default ``../shared/evaldata/articles/wikinews-mideast-dev.jsonl``
and ``../shared/seed-article.txt``), accepts every claim the suggester proposes (so pages carry
realistic claims), adds a source and a note to each, then requests the main pages through
Django's test client (in process: the figures are the app's own work, without a network).
``bench/load.py`` measures the same pages over HTTP under gunicorn. Prints a table, then ONE
JSON line of figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import DEFAULT_ARTICLES, fill, sample_urls, setup_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--repeat", type=int, default=20, help="requests per page")
    parser.add_argument("--copies", type=int, default=1, help="import each article this many times (more rows)")
    args = parser.parse_args()

    setup_database()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Article, Claim

    settings.ALLOWED_HOSTS = ["testserver"]
    editor, setup_s = fill(args.articles, args.copies)
    client = Client()
    client.force_login(editor)
    biggest, pages = sample_urls()
    results = {}
    print(
        f"{Article.objects.count()} articles, {Claim.objects.count()} claims (largest article: {biggest.claims.count()})"
    )
    print(f"{'page':<28}{'ms/request (median)':>22}{'p95':>10}{'queries':>10}")
    for name, (url, headers) in pages.items():
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
