"""claims.matching: "Checked before?" ranks earlier checked claims against a new claim or tweet (issue 15)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.matching import Match, Matcher, _terms, normalise_query

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "evaldata" / "claim-matching"

ARCHIVE = [
    (
        1,
        "Barack Obama released 122 detainees from Guantanamo Bay who returned to terrorism.",
        "Did 122 Detainees Return?",
    ),
    (
        2,
        "70 percent of the protesters arrested in Charlotte had out-of-state IDs.",
        "Charlotte Protesters From Out of State",
    ),
    (
        3,
        "A photograph shows a shark swimming on a flooded highway in Houston after Hurricane Harvey.",
        "Shark on Highway",
    ),
    (4, "Michael Kors uses fur from dogs that were skinned alive.", "Michael Kors ‘Dog Fur’ Petition"),
    (5, "قال الرئيس إن الاقتصاد نما بنسبة 5 في المئة هذا العام", "هل نما الاقتصاد بنسبة 5 في المئة؟"),
    (6, "Pope Francis said gun owners can no longer call themselves Christians.", "Did Pope Francis Say That?"),
    (7, "", ""),
]

_MATCHER: Matcher | None = None


def matcher() -> Matcher:
    global _MATCHER
    if _MATCHER is None:
        _MATCHER = Matcher(ARCHIVE)
    return _MATCHER


TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF), max_size=120),
    st.lists(st.sampled_from(["https://t.co/abc", "pic.twitter.com/x1", "@someone", "#HashTag", "😍", "—", "122"])).map(
        " ".join
    ),
    st.sampled_from(["", " ", "https://t.co/CsHG8R9cHp", "— Name (@handle) January 1, 2020", "\x00\u200f\ufeff"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=TEXT, k=st.integers(min_value=0, max_value=10))
def test_rank_never_crashes_and_returns_at_most_k_unique_keys_by_score(query, k):
    matches = matcher().rank(query, k=k)
    assert len(matches) <= k
    keys = [m.key for m in matches]
    assert len(keys) == len(set(keys))
    assert all(isinstance(m, Match) and isinstance(m.shared, tuple) for m in matches)
    scores = [m.score for m in matches]
    assert scores == sorted(scores, reverse=True)
    assert isinstance(normalise_query(query), str)


def test_a_paraphrase_ranks_first_and_shared_holds_the_number_and_the_name():
    tweet = (
        "Under Obama, 122 Guantanamo detainees were released and went back to terrorism! #GitmoTruth "
        "https://t.co/xyz pic.twitter.com/abc — Some One (@someone) January 6, 2020"
    )
    best = matcher().rank(tweet, k=3)[0]
    assert best.key == 1
    assert "122" in best.shared and "Obama" in best.shared and "Guantanamo" in best.shared


def test_arabic_queries_match_lexically():
    best = matcher().rank("الرئيس: الاقتصاد نما 5 في المئة", k=2)[0]
    assert best.key == 5 and "5" in best.shared


def test_the_tweet_author_and_handles_count():
    best = matcher().rank("@MichaelKors are your bags made of dog hides? — Jane Doe (@jd) May 1, 2018", k=1)[0]
    assert best.key == 4


def test_normalise_query_strips_links_handles_and_the_signature_and_splits_hashtags():
    cleaned = normalise_query(
        "How are butterflies surviving the #AustralianFires? pic.twitter.com/0eJtwJyS1J @abc "
        "https://t.co/x — Center for Bio Div (@CenterForBioDiv) January 14, 2020"
    )
    assert cleaned == "How are butterflies surviving the Australian Fires ?"


def test_add_grows_the_archive_and_empty_archives_rank_nothing():
    m = Matcher([], model=False)
    assert m.rank("anything") == []
    m.add([("a", "The moon is made of cheese.", "Moon Cheese")])
    assert [x.key for x in m.rank("is the moon made of cheese", k=5)] == ["a"]


def test_bench_smoke_on_a_slice():
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is not present; it holds the CLEF 2020 CheckThat! claim-matching data")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "matching.py"), "--limit", "40"],
        cwd=ROOT.parent,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["bench"] == "matching" and figures["split"] == "dev" and figures["queries"] == 40
    assert figures["archive"] > 10000 and figures["ms_per_query"] > 0 and figures["build_s"] > 0
    assert 0.75 <= figures["map_at_5"] <= 1.0 and figures["map_at_1"] <= figures["map_at_5"] + 1e-9
    assert figures["scorer_map_at_5"] == figures["map_at_5"]


def test_associations_are_learnt_from_claims_and_their_titles():
    m = Matcher(
        [(i, f"Migrants crossed the river at dawn number {i}.", "Did Immigrants Cross the River?") for i in range(3)],
        model=False,
    )
    (migrant,) = _terms("migrants")
    (immigrant,) = _terms("immigrants")
    assert m.associations()[migrant][immigrant] > 0


def test_the_signature_date_is_read_for_the_date_feature():
    q = matcher().query("RIP Bob Barker pic.twitter.com/x — Jacob Cole (@jc) July 31, 2017")
    assert (q.month, q.year) == ("jul", "2017")
    assert "2017" not in q.numbers  # the date is the tweet's, not a number the tweet states


QUERIES = [
    "Under Obama, 122 Guantanamo detainees were released and went back to terrorism! #GitmoTruth",
    "Is it true that a shark swam down a Houston highway after Harvey? pic.twitter.com/x",
    "الرئيس: الاقتصاد نما 5 في المئة",
    "Pope Francis: gun owners are not Christians — A B (@ab) June 2, 2016",
    "𠀀𠀁 Kors fur 𠀀 dogs",  # a character beyond the n-gram coding: the pure-Python path
    "",
]


def _flat(rows):
    return [x for row in rows for x in row]


def test_the_numpy_character_features_equal_the_pure_python_ones():
    m = Matcher(ARCHIVE + [(8, "Michael Kors 𠀀 fur", "𠀁 Kors")], model=False)
    for text in QUERIES:
        q = m.query(text)
        weights = m._query_grams(q)
        docs = [m._doc(i) for i in range(len(m.docs))]
        fast = m._char_features_np(weights, docs[:7])
        assert fast is not None  # the first seven docs have no character beyond the coding
        assert _flat(fast) == pytest.approx(_flat(m._char_features_py(weights, q.grams, docs[:7])), abs=1e-12)
        assert m._char_features_np(weights, docs) is None  # doc 8 has one: the caller falls back
        assert _flat(m.char_features(q, docs)) == pytest.approx(_flat(m._char_features_py(weights, q.grams, docs)))


def test_author_scores_at_the_candidates_equal_the_full_bm25():
    m = matcher()
    q = m.query("@MichaelKors are your bags made of dog hides? — Pope Francis Michael (@jd) May 1, 2018")
    cands = m.candidates(q)
    claim, title = m._bm25(q.author_terms)
    assert m._author_scores(q, cands) == pytest.approx([float(claim[i] + title[i]) for i, *_ in cands])


def test_ranking_after_add_is_that_of_a_matcher_built_at_once():
    grown = Matcher(ARCHIVE[:3])
    for text in QUERIES:
        grown.rank(text, k=5)  # fill the per-doc caches, which ``add`` must invalidate
    grown.add(ARCHIVE[3:])
    fresh = Matcher(ARCHIVE)
    for text in QUERIES:
        assert grown.rank(text, k=5) == fresh.rank(text, k=5)
        assert grown.closest(text, k=3) == fresh.closest(text, k=3)


def _bench_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_matching", ROOT / "bench" / "matching.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_listwise_fit_learns_what_separates_gold_from_the_other_candidates_of_its_tweet():
    np = pytest.importorskip("numpy")
    bench = _bench_module()
    rng = np.random.default_rng(0)
    groups = np.repeat(np.arange(60), 10)
    # feature 0 is a per-tweet offset (the same for all candidates of a tweet): useless for ranking;
    # feature 1 is higher for the gold candidate than for the others of its tweet
    offset = rng.normal(0, 5, 60)[groups]
    y = np.zeros(len(groups), dtype=int)
    y[::10] = 1
    signal = rng.normal(0, 1, len(groups)) + 3.0 * y
    x = np.column_stack([offset, signal])
    mean, scale, model = bench._fit(x, y, 1.0, groups, "listwise")
    coef = model.coef_[0]
    assert coef[1] > 0 and abs(coef[0]) < coef[1] / 5
    scores = model.decision_function((x - mean) / scale)
    top = [np.flatnonzero(groups == g)[np.argmax(scores[groups == g])] for g in range(60)]
    assert np.mean(y[top]) > 0.7
    # a tweet whose gold claim is not among its candidates is left out of the fit, not a crash
    y_none = y.copy()
    y_none[groups == 0] = 0
    bench._fit(x, y_none, 1.0, groups, "listwise")


def test_the_committed_model_is_the_listwise_re_ranker_and_loads_for_these_features():
    from claims import matching

    model = matching.load_model()
    assert model is not None and model.get("objective") == "listwise"
    assert model["candidates"] == matching.CANDIDATES
    assert len(model["coef"]) == len(model["mean"]) == 3 * len(matching.FEATURES)
    assert Matcher(ARCHIVE).model == model
