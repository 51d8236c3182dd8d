#!/usr/bin/env python3
"""Journey benchmark: what one fully attributed, sourced, submitted claim costs a checker.

    bench/journey.py [--repo PATH] [--article PATH] [--port N] [--chromium PATH]

Runs the project checkout at ``--repo`` (default: this one; any commit that has
``manage.py loaddemo``) on a throwaway SQLite database: migrates, loads the demo desk, starts
``manage.py runserver`` on a free port and drives Debian's chromium through Playwright at
1400×1000, as the demo checker: log in; import ``--article`` by pasting it (default
``../shared/seed-article.txt``, else the first article of the repo's
``tests/data/articles.jsonl``); accept the first suggestion (or mark the first sentence);
then, in the claim panel, save the attribution, a verdict and a source, and submit for
review. It finds everything by visible text and roles, so an older commit runs unchanged.

A save answered with a conflict (409, "Someone else saved…") is counted, the page reloaded
(counted) and the save redone; a Submit button missing after the source save costs a reload
too. Counts user actions (a click, a key press, a field filled or an option chosen is one),
forced reloads, conflicts and seconds per step, then checks in the database that the claim
is in review with a rating and a source. Prints the figures, then ONE JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM_ARGS = [  # as tests/conftest.py
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CONFLICT = re.compile(r"Someone else saved|changed since you opened it")
# Counts htmx swaps, so a step waits for its own swap whatever the page's markup.
COUNT_SETTLES = "document.addEventListener('htmx:afterSettle', () => { window.settles = (window.settles || 0) + 1; });"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def read_article(path: Path, repo: Path) -> tuple[str, str]:
    """(title, text) of a plain text file, else of the repo's first test article."""
    if path.is_file():
        return path.stem.replace("-", " ").capitalize(), path.read_text("utf-8")
    first = json.loads((repo / "tests" / "data" / "articles.jsonl").read_text("utf-8").splitlines()[0])
    return first["title"], first["text"]


def start_server(repo: Path, workdir: Path, port: int) -> tuple[subprocess.Popen, str, str]:
    """Migrate a fresh database, load the demo desk, start runserver; returns (server, user, password)."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}", "DEBUG": "1"}
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=repo, env=env, check=True)
    demo = subprocess.run([*manage, "loaddemo"], cwd=repo, env=env, check=True, capture_output=True, text=True)
    password = re.search(r"password for all: (\S+?)\)", demo.stdout).group(1)
    with (workdir / "server.log").open("w") as log:
        server = subprocess.Popen(
            [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"], cwd=repo, env=env, stdout=log, stderr=log
        )
        # As `make run` does: the job worker beside the server (suggestions run on it).
        server.worker = subprocess.Popen([*manage, "runworker"], cwd=repo, env=env, stdout=log, stderr=log)
    for _ in range(150):
        if server.poll() is not None:
            sys.exit("runserver stopped:\n" + (workdir / "server.log").read_text()[-2000:])
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=1)
            return server, "checker", password
        except OSError:
            time.sleep(0.2)
    server.terminate()
    sys.exit("runserver did not answer in 30 s")


class Tally:
    """What the checker did: actions, forced reloads, conflicts, seconds per step."""

    def __init__(self, page) -> None:
        self.page, self.actions, self.reloads, self.conflicts, self.steps = page, 0, 0, 0, {}
        self.notes: list[str] = []

    def click(self, locator) -> None:
        self.actions += 1
        locator.click()

    def fill(self, locator, value: str) -> None:
        self.actions += 1
        locator.fill(value)

    def choose(self, locator, **option) -> None:
        self.actions += 1
        locator.select_option(**option)

    def reload(self) -> None:
        self.reloads += 1
        self.page.reload()

    def post(self, do, url_part: str):
        """Run ``do`` (fills and a click that posts to ``url_part``) and wait for its swap."""
        settles = self.page.evaluate("window.settles || 0")
        with self.page.expect_response(lambda r: r.request.method == "POST" and url_part in r.url) as answer:
            do()
        try:
            self.page.wait_for_function("n => (window.settles || 0) > n", arg=settles, timeout=5000)
        except PlaywrightTimeout:  # a plain form post navigates instead of swapping
            self.notes.append(f"{url_part}: no htmx swap within 5 s")
            self.page.wait_for_load_state()
        return answer.value

    def save(self, do, url_part: str, claim: int) -> None:
        """A save; on a conflict, count it, reload, reopen the claim and do it again."""
        for _ in range(3):
            response = self.post(do, url_part)
            if response.status != 409 and not self.page.get_by_text(CONFLICT).count():
                return
            self.conflicts += 1
            self.reload()
            reopen(self, claim)
        raise RuntimeError(f"{url_part}: still a conflict after 3 tries")


def reopen(t: Tally, claim: int) -> None:
    if not t.page.locator(f'#panel[data-claim="{claim}"]').count():
        t.click(t.page.locator(f'[data-claim-link="{claim}"]').first)
        t.page.locator(f'#panel[data-claim="{claim}"]').wait_for()


def journey(t: Tally, base: str, user: str, password: str, title: str, text: str) -> int:
    """The checker's steps, each timed; returns the claim's id."""
    page, notes = t.page, t.notes

    def step(name, run):
        t0 = time.perf_counter()
        try:
            return run()
        finally:
            t.steps[name] = round(time.perf_counter() - t0, 2)

    def login():
        page.goto(f"{base}/login/")
        t.fill(page.get_by_label("Username"), user)
        t.fill(page.get_by_label("Password"), password)
        t.click(page.get_by_role("button", name="Log in"))
        page.wait_for_url(f"{base}/")

    def import_article():
        t.click(page.get_by_role("link", name="Import article"))
        t.fill(page.get_by_label(re.compile(r"^Title\b")), title)
        t.fill(page.get_by_label("Article text"), text)
        t.click(page.get_by_role("button", name="Save article"))
        page.wait_for_url(re.compile(r"/articles/\d+/"))
        if page.locator("section.job").count():  # suggestions run on the worker; the page reloads when done
            t0 = time.perf_counter()
            page.locator(".suggestion-list li").first.wait_for(timeout=60_000)
            notes.append(f"suggestions arrived from the worker after {time.perf_counter() - t0:.1f} s")
        shown = page.get_by_role("button", name="Accept", exact=True).count()
        message = page.locator(".messages").inner_text() if page.locator(".messages").count() else "no message"
        notes.append(f"suggestions: {shown} Accept buttons beside the text on arrival ({message.strip()})")

    def first_claim() -> int:
        accept = page.get_by_role("button", name="Accept", exact=True)
        if accept.count():
            t.post(lambda: t.click(accept.first), "/accept/")
        else:  # no suggestions: mark the first sentence
            notes.append("no suggestions: marked the first sentence")
            t.click(page.get_by_text("New claim", exact=True))
            t.choose(page.get_by_label("Or choose a sentence"), index=1)
            t.post(lambda: t.click(page.get_by_role("button", name="Save claim")), "/claims/new/")
        panel = page.locator("#panel[data-claim]")
        panel.wait_for()
        return int(panel.get_attribute("data-claim"))

    def attribution():
        form = page.locator("#attribution")

        def do():
            speaker = form.get_by_label("Speaker", exact=True)
            if speaker.count() and speaker.input_value().strip():
                field, value = form.get_by_label("Title or role"), "Spokesperson"
            elif form.get_by_label("Attribution type").input_value() == "anonymous":
                field, value = form.get_by_label("Anonymity reason"), "not authorised to speak publicly"
            else:
                field, value = form.get_by_label("Reporting cue"), "told reporters"
            t.fill(field, value)
            t.click(form.get_by_role("button", name="Save attribution"))

        t.save(do, "/attribution/", claim)

    def verdict():
        def do():
            t.choose(page.get_by_role("combobox", name="Verdict"), label="Mostly true")
            t.fill(page.get_by_role("textbox", name="Reasoning"), "The officials' account matches the record.")
            t.click(page.get_by_role("button", name="Save verdict"))

        t.save(do, "/verdict/", claim)

    def source():
        def do():
            if not page.get_by_label("Source URL").is_visible():
                t.click(page.get_by_text("Add a source", exact=True))
            t.fill(page.get_by_label("Source URL"), "https://example.org/statement")
            t.click(page.get_by_role("radio", name="Supports"))
            t.click(page.get_by_role("button", name="Add source"))

        t.save(do, "/sources/", claim)

    def submit():
        button = page.get_by_role("button", name="Submit for review")
        if not button.is_visible():
            notes.append("no Submit button after the source was saved: reloaded")
            t.reload()
            reopen(t, claim)
        t.save(lambda: t.click(button), "/transition/", claim)

    step("login", login)
    step("import", import_article)
    claim = step("accept", first_claim)
    for name, run in [("attribution", attribution), ("verdict", verdict), ("source", source), ("submit", submit)]:
        step(name, run)
    return claim


def shown_claim(page) -> int | None:
    panel = page.locator("#panel[data-claim]")
    return int(panel.get_attribute("data-claim")) if panel.count() else None


def stored(db: Path, claim: int | None) -> dict:
    """The claim as the database has it: stage, rating, sources."""
    if claim is None:
        return {"stage": None, "rating": None, "sources": 0, "version": None}
    with sqlite3.connect(db) as conn:
        row = conn.execute(
            "SELECT stage, rating_id, (SELECT COUNT(*) FROM claims_source WHERE claim_id = c.id), version"
            " FROM claims_claim c WHERE id = ?",
            [claim],
        ).fetchone()
    return dict(zip(["stage", "rating", "sources", "version"], row or [None, None, 0, None], strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", type=Path, default=ROOT, help="the project checkout to run")
    parser.add_argument("--article", type=Path, default=ROOT.parent / "shared" / "seed-article.txt")
    parser.add_argument("--port", type=int, default=0, help="default: a free one")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    repo = args.repo.resolve()
    commit = subprocess.run(["git", "-C", repo, "describe", "--always", "--dirty"], capture_output=True, text=True)
    title, text = read_article(args.article, repo)
    problems = []
    with tempfile.TemporaryDirectory(prefix="journey-") as tmp:
        workdir = Path(tmp)
        port = args.port or free_port()
        t0 = time.perf_counter()
        server, user, password = start_server(repo, workdir, port)
        setup_s = time.perf_counter() - t0
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1400, "height": 1000})
                context.add_init_script(COUNT_SETTLES)
                page = context.new_page()
                page.set_default_timeout(15_000)
                page.on("pageerror", lambda e: problems.append(f"JavaScript error: {e}"))
                t = Tally(page)
                t0 = time.perf_counter()
                try:
                    claim = journey(t, f"http://127.0.0.1:{port}", user, password, title, text)
                except Exception as e:  # report what stopped the journey, then the figures so far
                    problems.append(f"stopped in {list(t.steps)[-1]}: {str(e).splitlines()[0]}")
                    claim = shown_claim(page)
                seconds = time.perf_counter() - t0
                browser.close()
        finally:
            for process in (server.worker, server):
                process.terminate()
                process.wait(timeout=10)
        row = stored(workdir / "db.sqlite3", claim)
    submitted = row["stage"] == "review" and row["rating"] is not None and row["sources"] > 0
    figures = {
        "bench": "journey",
        "commit": commit.stdout.strip() or str(repo),
        "actions": t.actions,
        "reloads": t.reloads,
        "conflicts": t.conflicts,
        "seconds": round(seconds, 2),
        "setup_s": round(setup_s, 2),
        "steps": t.steps,
        "claim": row,
        "submitted": submitted,
        "notes": t.notes,
        "problems": problems,
    }
    print(f"commit {figures['commit']}: {t.actions} actions, {t.reloads} reloads, {t.conflicts} conflicts")
    for name, s in t.steps.items():
        print(f"  {name:<12}{s:>7.2f} s")
    print(f"  {'total':<12}{seconds:>7.2f} s (after {setup_s:.1f} s to migrate, load the demo desk and start)")
    print(
        f"claim {claim}: stage {row['stage']}, rating {row['rating']}, {row['sources']} sources -> submitted {submitted}"
    )
    for line in t.notes + problems:
        print(f"  - {line}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
