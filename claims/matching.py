"""Checked before? Rank earlier checked claims against a new claim or a tweet (issue 15).

Layer 0: pure Python, no Django. Two stages:

1. **Candidates.** Tweets are cleaned (:func:`normalise_query`: links, ``pic.twitter.com``, @handles and the
   trailing "— Name (@handle) date" signature removed, hashtags split into words). Words are folded
   (:func:`claims.search.fold`), stop words dropped and stemmed (Snowball English for Latin script,
   Snowball Arabic for Arabic script, other scripts as they are). BM25 (``K1``, ``B``) over the claim
   and the title as two fields gives the top ``CANDIDATES``.
2. **Re-ranking.** For each candidate a few lexical features are computed (BM25 per field and its gap to
   the best, idf-weighted coverage both ways, cosine of tf-idf vectors, shared word bigrams, shared
   numbers and capitalised names, the tweet author's name found in the claim, rapidfuzz
   ``token_set_ratio`` and the title's ``partial_ratio``, char 4-gram overlap), and since issue 15's second
   round: tf-idf cosine of character 4-grams against the claim and the title (n-gram idf over the archive),
   the candidate's rank by claim and by title BM25 alone, a Dirichlet query likelihood, pseudo-relevance
   feedback (the share of the top ``PRF_DOCS`` candidates' best ``PRF_TERMS`` new terms the candidate has),
   the rarest shared word, word Jaccard, length ratio, idf of shared names, handles found in the claim, idf of
   shared bigrams, the tweet's date (the signature's month and year) in the claim, and soft coverage of the
   query's missing words through term associations learnt from the archive itself (a claim and its title say
   the same thing in other words: ``migrants`` / ``immigrants``, :meth:`Matcher.associations`). Each is also
   taken relative to the best and to the mean over the candidates (:func:`relative`), and a
   logistic-regression model combines them. Its coefficients are in
   ``matching_model.json`` next to this file; without the file (or if it was trained for other features),
   candidates keep their BM25 order.

Unknown long words (lower-case hashtags such as ``#sonicmovie``) are cut into archive words. The tweet
author's name (from the signature, weight ``AUTHOR_WEIGHT``) and the @handles split into words
(``HANDLE_WEIGHT``) are added to the BM25 query: tweets are often *by* or *at* the person a claim is about.

Cost (2 cores shared with other work, one used): building over the 10,375 CLEF claims about 5 s (the
character n-gram document frequencies and the term associations are counted at build), a query about 30 ms
with cold per-claim details, about 20 ms warm; 100,000 claims: see ``bench/matching.py --archive-size``. The index keeps, per checked claim, its texts and two compact posting
arrays (numpy); per-claim details for the features are computed when a claim is first a candidate and kept.
It is in memory only: rebuild it from the database at start-up (or keep one per process) and ``add`` new
checked claims as they are published (the next query re-freezes the postings, O(archive)).

How the model was trained: ``bench/matching.py --train`` builds the matcher over the 10,373 checked claims
of CLEF 2020 CheckThat! Task 2, takes for each of the 800 *train* tweets the top ``CANDIDATES`` candidates,
labels the gold claim 1 and the others 0, and fits a logistic regression (scikit-learn, standardised
features, balanced classes) on those rows; ``--cv 5`` first reports the same fit's MAP@1/3/5 and MRR by 5-fold
cross-validation over the train tweets, which is what the features were chosen on (train CV MAP@5 0.858 with
the first round's 22 features, 0.878 with these 40). Only the train split is used; dev is for reporting. The model
file holds the feature names, means, scales and coefficients, no texts.

``Match.shared`` lists the words (as written in the claim or title) and numbers that the query shares with
the match, for highlighting; ``Match.overlap`` (0 to 1) says how much of both texts' weight is shared, a
measure that does not depend on the other candidates, for thresholds ("matches an earlier check").
"""

from __future__ import annotations

import html
import json
import math
import re
from array import array
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz

from claims.search import fold

try:  # PyStemmer (C) when present, else the pure-Python snowballstemmer, else no stemming
    import Stemmer as _stemmer_module  # type: ignore[import-not-found]

    def _make_stemmer(language: str):
        return _stemmer_module.Stemmer(language).stemWord

except ImportError:  # pragma: no cover - depends on the environment
    try:
        import snowballstemmer as _stemmer_module  # type: ignore[no-redef]

        def _make_stemmer(language: str):
            return _stemmer_module.stemmer(language).stemWord

    except ImportError:

        def _make_stemmer(language: str):
            return lambda word: word


MODEL_PATH = Path(__file__).with_name("matching_model.json")
CANDIDATES = 50
K1, B = 1.0, 0.6
AUTHOR_WEIGHT = 0.8  # the signature's name and the @handles count less than the tweet's own words
HANDLE_WEIGHT = 1.0
SEGMENT_PENALTY = 4.0  # per piece when cutting an unknown word (a lower-case hashtag) into archive words

URL = re.compile(r"(?:https?://|www\.)\S+|\bpic\.twitter\.com/\S+|\b\w+\.(?:com|org|net|ly|co)/\S*", re.IGNORECASE)
SIGNATURE = re.compile(
    r"\s*[—–]\s*(?P<author>[^—–\n(]{0,80}?)\s*\(@\w+\)\s*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})?[\s\"']*"
)
HANDLE = re.compile(r"(?<!\w)@\w+")
HASHTAG = re.compile(r"(?<!\w)#(\w+)")
CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=[0-9])")
NUMBER_SEP = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
WORD = re.compile(r"\w+")
NAME = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]|\b[A-Z]{2,}\b")
ARABIC = re.compile(r"[\u0600-\u06ff]")
LATIN = re.compile(r"^[a-z0-9_]+$")
# Typographic punctuation, to spaces before folding: it separates words as the ASCII would, and keeps most
# claims on the fast ASCII path of ``_fold``.
PUNCTUATION = str.maketrans(dict.fromkeys("‘’‚‛“”„‟–—―…«»‹›•·\xa0\u200b\u200f\ufeff", " "))
GRAM_SIZES = (4,)
QL_MU = 50.0  # Dirichlet prior of the query-likelihood feature (short documents)
# Term associations and character n-gram document frequencies are counted over the first claims of the archive
# only, so that building over a large archive stays about as fast as its BM25 index.
ASSOC_DOCS = 10_000
GRAM_DF_DOCS = 20_000
PRF_DOCS, PRF_TERMS = 8, 12  # pseudo-relevance feedback: the top candidates' terms, as a feature

STOP = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "s",
        "t",
        "re",
        "ve",
        "ll",
        "d",
        "m",
        "don",
        "didn",
        "doesn",
        "isn",
        "wasn",
        "weren",
        "won",
        "wouldn",
        "shouldn",
        "couldn",
        "hasn",
        "haven",
        "hadn",
        "amp",
        "rt",
        "via",
        "also",
        "get",
        "got",
        "one",
        "says",
        "said",
        "say",
        "new",
        "like",
        "just",
        "will",
        "would",
        "us",
        "في",
        "من",
        "على",
        "إلى",
        "الى",
        "عن",
        "أن",
        "ان",
        "إن",
        "هذا",
        "هذه",
        "التي",
        "الذي",
        "ما",
        "لا",
        "مع",
        "كان",
        "قد",
        "و",
        "او",
        "أو",
        "ثم",
        "كل",
        "بعد",
        "قبل",
        "هو",
        "هي",
    ]
)
NAME_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "it",
        "i",
        "we",
        "you",
        "he",
        "she",
        "they",
        "my",
        "our",
        "in",
        "on",
        "at",
        "of",
        "and",
        "but",
        "if",
        "so",
    ]
)


def normalise_query(text: str) -> str:
    """A tweet (or any pasted text) cleaned for matching: HTML entities decoded, links, ``pic.twitter.com``,
    @handles and the trailing "— Name (@handle) date" signature removed, hashtags split into words."""
    return _clean(text)[0]


def _clean(text: str) -> tuple[str, str, str]:
    """(cleaned text, author name from the signature or "", the @handles split into words)."""
    text = html.unescape(text or "")
    text = URL.sub(" ", text)
    authors = [m.group("author").strip() for m in SIGNATURE.finditer(text)]  # threads have one per tweet
    author = authors[-1] if authors else ""
    text = SIGNATURE.sub(" ", text)
    handles = " ".join(CAMEL.sub(" ", h[1:]).replace("_", " ") for h in HANDLE.findall(text))
    text = HANDLE.sub(" ", text)
    text = HASHTAG.sub(lambda m: " " + CAMEL.sub(" ", m.group(1)) + " ", text)
    return " ".join(text.split()), " ".join(HANDLE.sub(" ", author).split()), handles


_STEMMERS: dict[str, Any] = {}
_STEM_CACHE: dict[str, str] = {}


def _stem(word: str) -> str:
    stem = _STEM_CACHE.get(word)
    if stem is None:
        if LATIN.match(word):
            language = "english"
        elif ARABIC.search(word):
            language = "arabic"
        else:
            language = ""
        if language and not word.isdigit():
            if language not in _STEMMERS:
                try:
                    _STEMMERS[language] = _make_stemmer(language)
                except (KeyError, ValueError, LookupError):  # pragma: no cover - stemmer without that language
                    _STEMMERS[language] = lambda w: w
            stem = _STEMMERS[language](word)
        else:
            stem = word
        if len(_STEM_CACHE) < 500_000:
            _STEM_CACHE[word] = stem
    return stem


def _fold(text: str) -> str:
    """:func:`claims.search.fold`, with a fast path for ASCII text (whose folding is ``lower()``)."""
    return text.lower() if text.isascii() else fold(text)


def _words(text: str) -> list[str]:
    """Folded words, numbers with their thousands separators removed."""
    return WORD.findall(_fold(NUMBER_SEP.sub("", text).translate(PUNCTUATION)))


def _terms(text: str) -> list[str]:
    return _terms_of(_words(text))


def _terms_of(words: list[str]) -> list[str]:
    return [_stem(w) for w in words if w not in STOP and (len(w) > 1 or w.isdigit())]


def _numbers(text: str) -> set[str]:
    return {w.lstrip("0") or "0" for w in _words(text) if w.isdigit()}


def _names(text: str) -> set[str]:
    names = set()
    for m in NAME.finditer(text):
        w = _fold(m.group()).strip("'’-")
        if w and w not in NAME_STOP and w not in STOP:
            names.add(_stem(w))
    return names


def _bigrams(terms: list[str]) -> set[tuple[str, str]]:
    return set(zip(terms, terms[1:], strict=False))


def _ranks(values: list[float]) -> list[float]:
    """1 / (1 + rank) of each value among ``values``, highest first."""
    order = sorted(range(len(values)), key=lambda j: -values[j])
    out = [0.0] * len(values)
    for r, j in enumerate(order):
        out[j] = 1.0 / (r + 1)
    return out


def _char_grams(folded: str) -> Counter:
    """Character n-grams (``GRAM_SIZES``) of folded words joined by spaces (``folded``), with their counts."""
    s = " " + folded + " "
    return Counter(s[i : i + n] for n in GRAM_SIZES for i in range(len(s) - n + 1))


@dataclass(frozen=True)
class Match:
    key: Any
    score: float
    shared: tuple[str, ...]
    overlap: float = 0.0  # 0 to 1, see ``Matcher.rank``: absolute, where ``score`` ranks within one query


def overlap(row: list[float]) -> float:
    """How much two texts say alike, from a candidate's features: the harmonic mean of the idf-weighted share of
    the doc's words the query has and of the query's the doc has (1 for the same words, whatever the archive)."""
    return overlap_of(row[FEATURES.index("cover_doc")], row[FEATURES.index("cover_query")])


def overlap_of(cover_doc: float, cover_query: float) -> float:
    return 2 * cover_doc * cover_query / (cover_doc + cover_query) if cover_doc + cover_query else 0.0


class _Field:
    """An inverted index over one field, with BM25 scoring. Postings are compact arrays while indexing; on
    the first query after an ``add`` they are frozen into per-term numpy arrays of (doc, BM25 impact)."""

    def __init__(self) -> None:
        self.postings: dict[str, tuple[array, array]] = {}
        self.lengths = array("i")
        self.total = 0
        self._impacts: dict[str, tuple[np.ndarray, np.ndarray]] | None = None

    def add(self, terms: list[str]) -> None:
        doc = len(self.lengths)
        for term, tf in Counter(terms).items():
            posting = self.postings.get(term)
            if posting is None:
                posting = self.postings[term] = (array("i"), array("i"))
            posting[0].append(doc)
            posting[1].append(tf)
        self.lengths.append(len(terms))
        self.total += len(terms)
        self._impacts = None

    def idf(self, term: str) -> float:
        posting = self.postings.get(term)
        n = len(posting[0]) if posting else 0
        return math.log(1 + (len(self.lengths) - n + 0.5) / (n + 0.5))

    def freeze(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        avg = self.total / len(self.lengths) or 1.0
        norm = K1 * (1 - B + B * np.frombuffer(self.lengths, dtype=np.int32).astype(np.float32) / avg)
        impacts = {}
        for term, (docs, tfs) in self.postings.items():
            d = np.frombuffer(docs, dtype=np.int32)
            tf = np.frombuffer(tfs, dtype=np.int32).astype(np.float32)
            impacts[term] = (d, (self.idf(term) * tf * (K1 + 1) / (tf + norm[d])).astype(np.float32))
        self._impacts = impacts
        return impacts

    def score(self, terms: Iterable[str], into: np.ndarray, weight: float = 1.0) -> None:
        if not self.lengths:
            return
        impacts = self._impacts if self._impacts is not None else self.freeze()
        for term, count in Counter(terms).items():
            hit = impacts.get(term)
            if hit is not None:
                into[hit[0]] += (weight * count) * hit[1]


class _Doc:
    """A checked claim. Its terms, numbers, names and bigrams are worked out when it first is a candidate."""

    __slots__ = (
        "key",
        "claim",
        "title",
        "_ready",
        "claim_terms",
        "title_terms",
        "terms",
        "numbers",
        "names",
        "bigrams",
        "counts",
        "claim_folded",
        "title_folded",
        "claim_grams",
        "title_grams",
        "words",
        "grams",
        "char_stamp",
        "char_claim",
        "char_title",
    )

    def __init__(self, key: Any, claim: str, title: str) -> None:
        self.key, self.claim, self.title = key, claim, title
        self._ready = False
        self.char_stamp = -1

    def ready(self) -> _Doc:
        if not self._ready:
            claim, title = self.claim, self.title
            claim_words, title_words = _words(claim), _words(title)
            self.claim_terms = _terms_of(claim_words)
            self.title_terms = _terms_of(title_words)
            self.terms = set(self.claim_terms) | set(self.title_terms)
            self.counts = Counter(self.claim_terms + self.title_terms)
            self.words = set(claim_words) | set(title_words)
            self.numbers = {w.lstrip("0") or "0" for w in self.words if w.isdigit()}
            self.names = _names(claim) | _names(title)
            self.bigrams = _bigrams(self.claim_terms) | _bigrams(self.title_terms)
            self.claim_folded = " ".join(claim_words)
            self.title_folded = " ".join(title_words)
            self.claim_grams = _char_grams(self.claim_folded)
            self.title_grams = _char_grams(self.title_folded)
            self.grams = set(self.claim_grams) | set(self.title_grams)
            self._ready = True
        return self


def _segment(word: str, vocab: Counter, total: int) -> list[str]:
    """``word`` cut into the likeliest sequence of archive words (``sonicmovie`` -> ``sonic movie``), or []."""
    n = len(word)
    best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
    for end in range(2, n + 1):
        for start in range(max(0, end - 20), end - 1):
            if best[start][0] == math.inf:
                continue
            count = vocab.get(word[start:end])
            if count:
                cost = best[start][0] + math.log(total / count) + SEGMENT_PENALTY
                if cost < best[end][0]:
                    best[end] = (cost, start)
    if best[n][0] == math.inf:
        return []
    pieces, end = [], n
    while end > 0:
        start = best[end][1]
        pieces.append(word[start:end])
        end = start
    return pieces[::-1] if len(pieces) > 1 else []


class _Query:
    def __init__(self, text: str, vocab: Counter | None = None, total: int = 0) -> None:
        self.raw = text or ""
        self.text, self.author, self.handles = _clean(self.raw)
        dates = [m.group("date") for m in SIGNATURE.finditer(html.unescape(self.raw)) if m.group("date")]
        date = _words(dates[-1]) if dates else []  # the tweet's date: ["january", "6", "2020"]
        self.month, self.year = (date[0][:3], date[-1]) if len(date) == 3 else ("", "")
        self.terms = _terms(self.text)
        if vocab:
            for w in _words(self.text):
                if len(w) >= 6 and w.isalpha() and w not in vocab:
                    self.terms.extend(_terms(" ".join(_segment(w, vocab, total))))
        self.term_set = set(self.terms)
        self.author_terms = set(_terms(self.author)) - self.term_set
        self.handle_terms = set(_terms(self.handles)) - self.term_set - self.author_terms
        self.numbers = _numbers(self.text)
        self.names = _names(self.text)
        self.bigrams = _bigrams(self.terms)
        self.words = _words(self.text)
        self.folded = " ".join(self.words)
        self.char_grams = _char_grams(self.folded)
        self.grams = set(self.char_grams)


FEATURES = (
    "bm25",
    "bm25_claim",
    "bm25_title",
    "bm25_rel",
    "bm25_gap",
    "inv_rank",
    "author_bm25",
    "cover_doc",
    "cover_query",
    "cover_title",
    "cosine",
    "bigrams",
    "bigram_frac",
    "numbers_shared",
    "numbers_missing",
    "names_shared",
    "names_frac",
    "author_in_doc",
    "fuzz_claim",
    "fuzz_title",
    "grams",
    "doc_len",
    "rank_claim",
    "rank_title",
    "char_claim",
    "char_title",
    "char_both",
    "ql",
    "prf",
    "max_idf",
    "shared_terms",
    "words_jaccard",
    "len_ratio",
    "names_idf",
    "handles_in_doc",
    "bigram_idf",
    "partial_title",
    "query_len",
    "date_in_doc",
    "assoc",
)


def relative(rows: list[list[float]]) -> list[list[float]]:
    """Each candidate's features, then the same minus the best and minus the mean over the candidates:
    a ranker cares how a candidate compares with the others for the same query."""
    if not rows:
        return []
    cols = list(zip(*rows, strict=True))
    best = [max(c) for c in cols]
    mean = [sum(c) / len(c) for c in cols]
    return [
        r + [x - m for x, m in zip(r, best, strict=True)] + [x - m for x, m in zip(r, mean, strict=True)] for r in rows
    ]


def load_model(path: Path | str | None = None) -> dict | None:
    path = Path(path) if path else MODEL_PATH
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if model.get("features") != list(FEATURES):
        return None  # trained for another feature set: fall back rather than mis-score
    return model


class Matcher:
    """Ranks checked claims ``(key, claim, title)`` against a query. Build once, query many times."""

    def __init__(self, docs: Iterable[tuple[Any, str, str]] = (), model: dict | None | bool = True) -> None:
        self.docs: list[_Doc] = []
        self.claim_index = _Field()
        self.title_index = _Field()
        self.vocab: Counter = Counter()
        self.gram_df: Counter = Counter()
        self._ctf: dict[str, float] = {}
        self._assoc: dict[str, dict[str, float]] | None = None
        self._assoc_pairs: Counter = Counter()
        self._assoc_df: Counter = Counter()
        self.model = load_model() if model is True else (model or None)
        self.add(docs)
        for index in (self.claim_index, self.title_index):  # pay the freeze at build, not on the first query
            if index.lengths:
                index.freeze()
        self.associations()

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, docs: Iterable[tuple[Any, str, str]]) -> None:
        """Index more checked claims (the archive grows incrementally; keys should be unique)."""
        for key, claim, title in docs:
            doc = _Doc(key, claim or "", title or "")
            self.docs.append(doc)
            words = _words(doc.claim + " " + doc.title)
            self.vocab.update(words)
            if len(self.docs) <= GRAM_DF_DOCS:
                self.gram_df.update(_char_grams(" ".join(words)).keys())
            claim_terms, title_terms = _terms(doc.claim), _terms(doc.title)
            self.claim_index.add(claim_terms)
            self.title_index.add(title_terms)
            if len(self.docs) <= ASSOC_DOCS:
                claim, title = set(claim_terms), set(title_terms)
                self._assoc_df.update(claim | title)
                self._assoc_pairs.update((a, b) if a < b else (b, a) for a in claim for b in title if a != b)
                self._assoc = None
        self._ctf = {}

    def idf(self, term: str) -> float:
        return self.claim_index.idf(term)

    def gram_idf(self, gram: str) -> float:
        return math.log((min(len(self.docs), GRAM_DF_DOCS) + 1) / (self.gram_df.get(gram, 0) + 1))

    def ctf(self, term: str) -> float:
        """How often ``term`` occurs in the archive (claims and titles), as a share of all words."""
        p = self._ctf.get(term)
        if p is None:
            n = 0
            for index in (self.claim_index, self.title_index):
                posting = index.postings.get(term)
                if posting is not None:
                    n += sum(posting[1])
            total = self.claim_index.total + self.title_index.total or 1
            p = self._ctf[term] = (n + 0.5) / total
        return p

    def query(self, text: str) -> _Query:
        return _Query(text, self.vocab, self.vocab.total())

    # -- stage 1 ---------------------------------------------------------------------------------
    def _bm25(self, terms: Iterable[str], weight: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        claim = np.zeros(len(self.docs), dtype=np.float32)
        title = np.zeros(len(self.docs), dtype=np.float32)
        self.claim_index.score(terms, claim, weight)
        self.title_index.score(terms, title, weight)
        return claim, title

    def candidates(self, query: _Query, n: int = CANDIDATES) -> list[tuple[int, float, float, float]]:
        """(doc, bm25, bm25 claim, bm25 title) of the best ``n`` docs by BM25 over both fields."""
        claim, title = self._bm25(query.terms)
        for extra, weight in ((query.author_terms, AUTHOR_WEIGHT), (query.handle_terms, HANDLE_WEIGHT)):
            if extra and weight:
                self.claim_index.score(extra, claim, weight)
                self.title_index.score(extra, title, weight)
        total = claim + title
        hits = np.flatnonzero(total > 0)
        if len(hits) > n:
            hits = hits[np.argpartition(-total[hits], n - 1)[:n]]
        hits = hits[np.lexsort((hits, -total[hits]))]  # best first, ties by archive order
        return [(int(i), float(total[i]), float(claim[i]), float(title[i])) for i in hits]

    # -- stage 2 ---------------------------------------------------------------------------------
    def features(self, query: _Query, cands: list[tuple[int, float, float, float]]) -> list[list[float]]:
        if not cands:
            return []
        top = cands[0][1] or 1.0
        author = None
        if query.author_terms:
            author_claim, author_title = self._bm25(query.author_terms)
            author = author_claim + author_title
        idf = self.idf
        q_weights = {t: idf(t) for t in query.term_set}
        q_counts = Counter(query.terms)
        q_norm = math.sqrt(sum((c * q_weights[t]) ** 2 for t, c in q_counts.items())) or 1.0
        q_total = sum(q_weights.values()) or 1.0
        q_words = set(query.words)
        q_names_w = {n: idf(n) for n in query.names}
        handles = query.handle_terms | query.author_terms
        gram_idf = self.gram_idf
        q_gram_w = {g: c * gram_idf(g) for g, c in query.char_grams.items()}
        q_gram_norm = math.sqrt(sum(w * w for w in q_gram_w.values())) or 1.0
        q_gram_w = {g: w / q_gram_norm for g, w in q_gram_w.items()}
        ctf = self.ctf
        q_ctf = {t: ctf(t) for t in query.term_set}
        docs = [self.docs[i].ready() for i, *_ in cands]
        rank_claim = _ranks([c[2] for c in cands])
        rank_title = _ranks([c[3] for c in cands])
        prf = self._prf(query, cands, docs)
        rows = []
        for rank, ((i, s, s_claim, s_title), d) in enumerate(zip(cands, docs, strict=True)):
            d_weights = {t: idf(t) for t in d.terms}
            d_total = sum(d_weights.values()) or 1.0
            shared = query.term_set & d.terms
            shared_w = sum(d_weights[t] for t in shared)
            title_set = set(d.title_terms)
            t_total = sum(d_weights[t] for t in title_set) or 1.0
            d_counts = d.counts
            dot = sum(q_counts[t] * d_counts[t] * d_weights[t] ** 2 for t in shared)
            d_norm = math.sqrt(sum((c * d_weights[t]) ** 2 for t, c in d_counts.items())) or 1.0
            bigrams = query.bigrams & d.bigrams
            numbers = len(query.numbers & d.numbers)
            names = query.names & d.names
            d_len = len(d.claim_terms) + len(d.title_terms)
            w_claim, w_title = self._char_weights(d)
            char_claim = sum(v * q_gram_w[g] for g, v in w_claim.items() if g in q_gram_w)
            char_title = sum(v * q_gram_w[g] for g, v in w_title.items() if g in q_gram_w)
            ql = sum(
                c * math.log(1 + d_counts[t] / (QL_MU * q_ctf[t])) for t, c in q_counts.items() if t in d_counts
            ) + len(query.terms) * math.log(QL_MU / (d_len + QL_MU))
            rows.append(
                [
                    s,
                    s_claim,
                    s_title,
                    s / top,
                    top - s,
                    1.0 / (rank + 1),
                    float(author[i]) if author is not None else 0.0,
                    shared_w / d_total,
                    sum(q_weights[t] for t in shared) / q_total,
                    sum(d_weights[t] for t in shared & title_set) / t_total,
                    dot / (q_norm * d_norm),
                    float(len(bigrams)),
                    len(bigrams) / (len(d.bigrams) or 1),
                    float(numbers),
                    float(len(d.numbers - query.numbers)),
                    float(len(names)),
                    len(names) / (len(d.names) or 1),
                    float(bool(query.author_terms & d.terms)),
                    fuzz.token_set_ratio(query.folded, d.claim_folded) / 100.0,
                    fuzz.token_set_ratio(query.folded, d.title_folded) / 100.0,
                    len(query.grams & d.grams) / (len(d.grams) or 1),
                    math.log1p(d_len),
                    rank_claim[rank],
                    rank_title[rank],
                    char_claim,
                    char_title,
                    (char_claim + char_title) / (math.sqrt(2) if w_title and w_claim else 1.0),
                    ql,
                    prf[rank],
                    max((d_weights[t] for t in shared), default=0.0),
                    float(len(shared)),
                    len(q_words & d.words) / (len(q_words | d.words) or 1),
                    math.log((d_len + 1) / (len(query.terms) + 1)),
                    sum(q_names_w[n] for n in names),
                    float(len(handles & d.terms)),
                    sum(min(q_weights.get(a, 0.0), q_weights.get(b, 0.0)) for a, b in bigrams),
                    fuzz.partial_ratio(d.title_folded, query.folded) / 100.0 if d.title_folded else 0.0,
                    math.log1p(len(query.terms)),
                    float(bool(query.year) and query.year in d.numbers)
                    + float(bool(query.month) and any(w[:3] == query.month for w in d.words if w.isalpha())),
                    self._assoc_cover(query, q_weights, q_total, d),
                ]
            )
        return rows

    def _assoc_cover(self, query: _Query, q_weights: dict[str, float], q_total: float, d: _Doc) -> float:
        """The idf-weighted share of the query's terms the doc lacks but has an associated term for (terms that
        go together in the archive's claims and their titles, :meth:`associations`)."""
        assoc = self.associations()
        out = 0.0
        terms = d.terms
        for t in query.term_set - terms:
            near = assoc.get(t)
            if near:
                if len(near) > len(terms):
                    best = max((near.get(w, 0.0) for w in terms), default=0.0)
                else:
                    best = max((v for w, v in near.items() if w in terms), default=0.0)
                out += q_weights[t] * best
        return out / q_total

    def associations(self) -> dict[str, dict[str, float]]:
        """For each term, the terms most associated with it across a claim and its title (Dice coefficient over
        the archive: ``migrants`` in a claim and ``immigrants`` in its title), built on first use."""
        if self._assoc is not None:
            return self._assoc
        df = self._assoc_df
        assoc: dict[str, dict[str, float]] = {}
        for (a, b), n in self._assoc_pairs.items():
            if n >= 2:
                dice = 2 * n / (df[a] + df[b])
                assoc.setdefault(a, {})[b] = dice
                assoc.setdefault(b, {})[a] = dice
        self._assoc = assoc
        return assoc

    def _char_weights(self, d: _Doc) -> tuple[dict[str, float], dict[str, float]]:
        """The doc's claim and title as unit-length tf-idf vectors of character n-grams, kept on the doc until
        the archive grows."""
        if d.char_stamp != len(self.docs):
            gram_idf = self.gram_idf
            out = []
            for grams in (d.claim_grams, d.title_grams):
                w = {g: c * gram_idf(g) for g, c in grams.items()}
                norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
                out.append({g: v / norm for g, v in w.items()})
            d.char_claim, d.char_title = out
            d.char_stamp = len(self.docs)
        return d.char_claim, d.char_title

    def _prf(self, query: _Query, cands: list[tuple[int, float, float, float]], docs: list[_Doc]) -> list[float]:
        """Pseudo-relevance feedback: the idf-weighted terms the best ``PRF_DOCS`` candidates have and the
        query lacks, and for each candidate the share of their weight it has."""
        top = cands[0][1] or 1.0
        weights: Counter = Counter()
        for (_, s, _, _), d in zip(cands[:PRF_DOCS], docs, strict=False):
            n = sum(d.counts.values()) or 1
            for t, c in d.counts.items():
                if t not in query.term_set:
                    weights[t] += math.exp(s / top * 5) * c / n
        idf = self.idf
        expansion = {t: w * idf(t) for t, w in weights.items()}
        best = dict(sorted(expansion.items(), key=lambda kv: -kv[1])[:PRF_TERMS])
        total = sum(best.values()) or 1.0
        return [sum(w for t, w in best.items() if t in d.terms) / total for d in docs]

    def _score(self, rows: list[list[float]]) -> list[float]:
        model = self.model
        if not model:
            return [r[0] for r in rows]
        mean, scale, coef, b = model["mean"], model["scale"], model["coef"], model["intercept"]
        w = np.array(coef, dtype=np.float64) / np.where(np.array(scale) > 0, scale, 1.0)
        b -= float(w @ np.array(mean, dtype=np.float64))
        return (np.array(relative(rows), dtype=np.float64) @ w + b).tolist()

    def rank(self, query: str, k: int = 5) -> list[Match]:
        """The ``k`` checked claims most likely to cover ``query``, best first."""
        if k <= 0 or not self.docs:
            return []
        q = self.query(query)
        cands = self.candidates(q, max(CANDIDATES, k))
        if not cands:
            return []
        rows = self.features(q, cands)
        scores = self._score(rows)
        order = sorted(range(len(cands)), key=lambda j: (-scores[j], j))[:k]
        return [
            Match(
                self.docs[cands[j][0]].key, float(scores[j]), self._shared(q, self.docs[cands[j][0]]), overlap(rows[j])
            )
            for j in order
        ]

    def closest(self, query: str, k: int = 3, candidates: int = 10) -> list[Match]:
        """The ``k`` docs among the best ``candidates`` by BM25 that share the most with ``query``, by
        ``Match.overlap`` (``score`` is then their BM25): for thresholds, without ``rank``'s re-ranking of
        ``CANDIDATES`` (a tenth of the time)."""
        if k <= 0 or not self.docs:
            return []
        q = self.query(query)
        idf = self.idf
        q_weights = {t: idf(t) for t in q.term_set}
        q_total = sum(q_weights.values()) or 1.0
        found = []
        for i, s, _, _ in self.candidates(q, max(candidates, k)):
            d = self.docs[i].ready()
            d_weights = {t: idf(t) for t in d.terms}
            shared = q.term_set & d.terms
            cover_doc = sum(d_weights[t] for t in shared) / (sum(d_weights.values()) or 1.0)
            cover_query = sum(q_weights[t] for t in shared) / q_total
            found.append((d, s, overlap_of(cover_doc, cover_query)))
        found.sort(key=lambda f: -f[2])
        return [Match(d.key, s, self._shared(q, d), o) for d, s, o in found[:k]]

    @staticmethod
    def _shared(q: _Query, d: _Doc) -> tuple[str, ...]:
        """Words of the claim/title (as written) whose stem the query has, and shared numbers."""
        d.ready()
        out: dict[str, None] = {}
        for w in WORD.findall(NUMBER_SEP.sub("", d.claim + " " + d.title)):
            f = _fold(w)
            if f in STOP:
                continue
            if f.isdigit():
                if (f.lstrip("0") or "0") in q.numbers:
                    out.setdefault(w, None)
            elif (len(f) > 1) and _stem(f) in q.term_set:
                out.setdefault(w, None)
        return tuple(out)
