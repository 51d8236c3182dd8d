"""Regression floor: suggest() scored on the shared attribution gold with the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.attribution import suggest

EVALDATA = Path(__file__).resolve().parents[1].parent / "shared" / "evaldata"
GOLD = EVALDATA / "gold" / "gold-dev.jsonl"
SCORER = EVALDATA / "tools" / "score_attribution.py"

# Targets from the task; all were reached (dev gold: overlap F1 0.977, exact F1 0.958, source 0.993,
# type 0.993, anonymous recall 1.0). The dev gold was used to develop the rules, so these floors guard
# against regressions rather than measure accuracy on unseen articles.
TARGETS = {
    "content_overlap_f1": 0.85,
    "content_exact_f1": 0.65,
    "source_acc": 0.90,
    "type_acc": 0.90,
    "anonymous_recall": 0.95,
}


def score(tmp_path: Path, *extra: str) -> dict:
    pred = tmp_path / "pred.jsonl"
    with GOLD.open(encoding="utf-8") as gold, pred.open("w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                claims = [s.as_dict() for s in suggest(doc["text"])]
                out.write(json.dumps({"doc_id": doc["doc_id"], "claims": claims}) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(pred), *extra], capture_output=True, text=True, check=True
    )
    return json.loads(run.stdout.strip().splitlines()[-1])


@pytest.fixture
def shared_gold():
    if not (GOLD.exists() and SCORER.exists()):
        pytest.skip(f"../shared/evaldata not present: {GOLD.parent} (gold and scorer live outside the repo)")


@pytest.mark.usefixtures("shared_gold")
def test_suggestions_meet_the_targets_on_the_dev_gold(tmp_path):
    figures = score(tmp_path)
    below = {k: (figures[k], floor) for k, floor in TARGETS.items() if figures[k] < floor}
    assert not below, f"below target (got, target): {below}"


@pytest.mark.usefixtures("shared_gold")
def test_attributed_claims_keep_their_sources_on_the_dev_gold(tmp_path):
    figures = score(tmp_path, "--attributed-only")
    assert figures["content_overlap_f1"] >= 0.90
    assert figures["relation_f1"] >= 0.90
    assert figures["source_acc"] >= 0.95


HELDOUT = Path(__file__).resolve().parent / "data" / "attribution-heldout.jsonl"
# Own-work articles (3 docs, 18 claims) annotated by hand with GUIDELINE.md. First measured at content
# overlap F1 0.89, source 0.88, type 0.88, anonymous recall 0.67; after general fixes all reach 1.0. The
# floors leave room: the file is small, and some fixes were prompted by its errors.
HELDOUT_FLOORS = {"content_overlap_f1": 0.9, "content_exact_f1": 0.85, "source_acc": 0.9, "type_acc": 0.9}


def test_held_out_articles_keep_their_floor(tmp_path):
    if not (HELDOUT.exists() and SCORER.exists()):
        pytest.skip(f"held-out file or shared scorer absent: {HELDOUT}, {SCORER}")
    pred = tmp_path / "pred.jsonl"
    with HELDOUT.open(encoding="utf-8") as gold, pred.open("w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                out.write(
                    json.dumps({"doc_id": doc["doc_id"], "claims": [s.as_dict() for s in suggest(doc["text"])]}) + "\n"
                )
    run = subprocess.run(
        [sys.executable, str(SCORER), str(HELDOUT), str(pred)], capture_output=True, text=True, check=True
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    below = {k: (figures[k], floor) for k, floor in HELDOUT_FLOORS.items() if figures[k] < floor}
    assert not below, f"below floor (got, floor): {below}"


UNSEEN = Path(__file__).resolve().parent / "data" / "attribution-unseen.jsonl"
# Independent hand-annotated set (8 docs, 119 claims; built by tests/data/build_unseen.py). First measured at
# overlap F1 0.871, exact 0.750, source 0.843, type 0.796, anonymous recall 0.778. The rules were then fixed
# on docs 1-4 only (docs 5-8 held out until the end: overlap 0.875 -> 0.899, exact 0.750 -> 0.844, source
# 0.816 -> 0.980, type 0.816 -> 0.939); these floors are the whole-file figures reached, rounded down.
UNSEEN_FLOORS = {
    "content_overlap_f1": 0.95,
    "content_exact_f1": 0.92,
    "source_acc": 0.99,
    "type_acc": 0.97,
    "anonymous_recall": 1.0,
}


def test_unseen_articles_keep_their_floor(tmp_path):
    if not SCORER.exists():
        pytest.skip(f"shared scorer absent (it lives outside the repo, in ../shared): {SCORER}")
    if not UNSEEN.exists():
        pytest.skip(f"unseen attribution file absent: {UNSEEN}")
    pred = tmp_path / "pred.jsonl"
    with UNSEEN.open(encoding="utf-8") as gold, pred.open("w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                claims = [s.as_dict() for s in suggest(doc["text"])]
                out.write(json.dumps({"doc_id": doc["doc_id"], "claims": claims}) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(UNSEEN), str(pred)], capture_output=True, text=True, check=True
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    below = {k: (figures[k], floor) for k, floor in UNSEEN_FLOORS.items() if figures[k] < floor}
    assert not below, f"below floor (got, floor): {below}"


UNSEEN_2 = Path(__file__).resolve().parent / "data" / "attribution-unseen-2.jsonl"
# Second blind set, scored by a colleague at overlap F1 0.866, exact 0.785, source 0.906, type 0.888, anonymous
# recall 0.562. The rules were fixed from the colleague's general error categories only, on own sentences, the dev
# gold, unseen set 1 and GUM, without opening this file; it was scored once at the end (overlap 0.928, exact 0.880,
# source 0.922, type 0.983, anonymous recall 0.875). These floors are those figures rounded down.
UNSEEN_2_FLOORS = {
    "content_overlap_f1": 0.92,
    "content_exact_f1": 0.88,
    "source_acc": 0.92,
    "type_acc": 0.98,
    "anonymous_recall": 0.87,
}


def test_second_unseen_set_keeps_its_floor(tmp_path):
    if not SCORER.exists():
        pytest.skip(f"shared scorer absent (it lives outside the repo, in ../shared): {SCORER}")
    if not UNSEEN_2.exists():
        pytest.skip(f"second unseen attribution file absent: {UNSEEN_2}")
    pred = tmp_path / "pred.jsonl"
    with UNSEEN_2.open(encoding="utf-8") as gold, pred.open("w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                claims = [s.as_dict() for s in suggest(doc["text"])]
                out.write(json.dumps({"doc_id": doc["doc_id"], "claims": claims}) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(UNSEEN_2), str(pred)], capture_output=True, text=True, check=True
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    below = {k: (figures[k], floor) for k, floor in UNSEEN_2_FLOORS.items() if figures[k] < floor}
    assert not below, f"below floor (got, floor): {below}"
