"""The bench/ scripts run end to end (as smoke tests; their figures go in the notes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.learning import MIN_DECISIONS

ROOT = Path(__file__).resolve().parents[1]
OWN_ARTICLES = Path(__file__).parent / "data" / "articles.jsonl"

pytestmark = pytest.mark.bench


def run(*args: str) -> dict:
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT.parent, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pages_bench_reports_time_and_queries_per_page():
    figures = run(str(ROOT / "bench" / "pages.py"), str(OWN_ARTICLES), "--repeat", "2")
    assert figures["articles"] == 2 and figures["claims"] > 4
    for name, page in figures["pages"].items():
        assert page["ms"] > 0 and 0 < page["queries"] < 25, name


def test_reanchor_bench_runs_on_other_data_unchanged():
    figures = run(str(ROOT / "bench" / "reanchor.py"), str(OWN_ARTICLES), "--trials", "1")
    assert figures["spans"] > 0 and 0.0 <= figures["right_overall"] <= 1.0


def test_suggestions_bench_scores_the_shared_gold(shared_dir):
    figures = run(str(ROOT / "bench" / "suggestions.py"), "--seconds", "0.2")
    assert figures["content_overlap_f1"] >= 0.85 and figures["kb_per_s"] > 0


def test_load_bench_serves_every_page_under_gunicorn_without_errors():
    figures = run(
        str(ROOT / "bench" / "load.py"), str(OWN_ARTICLES), "--seconds", "0.5", "--concurrency", "2", "--workers", "1"
    )
    for name, page in figures["pages"].items():
        assert page["requests"] > 0 and page["errors"] == 0, name


def test_pulse_bench_reports_the_cost_of_an_open_page():
    figures = run(str(ROOT / "bench" / "pulse.py"), str(OWN_ARTICLES), "--pages", "4", "--polls", "2")
    assert figures["open_pages"] == 4 and figures["pulse"]["unchanged"]["queries"] > 0
    assert figures["server_ms_per_open_page_per_s"] > 0


def test_scale_bench_smoke(monkeypatch, shared_dir):
    monkeypatch.delenv("DATABASE_URL", raising=False)  # a fresh SQLite file, even in CI's PostgreSQL pass
    figures = run(str(ROOT / "bench" / "scale.py"), "--claims", "1000", "--repeat", "1")
    expected = {"list_filtered", "list_filtered_htmx", "list_search", "list_search_accented", "list_page1"}
    expected |= {"list_page50", "admin_filtered", "workspace_300", "workspace_2000", "panel", "api_list"}
    assert set(figures["pages"]) == expected | {"csv_filtered"}
    for name, page in figures["pages"].items():
        assert page["ms"] > 0 and 0 < page["queries"] < 40, name
    assert figures["csv_all"]["rows"] >= 1000 and figures["search"]["matches"] > 0


def test_jobs_bench_runs_every_job_once_and_imports_the_feed(monkeypatch, shared_dir):
    monkeypatch.delenv("DATABASE_URL", raising=False)  # a fresh SQLite file, even in CI's PostgreSQL pass
    figures = run(str(ROOT / "bench" / "jobs.py"), "--jobs", "50", "--workers", "1", "2", "--items", "5")
    assert figures["database"] == "sqlite" and figures["problems"] == []
    assert set(figures["workers"]) == {"1", "2"}
    for count, round_ in figures["workers"].items():
        assert round_["run_twice"] == 0 and round_["lost"] == 0, count
        assert round_["jobs_per_s"] > 0 and sum(round_["per_worker"].values()) == 50, count
    assert figures["feed_items"] == 5 and figures["feed_imported"] == 5 and figures["feed_items_per_minute"] > 0
    assert figures["second_poll_imported"] == 0


def test_learning_bench_scores_both_desks_with_and_without_the_model():
    figures = run(str(ROOT / "bench" / "learning.py"))
    assert figures["articles"] >= 20
    for desk in ("every-claim", "checkworthy-only"):
        result = figures[desk]
        assert result["without"]["shown"] >= result["with"]["shown"] > 0, desk
        assert 0 < result["with"]["precision"] <= 1 and all(f["decisions"] > MIN_DECISIONS for f in result["folds"])


def test_explain_bench_shows_each_pages_plans_on_sqlite(monkeypatch, shared_dir):
    monkeypatch.delenv("DATABASE_URL", raising=False)  # a fresh SQLite file, even in CI's PostgreSQL pass
    figures = run(str(ROOT / "bench" / "explain.py"), "--claims", "1000")
    assert figures["backend"] == "sqlite" and figures["problems"] == []
    assert set(figures["pages"]) == {
        "list_filtered", "list_search", "list_search_accented", "search_only", "list_page50", "api_list",
        "workspace_300", "panel",
    }  # fmt: skip
    for name, page in figures["pages"].items():
        assert page["explained"] == page["queries"] > 0, name  # every query of these pages is a SELECT
        assert page["big_tables_read_whole"] == [], name  # none reads a table of 10,000 rows or more whole
    assert "claims_claimsearch (full-text)" in figures["pages"]["list_search"]["indexes"]
    assert "claim_desk_stage_attr_upd_idx" in figures["pages"]["list_filtered"]["indexes"]


def test_explain_bench_runs_explain_analyze_on_postgresql(shared_dir):
    import os

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        pytest.skip("needs a PostgreSQL DATABASE_URL (CI's PostgreSQL pass sets one)")
    import psycopg

    name = f"claimdesk_explain_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        figures = run(
            str(ROOT / "bench" / "explain.py"),
            "--database-url", url.rsplit("/", 1)[0] + f"/{name}", "--claims", "1000", "--pages", "list_search", "panel",
        )  # fmt: skip
        assert figures["backend"] == "postgresql" and figures["problems"] == []
        assert figures["pages"]["list_search"]["ms"] > 0 and "claims_claim_pkey" in figures["pages"]["panel"]["indexes"]
    finally:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
