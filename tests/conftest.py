from __future__ import annotations

import os
from pathlib import Path

import pytest

from claims.models import Role

from .factories import DeskFactory, MembershipFactory, UserFactory

# Playwright's sync API runs an event loop in the test thread; Django's ORM is only
# touched synchronously from the test itself, so this is safe here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def desk():
    return DeskFactory()


def _member(desk, role: Role, username: str):
    return MembershipFactory(desk=desk, role=role, user=UserFactory(username=username)).user


@pytest.fixture
def viewer(desk):
    return _member(desk, Role.VIEWER, "vera")


@pytest.fixture
def checker(desk):
    return _member(desk, Role.CHECKER, "chris")


@pytest.fixture
def editor(desk):
    return _member(desk, Role.EDITOR, "edna")


@pytest.fixture
def desk_admin(desk):
    return _member(desk, Role.ADMIN, "ada")


@pytest.fixture
def stranger():
    """A member of another desk."""
    return MembershipFactory(role=Role.EDITOR, user=UserFactory(username="stan")).user


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not present ({SHARED}); it holds the seed article and evaluation data")
    return SHARED


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _english_after_each_test():
    """A request in Arabic leaves Arabic active in the thread; the next test starts in English."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def _immediate_jobs(settings):
    """Jobs run inside the request that starts them, unless a test is about the queue
    (it asks for ``queue``)."""
    settings.TASKS = IMMEDIATE_TASKS


@pytest.fixture
def queue(settings, transactional_db):
    """The real database queue: jobs wait until a worker (``run_worker``) takes them. The test
    commits (a worker checks its connection between jobs, and closes one left mid-transaction)."""
    settings.TASKS = DATABASE_TASKS
    return settings


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: `make test` installs Debian's chromium"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser, live_server):
    """Open a page logged in as ``user``; each call is a separate browser context."""
    contexts = []

    def open_page(user, password="pw-for-tests"):
        context = browser.new_context(base_url=live_server.url, viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(20_000)  # generous under a loaded CI machine; waits end when met
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.js_errors = errors
        page.goto("/login/")
        page.fill("#id_username", user.username)
        page.fill("#id_password", password)
        page.click("main button[type=submit]")
        page.wait_for_url(f"{live_server.url}/")
        return page

    yield open_page
    for context in contexts:
        context.close()


ARTIFACTS = Path(__file__).parent / "artifacts"
