"""The house's import rule: views and api → forms, permissions and interop → models → text helpers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

CLAIMS = Path(__file__).resolve().parents[1] / "claims"

# Lower number = lower layer; a module may import its own layer or lower ones, never higher.
LAYERS = [
    (
        0,
        (
            "claims.text",
            "claims.anchoring",
            "claims.fetch",
            "claims.feeds",
            "claims.suggest",
            "claims.search",
            "claims.charts",
            "claims.matching",
            "claims.learning",
            "claims.rendering",
        ),
    ),
    (1, ("claims.models", "claims.tasks", "claims.archive")),
    (2, ("claims.forms", "claims.permissions", "claims.filters", "claims.interop", "claims.pagination")),
    (
        3,
        (
            "claims.views",
            "claims.middleware",
            "claims.api",
            "claims.admin",
            "claims.urls",
            "claims.context_processors",
            "claims.management",
            "claims.templatetags",
        ),
    ),
]


def _layer(module: str) -> int | None:
    for rank, prefixes in LAYERS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return rank
    return None


def _module_name(path: Path) -> str:
    parts = path.relative_to(CLAIMS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[str]:
    module = _module_name(path)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, node.module] if node.module else base)
            found.append(target)
            found.extend(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [name for name in found if name.startswith("claims")]


MODULES = sorted(p for p in CLAIMS.rglob("*.py") if "migrations" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(CLAIMS.parent)))
def test_imports_run_one_way(path):
    own = _layer(_module_name(path))
    if own is None:
        return  # apps.py, the package __init__: outside the layers
    upward = [name for name in _imports(path) if (_layer(name) or 0) > own]
    assert not upward, f"{_module_name(path)} (layer {own}) imports from a higher layer: {upward}"


def test_every_module_sits_in_a_layer():
    outside = {_module_name(p) for p in MODULES} - {"claims", "claims.apps"}
    assert not [m for m in outside if _layer(m) is None]
