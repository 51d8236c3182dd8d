"""Shared by the page benchmarks: a throwaway database filled from article files."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_ARTICLES = [SHARED / "evaldata" / "articles" / "wikinews-mideast-dev.jsonl", SHARED / "seed-article.txt"]


def read_articles(paths: list[Path]) -> list[dict]:
    """JSON lines with ``title`` and ``text`` (or ``doc_id``), or plain text files."""
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


def setup_database(*, keep: bool = False) -> Path:
    """Point Django at a new SQLite file, set it up and migrate; returns its folder, which is
    removed when the script exits unless ``keep`` (the caller then removes it)."""
    workdir = Path(tempfile.mkdtemp(prefix="claimdesk-bench-"))
    if not keep:
        atexit.register(shutil.rmtree, workdir, ignore_errors=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return workdir


def fill(paths: list[Path], copies: int = 1):
    """Import the articles, accept every suggested claim, add a source and a note to each.

    Returns (editor, seconds taken)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from claims.models import Article, Desk, Membership, Note, Rating, Role, Source, Suggestion

    docs = read_articles(paths)
    if not docs:
        sys.exit("no articles to load")
    editor = get_user_model().objects.create(username="bench-editor", password=make_password("bench"))
    desk = Desk.objects.create(name="Bench desk", slug="bench")
    Membership.objects.create(desk=desk, user=editor, role=Role.EDITOR)
    Rating.create_defaults(desk)
    started = time.perf_counter()
    for copy in range(copies):
        for doc in docs:
            text = doc["text"] if copy == 0 else f"{doc['text']}\n(copy {copy})"
            article = Article.objects.create(desk=desk, title=doc["title"][:300], text=text)
            Suggestion.refresh_for(article)
            for suggestion in article.suggestions.pending():
                claim = suggestion.accept(by=editor)
                Source.objects.create(claim=claim, url="https://example.org/evidence", stance="supports")
                Note.objects.create(claim=claim, author=editor, body="Checked.")
    return editor, time.perf_counter() - started


def sample_urls():
    """The pages worth measuring, on the article with the most claims."""
    from claims.models import Article

    biggest = max(Article.objects.all(), key=lambda a: a.claims.count())
    claim = biggest.claims.first()
    return biggest, {
        "workspace": (f"{biggest.get_absolute_url()}?claim={claim.pk}", {}),
        "workspace_panel_htmx": (f"{biggest.get_absolute_url()}?claim={claim.pk}", {"HX-Request": "true"}),
        "claim_list": ("/claims/", {}),
        "claim_list_filtered_htmx": ("/claims/?attribution_type=anonymous&sort=-created", {"HX-Request": "true"}),
        "claim_page": (claim.get_absolute_url(), {}),
        "home": ("/", {}),
        "api_claims": ("/api/claims/", {}),
        "csv_export": ("/claims/export.csv", {"stream": "1"}),
    }
