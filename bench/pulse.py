#!/usr/bin/env python3
"""Live-update benchmark: what one open claim panel costs the server.

    bench/pulse.py [ARTICLES.jsonl | ARTICLE.txt ...] [--pages N] [--polls N] [--interval S]

Builds a throwaway SQLite database from the given articles (default: the shared Wikinews dev
set and the seed article), opens ``--pages`` panels (each a different user on a claim, some
sharing a claim so presence has rows to read), and polls each panel's pulse the way the page
does. Reports milliseconds and SQL queries per poll when nothing changed (204) and when the
claim changed (200), and from that the server time one open page costs per second and how
many open pages one core serves at the page's 5-second interval. In process, through Django's
test client: the figures are the app's own work, without a network. Prints a table, then ONE
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
from benchdata import DEFAULT_ARTICLES, fill, setup_database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--pages", type=int, default=50, help="open panels")
    parser.add_argument("--polls", type=int, default=10, help="polls per panel and kind")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between polls (the page's is 5)")
    args = parser.parse_args()

    setup_database()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim, Desk, Membership, Presence, Role

    settings.ALLOWED_HOSTS = ["testserver"]
    editor, _ = fill(args.articles)
    desk = Desk.objects.get(slug="bench")
    claims = list(Claim.objects.order_by("id")[: max(1, args.pages // 3)])
    panels = []
    for n in range(args.pages):
        user = get_user_model().objects.create(username=f"reader-{n}")
        Membership.objects.create(desk=desk, user=user, role=Role.CHECKER)
        client = Client()
        client.force_login(user)
        panels.append((client, claims[n % len(claims)]))

    def poll(kind: str) -> tuple[list[float], list[int]]:
        timings, queries = [], []
        for _ in range(args.polls):
            for client, claim in panels:
                version = Claim.objects.values_list("version", flat=True).get(pk=claim.pk)
                user = client.session["_auth_user_id"]
                others = ",".join(Presence.others(claim.pk, get_user_model().objects.get(pk=user)))
                shown = version if kind == "unchanged" else version - 1
                url = f"/claims/{claim.pk}/pulse/?v={shown}&n={shown}&o={others}"
                connection.queries_log.clear()  # a full log (9,000 entries) would make every count 0
                with CaptureQueriesContext(connection) as captured:
                    t0 = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == (204 if kind == "unchanged" else 200), response.status_code
                queries.append(len(captured))
        return timings, queries

    poll("unchanged")  # warm up: every panel has touched its presence row once
    results = {}
    print(f"{args.pages} open panels on {len(claims)} claims; {args.polls} polls each")
    print(f"{'pulse':<12}{'ms/poll (median)':>18}{'p95':>10}{'queries':>10}")
    for kind in ("unchanged", "changed"):
        timings, queries = poll(kind)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        results[kind] = {
            "ms": round(statistics.median(timings), 3),
            "p95_ms": round(p95, 3),
            "queries": round(statistics.mean(queries), 2),
        }
        print(f"{kind:<12}{results[kind]['ms']:>18}{results[kind]['p95_ms']:>10}{results[kind]['queries']:>10}")
    per_page_ms_per_s = results["unchanged"]["ms"] / args.interval
    pages_per_core = int(1000 / per_page_ms_per_s) if per_page_ms_per_s else 0
    print(f"one open page costs {per_page_ms_per_s:.3f} ms of server time per second: ~{pages_per_core} per core")
    print(
        json.dumps(
            {
                "bench": "pulse",
                "open_pages": args.pages,
                "claims": len(claims),
                "interval_s": args.interval,
                "pulse": results,
                "server_ms_per_open_page_per_s": round(per_page_ms_per_s, 4),
                "open_pages_per_core": pages_per_core,
            }
        )
    )


if __name__ == "__main__":
    main()
