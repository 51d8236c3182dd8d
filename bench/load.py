#!/usr/bin/env python3
"""Load benchmark: the main pages over HTTP under gunicorn with production settings.

    bench/load.py [ARTICLES.jsonl | ARTICLE.txt ...] [--seconds S] [--concurrency C] [--workers W]
    bench/load.py --database-url postgres://… --mix --concurrency 50 --seconds 60 [--desk scale-other]

Fills a throwaway SQLite database as ``bench/pages.py`` does (or, with ``--database-url``,
uses a desk that ``bench/scale.py --reuse`` built there), collects the static files, starts
gunicorn on 127.0.0.1 (DEBUG off, production settings), then for each page sends requests
from C client threads for S seconds (bounded in time and count, loopback only) with a
logged-in session. ``--mix``: instead, every client picks list, search, workspace and panel
requests at random for S seconds, as a desk at work does. Prints requests per second and
latency (p50, p95, p99) and errors, then ONE JSON line.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdata import DEFAULT_ARTICLES, ROOT, fill, sample_urls, setup_database  # noqa: E402

MAX_REQUESTS_PER_PAGE = 5000
SECRET_KEY = "bench-only-secret-key-" + "b" * 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session_cookie(user) -> str:
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    # The backend that logs people in (axes' one, first in the list, only refuses them).
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return f"sessionid={session.session_key}"


def hammer(port: int, url: str, headers: dict, seconds: float, concurrency: int) -> dict:
    latencies: list[float] = []
    errors = [0]
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.perf_counter() < deadline:
            with lock:
                if len(latencies) + errors[0] >= MAX_REQUESTS_PER_PAGE:
                    return
            t0 = time.perf_counter()
            conn.request("GET", url, headers=headers)
            response = conn.getresponse()
            response.read()
            with lock:
                if response.status == 200:
                    latencies.append((time.perf_counter() - t0) * 1000)
                else:
                    errors[0] += 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors[0],
        "rps": round(len(latencies) / elapsed, 1),
        "ms_median": round(statistics.median(latencies), 2) if latencies else None,
        "ms_p95": round(latencies[int(len(latencies) * 0.95)], 2) if latencies else None,
    }


def mix(port: int, urls: list[tuple[str, dict]], seconds: float, concurrency: int) -> dict:
    """``concurrency`` clients, each sending a random one of ``urls`` after the other."""
    import random

    latencies: list[float] = []
    errors: dict[str, int] = {}
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        while time.perf_counter() < deadline:
            url, headers = rng.choice(urls)
            t0 = time.perf_counter()
            try:
                conn.request("GET", url, headers=headers)
                response = conn.getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException) as e:
                status = type(e).__name__
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            with lock:
                if status == 200:
                    latencies.append((time.perf_counter() - t0) * 1000)
                else:
                    errors[str(status)] = errors.get(str(status), 0) + 1
        conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pct(p: float):
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * p))], 1) if latencies else None

    return {
        "requests": len(latencies),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "rps": round(len(latencies) / elapsed, 2),
        "ms_p50": pct(0.5),
        "ms_p95": pct(0.95),
        "ms_p99": pct(0.99),
    }


def existing_desk(database_url: str, desk_slug: str = "scale"):
    """The editor and the mixed pages of a desk built by bench/scale.py in ``database_url``
    (``scale``, its big desk, or ``scale-other``, the 50-claim desk beside it)."""
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db.models import Count

    from claims.models import Article, Membership, Role

    editor = Membership.objects.filter(role=Role.EDITOR, desk__slug=desk_slug).select_related("user").first().user
    articles = list(
        Article.objects.filter(desk__members=editor).annotate(n=Count("claims")).filter(n__lte=300).order_by("-n")[:20]
    )
    urls = []
    for article in articles:
        claim = article.claims.order_by("id").first()
        urls.append((article.get_absolute_url(), {}))  # workspace
        urls.append((f"{article.get_absolute_url()}?claim={claim.pk}", {"HX-Request": "true", "HX-Target": "panel"}))
    for query in ("stage=review&attribution_type=anonymous", "stage=new", "", "page=50", "sort=-created"):
        urls.append((f"/claims/?{query}", {}))
    for word in ("minister", "police", "ÉLECTION", "government -police", '"said on"'):
        from urllib.parse import urlencode

        urls.append(("/claims/?" + urlencode({"q": word}), {}))
    return editor, urls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--seconds", type=float, default=5.0, help="load per page")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=1, help="gunicorn threads per worker")
    parser.add_argument("--database-url", help="use the desk bench/scale.py built in this database")
    parser.add_argument("--mix", action="store_true", help="mixed pages from every client at once")
    parser.add_argument(
        "--desk", default="scale", help="with --database-url: the desk whose editor loads pages (scale, scale-other)"
    )
    args = parser.parse_args()

    os.environ["SECRET_KEY"] = SECRET_KEY  # the session made here must verify in gunicorn
    if args.database_url:
        import tempfile

        workdir = Path(tempfile.mkdtemp(prefix="claimdesk-load-"))
        editor, mixed = existing_desk(args.database_url, args.desk)
        pages = {}
    else:
        workdir = setup_database()
        editor, _ = fill(args.articles)
        _, pages = sample_urls()
        mixed = list(pages.values())
    cookie = session_cookie(editor)
    port = free_port()
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(workdir / "static"),
    }
    python = sys.executable
    subprocess.run([python, "manage.py", "collectstatic", "--no-input", "-v0"], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [
            python,
            "-m",
            "gunicorn",
            "config.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    try:
        for _ in range(100):
            if server.poll() is not None:
                sys.exit("gunicorn did not start")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        # Production settings mark the session cookie Secure; this client speaks plain HTTP on loopback.
        base = {"Cookie": cookie, "X-Forwarded-Proto": "https"}
        results = {}
        if args.mix:
            print(f"gunicorn, {args.workers} workers; {args.concurrency} clients, mixed pages, {args.seconds:g} s")
            results["mix"] = mix(
                port, [(url, {**base, **headers}) for url, headers in mixed], args.seconds, args.concurrency
            )
            print(results["mix"])
            pages = {}
        if pages:
            print(f"gunicorn, {args.workers} workers; {args.concurrency} clients for {args.seconds:g} s per page")
            print(f"{'page':<28}{'req/s':>8}{'median ms':>11}{'p95 ms':>9}{'errors':>8}")
        for name, (url, headers) in pages.items():
            results[name] = hammer(port, url, {**base, **headers}, args.seconds, args.concurrency)
            r = results[name]
            print(f"{name:<28}{r['rps']:>8}{r['ms_median']!s:>11}{r['ms_p95']!s:>9}{r['errors']:>8}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        json.dumps(
            {
                "bench": "load",
                "workers": args.workers,
                "concurrency": args.concurrency,
                "seconds": args.seconds,
                "database": "postgresql" if (args.database_url or "").startswith("postgres") else "sqlite",
                "desk": args.desk if args.database_url else None,
                "pages": results,
            }
        )
    )


if __name__ == "__main__":
    main()
