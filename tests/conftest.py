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
