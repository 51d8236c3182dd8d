"""bench/journey.py runs end to end on this checkout: one claim, from paste to review, in chromium."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [pytest.mark.bench, pytest.mark.browser]


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing: `make test` installs Debian's chromium")
def test_journey_bench_submits_one_claim_without_conflicts_or_reloads():
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "journey.py"), "--chromium", str(CHROMIUM)],
        cwd=ROOT.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["submitted"] is True, figures["problems"]
    assert figures["conflicts"] == 0 and figures["reloads"] == 0
    assert figures["actions"] > 0 and figures["claim"]["stage"] == "review"
