"""Regression floor: suggest() scored on the shared attribution gold with the shared scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims.suggest.attribution import suggest

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


DATA = Path(__file__).resolve().parent / "data"

# Own-work articles annotated by hand with GUIDELINE.md, and the floors each must keep.
# - attribution-heldout.jsonl (3 docs, 18 claims): first measured at overlap F1 0.89, source 0.88,
#   type 0.88, anonymous recall 0.67; after general fixes all reach 1.0. The floors leave room: the
#   file is small, and some fixes were prompted by its errors.
# - attribution-unseen.jsonl (8 docs, 119 claims; built by build_unseen.py): first measured at overlap
#   0.871, exact 0.750, source 0.843, type 0.796, anonymous recall 0.778. The rules were then fixed on
#   docs 1-4 only (docs 5-8 held out until the end: overlap 0.875 -> 0.899, exact 0.750 -> 0.844,
#   source 0.816 -> 0.980, type 0.816 -> 0.939); floors are the whole-file figures, rounded down.
# - attribution-unseen-2.jsonl (8 docs, 123 claims): blind, scored by a colleague at overlap 0.866,
#   exact 0.785, source 0.906, type 0.888, anonymous recall 0.562. The rules were then fixed from the
#   general error categories only, without opening the file; scored once at the end (overlap 0.928,
#   exact 0.880, source 0.922, type 0.983, anonymous recall 0.875); floors are those, rounded down.
# - attribution-wikinews-dev.jsonl (301 claims) and attribution-wikinews-blind.jsonl (222 claims; scored blind
#   once, then used for development): first measured at overlap 0.901 / 0.891, exact 0.766 / 0.765, source
#   0.914 / 0.919, type 0.877 / 0.848, anonymous recall 0.79 / 0.75. Fixed by kinds of error (noun-object cues,
#   phrases between cue and content, "according to"/"Per" appositions, ";" in the reporter's voice, surnames
#   and non-ASCII names, document heads, anonymity reasons); the floors below are the new figures, rounded down,
#   and unseen/unseen-2 were raised to theirs.
# - attribution-wikinews-blind-2.jsonl (12 docs, 239 claims; scored blind once, then used for development): first
#   measured at overlap 0.897, exact 0.743, source 0.880, type 0.866, anonymous recall 0.71. Fixed by kinds of error
#   (unnamed groups, plural-present cues, titles that refer back to a named person, titles and appositions before a
#   name, passive agents, chained "citing" sources, clock times, asides between source and cue); floors are the new
#   figures (0.925 / 0.806 / 0.940 / 0.935 / 0.97), rounded down, and wikinews-dev/-blind were raised to theirs.
# - attribution-wikinews-blind-3.jsonl (8 docs, 154 claims; scored blind once, then used for development): first
#   measured at overlap 0.883, exact 0.794, source 0.928, type 0.892, anonymous recall 0.70. Fixed by kinds of error
#   (requests "urged/encouraged/asked Y to Z", a pronoun after a sentence-final abbreviation, asides in brackets,
#   phrasal and performative verbs as false cues, unnamed groups and criticism as anonymous, "reportedly" before a cue,
#   new clauses after "however"/a closing quote/"and" + a subject, offices of a place before a name, questions in
#   the reporter's voice, concessions inside an interrupted statement); floors are the new figures (0.965 / 0.933 /
#   0.993 / 0.987 / 1.0), rounded down, and every other file's floors were raised to its new figures.
# - attribution-wikinews-blind-4.jsonl (8 docs, 136 claims; built by build_wikinews_blind4.py from the text and the
#   guideline only, before any suggester ran on it): scored once, after the blind-3 fixes, with the code before and
#   after them: overlap 0.891 -> 0.887, exact 0.759 -> 0.764, source 0.877 -> 0.902, type 0.869 -> 0.893, anonymous
#   recall 0.71 -> 0.71 (5 of 7). Then used for development: fixed by kinds of error (captions ending in an image
#   credit, a time between a "with" source and its participle, a state after the place of an "according to" source,
#   an aside naming the medium between source and cue, a quote opening with an editor's bracketed capital, media
#   words "website"/"account" after a cue, an editor's "[.]" at the end of a quote, "to have"/"to be" after a cue
#   kept in the content, bare "activists"/"witnesses" as unnamed groups, '"A," X continued.' as a cue, ", who told
#   the press B" after a name inside the reporter's clause, statement acts "spoke/defended/responded/reacted" as cues
#   before a quote, no subordinator "When"/"While" as the source of a participle): overlap 0.919, exact 0.838, source
#   0.952, type 0.944, anonymous recall 0.857 (6 of 7); floors are those, rounded down, and wikinews-dev's source floor was
#   raised to its new 0.961.
# - attribution-wikinews-blind-5.jsonl (8 docs, 119 claims, 16 anonymous; built by build_wikinews_blind5.py from the
#   text and the guideline only): scored once, after the blind-3 and blind-4 fixes, with the code before and after
#   them: 0.889 / 0.795 / 0.923 / 0.875 / 0.75 both times (one prediction changed, on a claim the gold does not
#   have). The fixes of this round did not carry to it; floors are those figures, rounded down.
# - attribution-wikinews-blind-6.jsonl (8 docs, 175 claims, 11 anonymous; built by build_wikinews_blind6.py from the
#   text and the guideline only): scored once, with the suggester of 13e5ce9: 0.906 / 0.784 / 0.903 / 0.852 and
#   anonymous recall 0.09 (1 of 11: its unnamed groups, "Meteorologists", "One resident", "Local authorities", are
#   typed by role or as bodies). Then used for development, by kind (people counted but not named, generic experts,
#   unnamed trade press, place names before "officials", a middle initial, a predicted event's time): 0.910 / 0.787 /
#   0.904 / 0.872 / 0.45 (5 of 11), and blind-5 type 0.904, anonymous 0.81. Floors: those figures, rounded down.
#   Then cues with an object that reports a finding or a stance on record ("An autopsy determined", "vowed to",
#   "denounced X as Y", "envisioned", "projected"): blind-5 0.911 / 0.802 / 0.917 / 0.898 / 0.94 (its new pairs
#   bring sources of their own to get right); floors follow.
# - attribution-wikinews-blind-7.jsonl (8 docs, 127 claims, 17 anonymous; built by build_wikinews_blind7.py from the
#   text and the guideline only): scored once, with the suggester of 50cf2df, after this round's fixes: 0.921 / 0.849 /
#   0.948 / 0.853 and anonymous recall 0.35 (6 of 17); the suggester of 6bde87f, before them, scores exactly the same.
#   (Before that scoring, three of its error lines were shown by mistake in a development run; nothing was changed
#   after.) Floors are those figures, rounded down. Then used for development, by kind (people known only by their
#   tie to a named one, "His associates"; a report no one is named as writing; "speculated"; outlets whose names read
#   like a person's; a capitalised name ending in a document's word; an addressee "Name of Outlet"; nouns taken for
#   cues, "flood warning", "group lists, and"; source edges): blind-7 0.932 / 0.876 / 0.957 / 0.932 / 0.82, blind-6
#   0.918 / 0.789 / 0.911 / 0.904 / 0.55, blind-5 0.924 / 0.824 / 0.927 / 0.927 / 0.94, blind-4 0.922 / 0.849 / 0.96 /
#   0.96 / 0.86; every other set the same or better. Floors follow, rounded down.
# - attribution-wikinews-blind-8.jsonl (8 docs, 130 claims, 12 anonymous; built by build_wikinews_blind8.py from the
#   text and the guideline only, by someone who never ran or read the suggester): scored once, after the fixes above,
#   with the suggester of 2009f78: 0.884 / 0.767 / 0.921 / 0.877 and anonymous recall 0.42 (5 of 12); the suggester
#   of 9998942, before them, scores 0.884 / 0.760 / 0.912 / 0.868 / 0.42. Floors are those figures, rounded down.
#   Then used for development, by kind (bare "Neighbors" as an unnamed group, warnings and descriptions as documents,
#   an addressee "CBS station KDKA-TV", a second predicate with a modal, ", and might not", going on with the content):
#   0.895 / 0.786 / 0.922 / 0.913 / 0.50; floors follow.
FLOORS = {
    "attribution-heldout.jsonl": {
        "content_overlap_f1": 0.9,
        "content_exact_f1": 0.85,
        "source_acc": 0.9,
        "type_acc": 0.9,
    },
    "attribution-unseen.jsonl": {
        "content_overlap_f1": 0.97,
        "content_exact_f1": 0.97,
        "source_acc": 1.0,
        "type_acc": 0.98,
        "anonymous_recall": 1.0,
    },
    "attribution-unseen-2.jsonl": {
        "content_overlap_f1": 0.98,
        "content_exact_f1": 0.95,
        "source_acc": 0.99,
        "type_acc": 0.99,
        "anonymous_recall": 1.0,
    },
    "attribution-wikinews-dev.jsonl": {
        "content_overlap_f1": 0.95,
        "content_exact_f1": 0.90,
        "source_acc": 0.96,
        "type_acc": 0.94,
        "anonymous_recall": 0.84,
    },
    "attribution-wikinews-blind.jsonl": {
        "content_overlap_f1": 0.92,
        "content_exact_f1": 0.87,
        "source_acc": 0.96,
        "type_acc": 0.97,
        "anonymous_recall": 0.75,
    },
    "attribution-wikinews-blind-2.jsonl": {
        "content_overlap_f1": 0.93,
        "content_exact_f1": 0.84,
        "source_acc": 0.95,
        "type_acc": 0.95,
        "anonymous_recall": 0.97,
    },
    "attribution-wikinews-blind-3.jsonl": {
        "content_overlap_f1": 0.96,
        "content_exact_f1": 0.93,
        "source_acc": 0.99,
        "type_acc": 0.98,
        "anonymous_recall": 1.0,
    },
    "attribution-wikinews-blind-5.jsonl": {
        "content_overlap_f1": 0.92,
        "content_exact_f1": 0.82,
        "source_acc": 0.92,
        "type_acc": 0.92,
        "anonymous_recall": 0.93,
    },
    "attribution-wikinews-blind-4.jsonl": {
        "content_overlap_f1": 0.92,
        "content_exact_f1": 0.84,
        "source_acc": 0.96,
        "type_acc": 0.96,
        "anonymous_recall": 0.85,
    },
    "attribution-wikinews-blind-7.jsonl": {
        "content_overlap_f1": 0.93,
        "content_exact_f1": 0.87,
        "source_acc": 0.95,
        "type_acc": 0.93,
        "anonymous_recall": 0.82,
    },
    "attribution-wikinews-blind-6.jsonl": {
        "content_overlap_f1": 0.91,
        "content_exact_f1": 0.78,
        "source_acc": 0.91,
        "type_acc": 0.9,
        "anonymous_recall": 0.54,
    },
    "attribution-wikinews-blind-8.jsonl": {
        "content_overlap_f1": 0.89,
        "content_exact_f1": 0.78,
        "source_acc": 0.92,
        "type_acc": 0.91,
        "anonymous_recall": 0.5,
    },
}


@pytest.mark.parametrize("name", FLOORS)
def test_own_annotated_articles_keep_their_floor(tmp_path, name):
    gold_file = DATA / name
    if not SCORER.exists():
        pytest.skip(f"shared scorer absent (it lives outside the repo, in ../shared): {SCORER}")
    pred = tmp_path / "pred.jsonl"
    with gold_file.open(encoding="utf-8") as gold, pred.open("w", encoding="utf-8") as out:
        for line in gold:
            if line.strip():
                doc = json.loads(line)
                claims = [s.as_dict() for s in suggest(doc["text"])]
                out.write(json.dumps({"doc_id": doc["doc_id"], "claims": claims}) + "\n")
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold_file), str(pred)], capture_output=True, text=True, check=True
    )
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    below = {k: (figures[k], floor) for k, floor in FLOORS[name].items() if figures[k] < floor}
    assert not below, f"below floor (got, floor): {below}"
