#!/usr/bin/env python3
"""The query plans behind the pages of a big desk: which indexes the list, search, deep page and API use.

    bench/explain.py [--database-url URL] [--claims N] [--pages NAME ...] [--plans]

Requests each page once through Django's test client, as ``bench/scale.py`` does (logged in as
its editor, the API with a token; its pages, and a search with no filter beside it), captures
every SQL query the page runs, and asks the database how it runs each SELECT: PostgreSQL
``EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`` (the query runs again, for real), SQLite ``EXPLAIN
QUERY PLAN``. For every page it reports the queries, the indexes used, the tables read whole
and how many rows those tables hold: a sequential scan of a table of 1,000,000 claims is what a
page at that size must not do; one of a table of five rating rows is fine. ``--plans`` prints
every plan; otherwise the slowest query's plan of each page.

The desk is the one ``bench/scale.py`` builds (its ``scale`` desk): with ``--database-url`` (or a
PostgreSQL ``DATABASE_URL``) the database must hold it already, unless it is empty and ``--claims``
is given, when this script builds one; with neither, a fresh SQLite file gets ``--claims``
(default 1,000). Prints the report, then ONE JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import warnings
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import scale  # noqa: E402

PAGES = (
    "list_filtered",
    "list_search",
    "list_search_accented",
    "search_only",
    "list_page50",
    "api_list",
    "workspace_300",
    "panel",
)
BIG = 10_000  # rows: a table this big read whole is a finding


def table_rows(cursor, vendor: str) -> dict[str, int]:
    """Rows per table: PostgreSQL's estimate (fresh after ANALYZE), SQLite's exact count."""
    if vendor == "postgresql":
        cursor.execute("SELECT relname, reltuples::bigint FROM pg_class WHERE relkind = 'r'")
        return {name: max(int(rows), 0) for name, rows in cursor.fetchall()}
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    counts = {}
    for (name,) in cursor.fetchall():
        cursor.execute(f'SELECT COUNT(*) FROM "{name}"')
        counts[name] = cursor.fetchone()[0]
    return counts


def walk(node: dict):
    yield node
    for child in node.get("Plans", ()):
        yield from walk(child)


def explain(cursor, vendor: str, sql: str, rows: dict[str, int]) -> dict:
    """One SELECT's plan: the tables read whole, the indexes used, the time (PostgreSQL) and, on SQLite, the
    text (PostgreSQL's is asked for only for the plans printed: ``plan_text``, which runs the query again)."""
    if vendor == "postgresql":
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)
        found = cursor.fetchone()[0]
        plan = (json.loads(found) if isinstance(found, str) else found)[0]
        nodes = list(walk(plan["Plan"]))
        return {
            "ms": round(plan["Execution Time"] + plan.get("Planning Time", 0), 2),
            "whole": sorted({n["Relation Name"] for n in nodes if n["Node Type"] == "Seq Scan"}),
            "indexes": sorted({n["Index Name"] for n in nodes if "Index Name" in n}),  # bitmap scans name theirs too
            "text": None,
        }
    cursor.execute("EXPLAIN QUERY PLAN " + sql)
    details = [row[-1] for row in cursor.fetchall()]
    aliases = {alias: table for table, alias in re.findall(r'"(\w+)"\s+([A-Z]\d+)\b', sql)}  # FROM "t" U0
    whole, indexes = set(), set()
    for line in details:
        words = line.split()
        table = aliases.get(words[1], words[1]) if len(words) > 1 else ""
        if words[0] == "SCAN" and "VIRTUAL" in words:
            indexes.add(f"{table} (full-text)")  # FTS5's own index: "SCAN U0 VIRTUAL TABLE INDEX 0:M0"
        elif words[0] == "SCAN" and "USING" not in words and table in rows:
            whole.add(table)  # "SCAN claims_claim": every row; "SCAN t USING INDEX i" walks an index
        elif "INDEX" in words:
            indexes.add(words[words.index("INDEX") + 1])
    return {"ms": None, "whole": sorted(whole), "indexes": sorted(indexes), "text": "\n".join(details)}


def plan_text(cursor, vendor: str, plan: dict) -> str:
    if plan["text"] is None and vendor == "postgresql":
        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + plan["sql"])
        plan["text"] = "\n".join(line for (line,) in cursor.fetchall())
    return plan["text"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="", help="the database holding bench/scale.py's desk")
    parser.add_argument("--claims", type=int, default=None, help="build a desk of this size first (empty database)")
    parser.add_argument("--pages", nargs="+", default=list(PAGES), choices=PAGES, help="the pages to explain")
    parser.add_argument("--plans", action="store_true", help="print every plan, not only each page's slowest")
    args = parser.parse_args()
    url = args.database_url
    if not url and os.environ.get("DATABASE_URL", "").startswith(scale.POSTGRES):
        url = os.environ["DATABASE_URL"]
    if not url and args.claims is None:
        args.claims = 1000
    vendor = scale.setup(url)
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import ApiToken, Claim, Desk, TokenKind

    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver"]
    warnings.filterwarnings("ignore", "No directory at", UserWarning)
    if not Claim.objects.exists():
        if args.claims is None:
            sys.exit("The database holds no claims: give --claims N to build bench/scale.py's desk first.")
        texts = scale.Texts(scale.read_articles(scale.DEFAULT_ARTICLES))
        print(f"building {scale.planned(args.claims)[1]:,} claims on {vendor}…", flush=True)
        scale.build(texts, args.claims)
    elif not Desk.objects.filter(slug=scale.DESK_SLUG).exists():
        sys.exit(f"The database holds claims but not bench/scale.py's {scale.DESK_SLUG!r} desk.")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        rows = table_rows(cursor, vendor)
    desk = Desk.objects.get(slug=scale.DESK_SLUG)
    total = desk.claims.count()
    terms = scale.search_terms(desk, total)
    pages, editor = scale.scene(terms)
    # The words alone, no filter beside them: the full-text index has to find the rows by itself.
    pages["search_only"] = scale.Page(f"/claims/?q={terms['word']}")
    web = Client()
    web.force_login(editor)
    _, key = ApiToken.issue(editor, name="bench/explain.py", kind=TokenKind.NAMED, lifetime=timedelta(days=1))
    clients = {"web": web, "api": Client(headers={"Authorization": f"Token {key}"})}
    print(f"{vendor}: {total:,} claims on the desk; search {terms['word']!r} ({terms['matches']:,} claims)")

    report, problems = {}, []
    for name in args.pages:
        page = pages[name]
        client = clients[page.client]
        client.get(page.url, headers=page.headers)  # warm: the plans below are of a page already served once
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page.url, headers=page.headers)
            if response.streaming:
                b"".join(response.streaming_content)
        if response.status_code != 200:
            problems.append(f"{name}: HTTP {response.status_code}")
            continue
        plans = []
        with connection.cursor() as cursor:
            for query in captured.captured_queries:
                sql = query["sql"]
                if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue  # savepoints, the session's UPDATE
                try:
                    plans.append({"sql": sql, **explain(cursor, vendor, sql, rows)})
                except Exception as error:  # a query the log cannot replay verbatim (SQLite's quoting)
                    problems.append(f"{name}: could not explain {sql[:80]!r}: {error}")
        whole = sorted({table for p in plans for table in p["whole"]})
        big = [table for table in whole if rows.get(table, 0) >= BIG]
        report[name] = {
            "queries": len(captured),
            "explained": len(plans),
            "ms": round(sum(p["ms"] or 0 for p in plans), 2) if vendor == "postgresql" else None,
            "indexes": sorted({index for p in plans for index in p["indexes"]}),
            "whole_tables": {table: rows.get(table, 0) for table in whole},
            "big_tables_read_whole": big,
        }
        print(f"\n== {name}: {len(captured)} queries, {len(plans)} explained")
        print(f"   indexes: {', '.join(report[name]['indexes']) or '—'}")
        print("   read whole: " + (", ".join(f"{t} ({rows.get(t, 0):,} rows)" for t in whole) or "—"))
        slowest = sorted(plans, key=lambda p: -(p["ms"] if p["ms"] is not None else len(p["text"])))
        with connection.cursor() as cursor:
            for p in plans if args.plans else slowest[:1]:
                print(f"   -- {p['sql'][:160]}{'…' if len(p['sql']) > 160 else ''}")
                print("\n".join("      " + line for line in plan_text(cursor, vendor, p).splitlines()))
    print(
        json.dumps(
            {
                "bench": "explain",
                "backend": vendor,
                "desk_claims": total,
                "claims_table_rows": rows.get("claims_claim", 0),
                "pages": report,
                "problems": problems,
            }
        )
    )


if __name__ == "__main__":
    main()
