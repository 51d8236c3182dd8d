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
   taken relative to the best and to the mean over the candidates (:func:`relative`), and a linear
   model combines them (since issue 15's third round fitted listwise, see below). Its coefficients are in
   ``matching_model.json`` next to this file; without the file (or if it was trained for other features),
   candidates keep their BM25 order.

Unknown long words (lower-case hashtags such as ``#sonicmovie``) are cut into archive words. The tweet
author's name (from the signature, weight ``AUTHOR_WEIGHT``) and the @handles split into words
(``HANDLE_WEIGHT``) are added to the BM25 query: tweets are often *by* or *at* the person a claim is about.

Cost (2 cores shared with other work, one used; ``bench/matching.py``, dev tweets, medians of three runs):
building over the 10,375 CLEF claims about 4 s, a query about 12 ms (p90 19 ms); over 100,000 claims
(``--archive-size``) about 16 s and 17 ms (p90 23 ms), where the version before took 30 and 41 ms, run
alternately with this one (74 ms at 100,000 on a busier machine). With 100 candidates (issue 15's third round),
on a machine loaded about 5 on its 2 cores, run alternately with the 50 of before on 200 train tweets: 31 against
23 ms at 10,000 claims, 55 against 26 ms at 100,000 (dev: 35 and 45 ms); a third of the extra is the first
meeting with a claim (:meth:`_Doc.ready`), which a long-running process pays once. Each query meets
mostly claims it has not met before, so what a claim needs for the features is made cheap to work out the first
time and kept:

* Stage 1 adds per-term numpy arrays of BM25 impacts, precomputed at build (about 2 ms at 100,000 claims).
  The author's BM25, a feature, is read at the candidates only (a binary search in each posting list).
* A claim's terms and folded words are kept from indexing; its numbers, names (stems of capitalised words,
  memoised), bigrams (one string each: no tuples for the garbage collector) when it first is a candidate; its
  idf weights and norms until the archive grows. Term and n-gram idf are memoised (emptied by ``add``).
* The character n-gram features are computed for all candidates at once in numpy: 4-grams coded as integers
  (16 bits a character), their idf by binary search in a sorted table of the counted ones, the cosines'
  numerators as sums over occurrences; a claim's n-gram norms and its number of distinct n-grams are kept. A
  text with a character the coding cannot hold (at or above U+D800: rare in words) takes the pure-Python path,
  which gives the same figures.
* The model's standardisation is folded into its coefficients once; ``relative`` and the product are numpy.

None of this is approximate: on the 997 dev and train tweets the features agree with the first version's to
1e-14 and the rankings, scores and ``closest`` are the same.

The index keeps, per checked claim, its texts, terms and folded words, and two compact posting arrays (numpy). It
is in memory only: rebuild it from the database at start-up (or keep one per process) and ``add`` new checked
claims as they are published (the next query re-freezes the postings, O(archive)).

How the model was trained: ``bench/matching.py --train`` builds the matcher over the 10,373 checked claims
of CLEF 2020 CheckThat! Task 2, takes for each of the 800 *train* tweets the top ``CANDIDATES`` candidates,
labels the gold claim 1 and the others 0, and fits a linear model on those rows (standardised features). The
first rounds fitted a class-balanced logistic regression (``--objective pointwise``); the third round fits a
conditional logit instead (``listwise``: a softmax over each tweet's candidates, the gold claim's likelihood
maximised, L2 1 / (2 C) with C = 1.67), which scores a candidate against the others of the same tweet, as a
ranking needs. ``--cv 5`` first reports the same fit's MAP@1/3/5 and MRR by 5-fold cross-validation over the
train tweets, which is what the features, the fit and ``CANDIDATES`` were chosen on (train CV MAP@5 0.858 with
the first round's 22 features, 0.878 with these 40; 0.883 fitted listwise over 50 candidates, 0.887 over the 100
of today, where the gold claim is among the candidates for 783 of the 800 train tweets instead of 772; 200
candidates gave 0.889 at twice the re-ranking time). Only the train split is used; dev is for reporting. The model
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
CANDIDATES = 100
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


_NAME_CACHE: dict[str, str] = {}  # a capitalised word as written -> its stem, or "" if no name


def _names(text: str) -> set[str]:
    names: set[str] = set()
    add = names.add
    cache = _NAME_CACHE
    for word in NAME.findall(text):
        name = cache.get(word)
        if name is None:
            w = _fold(word).strip("'’-")
            name = _stem(w) if w and w not in NAME_STOP and w not in STOP else ""
            if len(cache) < 500_000:
                cache[word] = name
        if name:
            add(name)
    return names


def _bigrams(terms: list[str] | tuple[str, ...]) -> set[str]:
    """Adjacent terms, each pair as one string ``"a b"`` (terms have no spaces; strings cost the garbage
    collector nothing, tuples would)."""
    return set(map(" ".join, zip(terms, terms[1:], strict=False)))


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
    return Counter([s[i : i + n] for n in GRAM_SIZES for i in range(len(s) - n + 1)])


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
        self._idf: dict[str, float] = {}  # memo of ``idf``, emptied by ``add``

    def add(self, terms: list[str] | tuple[str, ...]) -> None:
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
        if self._idf:
            self._idf = {}

    def idf(self, term: str) -> float:
        idf = self._idf.get(term)
        if idf is None:
            posting = self.postings.get(term)
            n = len(posting[0]) if posting else 0
            idf = self._idf[term] = math.log(1 + (len(self.lengths) - n + 0.5) / (n + 0.5))
        return idf

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

    def impacts(self) -> dict[str, tuple[np.ndarray, np.ndarray]]:
        return self._impacts if self._impacts is not None else self.freeze()

    def score(self, terms: Iterable[str], into: np.ndarray, weight: float = 1.0) -> None:
        if not self.lengths:
            return
        impacts = self.impacts()
        for term, count in Counter(terms).items():
            hit = impacts.get(term)
            if hit is not None:
                into[hit[0]] += (weight * count) * hit[1]

    def score_at(self, terms: Iterable[str], docs: np.ndarray, into: np.ndarray, weight: float = 1.0) -> None:
        """``score`` for the (sorted) ``docs`` only, into ``into[j]`` for ``docs[j]``: postings are in doc
        order, so each term costs a binary search instead of a pass over the archive."""
        if not self.lengths or not len(docs):
            return
        impacts = self.impacts()
        for term, count in Counter(terms).items():
            hit = impacts.get(term)
            if hit is not None:
                at = np.searchsorted(hit[0], docs)
                np.minimum(at, len(hit[0]) - 1, out=at)
                found = hit[0][at] == docs
                into[found] += (weight * count) * hit[1][at[found]]


class _Doc:
    """A checked claim. Its terms are kept from indexing; its numbers, names, bigrams and character n-grams are
    worked out when it first is a candidate, and what depends on the archive (idf weights, norms) is kept
    until the archive grows."""

    __slots__ = (
        "key",
        "claim",
        "title",
        "_ready",
        "claim_terms",
        "title_terms",
        "terms",
        "title_set",
        "numbers",
        "names",
        "bigrams",
        "counts",
        "length",
        "log_length",
        "claim_folded",
        "title_folded",
        "claim_grams",
        "title_grams",
        "words",
        "months",
        "grams",
        "stamp",
        "char_stamp",
        "claim_norm",
        "title_norm",
        "both_grams",
        "n_grams",
        "weights",
        "weight_total",
        "title_total",
        "norm",
    )

    def __init__(
        self,
        key: Any,
        claim: str,
        title: str,
        claim_words: list[str] | None = None,
        title_words: list[str] | None = None,
    ) -> None:
        self.key, self.claim, self.title = key, claim, title
        self._ready = False
        self.stamp = self.char_stamp = -1
        self.claim_grams = self.title_grams = self.grams = None
        if claim_words is None or title_words is None:
            claim_words, title_words = _words(claim), _words(title)
        self.claim_terms, self.title_terms = tuple(_terms_of(claim_words)), tuple(_terms_of(title_words))
        # the folded words joined by spaces (words have none): the fuzzy and n-gram features' texts
        self.claim_folded, self.title_folded = " ".join(claim_words), " ".join(title_words)

    def ready(self) -> _Doc:
        if not self._ready:
            claim_terms, title_terms = self.claim_terms, self.title_terms
            self.title_set = set(title_terms)
            self.terms = set(claim_terms) | self.title_set
            self.counts = dict(Counter(claim_terms + title_terms))  # a plain dict is not tracked by the gc
            self.length = len(claim_terms) + len(title_terms)
            self.log_length = math.log1p(self.length)
            self.words = words = set(self.claim_folded.split()) | set(self.title_folded.split())
            numbers, months = set(), set()
            for w in words:
                if w.isdigit():
                    numbers.add(w.lstrip("0") or "0")
                elif w.isalpha():
                    months.add(w[:3])
            self.numbers, self.months = numbers, months
            self.names = _names(self.claim) | _names(self.title)
            self.bigrams = _bigrams(claim_terms) | _bigrams(title_terms)
            self._ready = True
        return self

    def char_grams(self) -> tuple[Counter, Counter, set[str]]:
        """The claim's and the title's character n-grams with their counts, and both together (kept: only the
        pure-Python path of :meth:`Matcher.char_features` needs them)."""
        self.ready()
        if self.claim_grams is None:
            self.claim_grams = _char_grams(self.claim_folded)
            self.title_grams = _char_grams(self.title_folded)
            self.grams = self.claim_grams.keys() | self.title_grams.keys()
        return self.claim_grams, self.title_grams, self.grams


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


def _model_weights(model: dict) -> tuple[np.ndarray, float]:
    """The model's coefficients on raw ``relative`` features (its standardisation folded in), and intercept."""
    mean, scale, coef = (np.array(model[k], dtype=np.float64) for k in ("mean", "scale", "coef"))
    w = coef / np.where(scale > 0, scale, 1.0)
    return w, float(model["intercept"]) - float(w @ mean)


def load_model(path: Path | str | None = None) -> dict | None:
    path = Path(path) if path else MODEL_PATH
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if model.get("features") != list(FEATURES):
        return None  # trained for another feature set: fall back rather than mis-score
    return model


_CODE_LIMIT = 0xD800  # characters below the surrogates: 16 bits each, a 4-gram in one uint64


def _gram_codes(grams: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Each 4-character n-gram as one integer (its characters' code points, 16 bits each), and which could be
    coded (no character at or above ``_CODE_LIMIT``)."""
    if not grams:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=bool)
    cps = np.frombuffer("".join(grams).encode("utf-32-le"), dtype=np.uint32).reshape(-1, 4)
    ok = (cps < _CODE_LIMIT).all(axis=1)
    c = cps.astype(np.uint64)
    return (c[:, 0] << 48) | (c[:, 1] << 32) | (c[:, 2] << 16) | c[:, 3], ok


def _text_grams(docs: list[_Doc]) -> tuple[np.ndarray, np.ndarray] | None:
    """The character 4-grams of the docs' claims and titles (each as ``" " + folded + " "``), as codes
    (:func:`_gram_codes`), with the text each is in (``2 * doc`` for the claim, ``2 * doc + 1`` for the title);
    None if a text has a character that cannot be coded."""
    texts = []
    for d in docs:
        texts.append(" " + d.claim_folded + " ")
        texts.append(" " + d.title_folded + " ")
    joined = "".join(texts)
    if joined.isascii():
        cps = np.frombuffer(joined.encode("ascii"), dtype=np.uint8).astype(np.uint64)
    else:
        cps = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        if cps.max() >= _CODE_LIMIT:
            return None
        cps = cps.astype(np.uint64)
    n = len(cps) - 3
    if n <= 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    seg = np.repeat(np.arange(len(texts)), lengths)[:n]
    keep = np.arange(4, n + 4) <= np.cumsum(lengths)[seg]  # the n-gram ends inside its own text
    codes = ((cps[:-3] << 48) | (cps[1:-2] << 32) | (cps[2:-1] << 16) | cps[3:])[keep]
    return codes, seg[keep]


class Matcher:
    """Ranks checked claims ``(key, claim, title)`` against a query. Build once, query many times."""

    def __init__(self, docs: Iterable[tuple[Any, str, str]] = (), model: dict | None | bool = True) -> None:
        self.docs: list[_Doc] = []
        self.claim_index = _Field()
        self.title_index = _Field()
        self.vocab: Counter = Counter()
        self._vocab_total = 0
        self.gram_df: Counter = Counter()
        self._gram_idf: dict[str, float] = {}
        self._gram_idf_n = -1
        self._gram_codes: tuple[dict[str, float], np.ndarray, np.ndarray] | None = None
        self._ctf: dict[str, float] = {}
        self._assoc: dict[str, dict[str, float]] | None = None
        self._assoc_pairs: Counter = Counter()
        self._assoc_df: Counter = Counter()
        self.model = load_model() if model is True else (model or None)
        self._weights: tuple[Any, tuple[np.ndarray, float] | None] = (None, None)
        self.add(docs)
        for index in (self.claim_index, self.title_index):  # pay the freeze at build, not on the first query
            if index.lengths:
                index.freeze()
        self.associations()
        self._gram_table()

    def __len__(self) -> int:
        return len(self.docs)

    def add(self, docs: Iterable[tuple[Any, str, str]]) -> None:
        """Index more checked claims (the archive grows incrementally; keys should be unique)."""
        for key, claim, title in docs:
            claim, title = claim or "", title or ""
            claim_words, title_words = _words(claim), _words(title)
            doc = _Doc(key, claim, title, claim_words, title_words)
            self.docs.append(doc)
            claim_terms, title_terms = doc.claim_terms, doc.title_terms
            words = claim_words + title_words  # the words of claim and title, as ``_words`` of both
            self.vocab.update(words)
            if len(self.docs) <= GRAM_DF_DOCS:
                self.gram_df.update(_char_grams(" ".join(words)).keys())
            self.claim_index.add(claim_terms)
            self.title_index.add(title_terms)
            if len(self.docs) <= ASSOC_DOCS:
                claim_set, title_set = set(claim_terms), set(title_terms)
                self._assoc_df.update(claim_set | title_set)
                self._assoc_pairs.update((a, b) if a < b else (b, a) for a in claim_set for b in title_set if a != b)
                self._assoc = None
        self._ctf = {}
        self._vocab_total = self.vocab.total()

    def idf(self, term: str) -> float:
        return self.claim_index.idf(term)

    def _gram_idfs(self) -> tuple[dict[str, float], float]:
        """The idf of every counted character n-gram, and that of an n-gram never counted (the archive's
        first ``GRAM_DF_DOCS`` claims only are counted, so these stop changing there)."""
        n = min(len(self.docs), GRAM_DF_DOCS)
        if self._gram_idf_n != n:
            log, top = math.log, n + 1
            self._gram_idf = {g: log(top / (df + 1)) for g, df in self.gram_df.items()}
            self._gram_idf_n = n
        return self._gram_idf, math.log((n + 1) / 1)

    def gram_idf(self, gram: str) -> float:
        idfs, unseen = self._gram_idfs()
        return idfs.get(gram, unseen)

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
        return _Query(text, self.vocab, self._vocab_total)

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
    def _doc(self, i: int) -> _Doc:
        """Doc ``i`` with its details, its idf weights and its character n-gram vectors for this archive."""
        d = self.docs[i]
        if not d._ready:
            d.ready()
        stamp = len(self.docs)
        if d.stamp != stamp:
            idf = self.idf
            w = {t: idf(t) for t in d.terms}
            d.weights = w
            d.weight_total = sum(w.values()) or 1.0
            d.title_total = sum(w[t] for t in d.title_set) or 1.0
            d.norm = math.sqrt(sum((c * w[t]) ** 2 for t, c in d.counts.items())) or 1.0
            d.stamp = stamp
        return d

    def _author_scores(self, query: _Query, cands: list[tuple[int, float, float, float]]) -> list[float] | None:
        """BM25 (weight 1, both fields) of the tweet author's name, for the candidates only."""
        if not query.author_terms:
            return None
        ids = np.array([c[0] for c in cands], dtype=np.int32)
        order = np.argsort(ids, kind="stable")
        docs = ids[order]
        claim = np.zeros(len(ids), dtype=np.float32)
        title = np.zeros(len(ids), dtype=np.float32)
        self.claim_index.score_at(query.author_terms, docs, claim)
        self.title_index.score_at(query.author_terms, docs, title)
        out = np.empty(len(ids), dtype=np.float32)
        out[order] = claim + title
        return out.tolist()

    def features(self, query: _Query, cands: list[tuple[int, float, float, float]]) -> list[list[float]]:
        if not cands:
            return []
        top = cands[0][1] or 1.0
        author = self._author_scores(query, cands)
        idf = self.idf
        q_terms = query.term_set
        q_weights = {t: idf(t) for t in q_terms}
        q_counts = Counter(query.terms)
        q_norm = math.sqrt(sum((c * q_weights[t]) ** 2 for t, c in q_counts.items())) or 1.0
        q_total = sum(q_weights.values()) or 1.0
        q_words = set(query.words)
        q_names_w = {n: idf(n) for n in query.names}
        handles = query.handle_terms | query.author_terms
        q_bigrams = query.bigrams
        q_bigram_w = {}  # a query bigram's weight: the lower idf of its two terms
        for bigram in q_bigrams:
            a, b = bigram.split(" ")
            q_bigram_w[bigram] = min(q_weights.get(a, 0.0), q_weights.get(b, 0.0))
        q_numbers = query.numbers
        q_names = query.names
        author_terms = query.author_terms
        ctf = self.ctf
        q_ql = [(t, c, QL_MU * ctf(t)) for t, c in q_counts.items()]
        ql_len = len(query.terms)
        query_len = math.log1p(len(query.terms))
        date_year = query.year
        date_month = query.month
        folded = query.folded
        token_set_ratio, partial_ratio = fuzz.token_set_ratio, fuzz.partial_ratio
        log = math.log
        assoc = self.associations()
        q_near = {t: near for t in q_terms if (near := assoc.get(t))}
        docs = [self._doc(i) for i, *_ in cands]
        rank_claim = _ranks([c[2] for c in cands])
        rank_title = _ranks([c[3] for c in cands])
        prf = self._prf(query, cands, docs)
        chars = self.char_features(query, docs)
        rows = []
        for rank, ((_, s, s_claim, s_title), d) in enumerate(zip(cands, docs, strict=True)):
            d_weights = d.weights
            d_terms = d.terms
            shared = q_terms & d_terms
            shared_w = 0.0
            dot = 0.0
            max_w = 0.0
            d_counts = d.counts
            for t in shared:
                w = d_weights[t]
                shared_w += w
                dot += q_counts[t] * d_counts[t] * w**2
                if w > max_w:
                    max_w = w
            d_bigrams = d.bigrams
            bigrams = q_bigrams & d_bigrams
            names = q_names & d.names
            d_len = d.length
            char_claim, char_title, char_both, grams = chars[rank]
            ql = 0.0
            for t, c, mu_ctf in q_ql:
                if t in d_counts:
                    ql += c * log(1 + d_counts[t] / (mu_ctf))
            ql += ql_len * log(QL_MU / (d_len + QL_MU))
            words_shared = len(q_words & d.words)
            missing = q_terms - d_terms
            assoc_w = 0.0
            for t in missing:
                near = q_near.get(t)
                if near:
                    common = near.keys() & d_terms
                    if common:
                        assoc_w += q_weights[t] * max([near[w] for w in common])
            rows.append(
                [
                    s,
                    s_claim,
                    s_title,
                    s / top,
                    top - s,
                    1.0 / (rank + 1),
                    author[rank] if author is not None else 0.0,
                    shared_w / d.weight_total,
                    shared_w / q_total,
                    sum([d_weights[t] for t in shared & d.title_set]) / d.title_total,
                    dot / (q_norm * d.norm),
                    float(len(bigrams)),
                    len(bigrams) / (len(d_bigrams) or 1),
                    float(len(q_numbers & d.numbers)),
                    float(len(d.numbers - q_numbers)),
                    float(len(names)),
                    len(names) / (len(d.names) or 1),
                    float(not author_terms.isdisjoint(d_terms)),
                    token_set_ratio(folded, d.claim_folded) / 100.0,
                    token_set_ratio(folded, d.title_folded) / 100.0,
                    grams,
                    d.log_length,
                    rank_claim[rank],
                    rank_title[rank],
                    char_claim,
                    char_title,
                    char_both,
                    ql,
                    prf[rank],
                    max_w,
                    float(len(shared)),
                    words_shared / ((len(q_words) + len(d.words) - words_shared) or 1),
                    log((d_len + 1) / (ql_len + 1)),
                    sum([q_names_w[n] for n in names]),
                    float(len(handles & d_terms)),
                    sum([q_bigram_w[b] for b in bigrams]),
                    partial_ratio(d.title_folded, folded) / 100.0 if d.title_folded else 0.0,
                    query_len,
                    float(bool(date_year) and date_year in d.numbers)
                    + float(bool(date_month) and date_month in d.months),
                    assoc_w / q_total,
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
                common = near.keys() & terms
                if common:
                    out += q_weights[t] * max([near[w] for w in common])
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

    def _query_grams(self, query: _Query) -> dict[str, float]:
        """The query as a unit-length tf-idf vector of character n-grams."""
        idfs, unseen = self._gram_idfs()
        w = {g: c * idfs.get(g, unseen) for g, c in query.char_grams.items()}
        norm = math.sqrt(sum(v * v for v in w.values())) or 1.0
        return {g: v / norm for g, v in w.items()}

    def char_features(self, query: _Query, docs: list[_Doc]) -> list[tuple[float, float, float, float]]:
        """For each doc: the cosine of its claim's and of its title's character n-gram tf-idf vector with the
        query's, their sum (over sqrt 2 when both have n-grams), and the share of its n-grams the query has.

        All docs at once in numpy (n-grams as integers, idf by binary search), or n-gram by n-gram in Python
        (:meth:`_char_features_py`, the reference) for a text with a character beyond the Basic Multilingual
        Plane's first 55,296, which does not fit the integer coding. Both give the same figures up to rounding.
        """
        q_weights = self._query_grams(query)
        if not docs:
            return []
        out = self._char_features_np(q_weights, docs)
        if out is not None:
            return out
        return self._char_features_py(q_weights, query.grams, docs)

    def _char_features_py(
        self, q_weights: dict[str, float], q_grams: set[str], docs: list[_Doc]
    ) -> list[tuple[float, float, float, float]]:
        idfs, unseen = self._gram_idfs()
        get = idfs.get
        sqrt2 = math.sqrt(2)
        out = []
        for d in docs:
            claim_grams, title_grams, grams = d.char_grams()
            cosines = []
            for counts in (claim_grams, title_grams):
                weights = {g: c * get(g, unseen) for g, c in counts.items()}
                norm = math.sqrt(sum([v * v for v in weights.values()])) or 1.0
                cosines.append(sum([v / norm * q_weights[g] for g, v in weights.items() if g in q_weights]))
            char_claim, char_title = cosines
            both = (char_claim + char_title) / (sqrt2 if claim_grams and title_grams else 1.0)
            out.append((char_claim, char_title, both, len(q_grams & grams) / (len(grams) or 1)))
        return out

    def _char_features_np(
        self, q_weights: dict[str, float], docs: list[_Doc]
    ) -> list[tuple[float, float, float, float]] | None:
        """:meth:`char_features` for all ``docs`` at once in numpy; None if it cannot be done so. What does not
        depend on the query (each text's tf-idf norm, the doc's number of distinct n-grams) is kept on the doc
        until the n-gram idf changes; the cosines' numerators are sums over the n-gram occurrences."""
        table = self._gram_table()
        grams = _text_grams(docs) if table is not None else None
        if grams is None:
            return None
        codes, seg = grams
        stamp = min(len(self.docs), GRAM_DF_DOCS)
        cold = [j for j, d in enumerate(docs) if d.char_stamp != stamp]
        if cold:
            self._char_norms(docs, cold, codes, seg, table, stamp)
        # the query's n-grams: sorted codes, each with idf * its weight in the query's unit vector
        idfs, unseen = self._gram_idfs()
        q_grams = [g for g in q_weights if len(g) == 4]
        q_codes, q_ok = _gram_codes(q_grams)
        q_value = np.fromiter((idfs.get(g, unseen) * q_weights[g] for g in q_grams), np.float64, len(q_grams))
        q_codes, q_value = q_codes[q_ok], q_value[q_ok]
        order = np.argsort(q_codes)
        q_codes, q_value = q_codes[order], q_value[order]
        n_seg = 2 * len(docs)
        if len(q_codes) and len(codes):
            at = np.minimum(np.searchsorted(q_codes, codes), len(q_codes) - 1)
            hit = q_codes[at] == codes
            seg_hit, at_hit = seg[hit], at[hit]
            dots = np.bincount(seg_hit, q_value[at_hit], minlength=n_seg)
            present = np.zeros((len(docs), len(q_codes)), dtype=bool)
            present[seg_hit >> 1, at_hit] = True
            shared = present.sum(axis=1).tolist()
        else:
            dots = np.zeros(n_seg)
            shared = [0] * len(docs)
        sqrt2 = math.sqrt(2)
        out = []
        for d, dot_claim, dot_title, n_shared in zip(
            docs, dots[0::2].tolist(), dots[1::2].tolist(), shared, strict=True
        ):
            char_claim, char_title = dot_claim / d.claim_norm, dot_title / d.title_norm
            both = (char_claim + char_title) / (sqrt2 if d.both_grams else 1.0)
            out.append((char_claim, char_title, both, n_shared / (d.n_grams or 1)))
        return out

    def _char_norms(
        self,
        docs: list[_Doc],
        cold: list[int],
        codes: np.ndarray,
        seg: np.ndarray,
        table: tuple[np.ndarray, np.ndarray, float],
        stamp: int,
    ) -> None:
        """For the ``cold`` docs: the tf-idf norm of the claim's and the title's n-grams, the number of distinct
        n-grams of both, and whether both have any."""
        n_seg = 2 * len(docs)
        is_cold = np.zeros(n_seg, dtype=bool)
        is_cold[2 * np.array(cold)] = True
        is_cold[2 * np.array(cold) + 1] = True
        mine = is_cold[seg]
        grams, inverse = np.unique(codes[mine], return_inverse=True)  # the distinct n-grams, sorted
        seg = seg[mine]
        n_grams = max(len(grams), 1)
        pairs = np.sort(seg * n_grams + inverse)  # (text, n-gram) as one integer, grouped
        first = np.ones(len(pairs), dtype=bool)
        first[1:] = pairs[1:] != pairs[:-1]
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(pairs))).astype(np.float64)
        pairs = pairs[starts]
        seg, gram = pairs // n_grams, pairs % n_grams
        known, idf, unseen = table
        if len(known):
            at = np.minimum(np.searchsorted(known, grams), len(known) - 1)
            gram_idf = np.where(known[at] == grams, idf[at], unseen)
        else:
            gram_idf = np.full(len(grams), unseen)
        weights = counts * gram_idf[gram]
        norms = np.sqrt(np.bincount(seg, weights * weights, minlength=n_seg))
        norms[norms == 0] = 1.0
        has = np.bincount(seg, minlength=n_seg) > 0
        # distinct n-grams of claim and title together: (doc, n-gram) pairs
        together = np.sort((seg >> 1) * n_grams + gram)
        first = np.ones(len(together), dtype=bool)
        first[1:] = together[1:] != together[:-1]
        distinct = np.bincount(together[first] // n_grams, minlength=len(docs))
        norms_l, has_l, distinct_l = norms.tolist(), has.tolist(), distinct.tolist()
        for j in cold:
            d = docs[j]
            d.claim_norm, d.title_norm = norms_l[2 * j], norms_l[2 * j + 1]
            d.both_grams = has_l[2 * j] and has_l[2 * j + 1]
            d.n_grams = distinct_l[j]
            d.char_stamp = stamp

    def _gram_table(self) -> tuple[np.ndarray, np.ndarray, float] | None:
        """The counted n-grams as sorted integer codes (:func:`_gram_codes`) with their idf, and the idf of one
        never counted; None unless the n-grams are of 4 characters."""
        if GRAM_SIZES != (4,):
            return None
        idfs, unseen = self._gram_idfs()
        table = self._gram_codes
        if table is None or table[0] is not idfs:
            grams = [g for g in idfs if len(g) == 4]
            codes, ok = _gram_codes(grams)
            idf = np.fromiter((idfs[g] for g in grams), dtype=np.float64, count=len(grams))[ok]
            codes = codes[ok]
            order = np.argsort(codes)
            table = self._gram_codes = (idfs, codes[order], idf[order])
        return table[1], table[2], unseen

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
        return [sum([w for t, w in best.items() if t in d.terms]) / total for d in docs]

    def _score(self, rows: list[list[float]]) -> list[float]:
        model = self.model
        if not model:
            return [r[0] for r in rows]
        if self._weights[0] is not model:  # folded once per model (``model`` may be set after the build)
            self._weights = (model, _model_weights(model))
        w, b = self._weights[1]
        x = np.array(rows, dtype=np.float64)
        x = np.concatenate([x, x - x.max(axis=0), x - np.add.reduce(x, axis=0) / len(rows)], axis=1)
        return (x @ w + b).tolist()

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
        q_total = sum([idf(t) for t in q.term_set]) or 1.0
        found = []
        for i, s, _, _ in self.candidates(q, max(candidates, k)):
            d = self._doc(i)
            shared_w = sum([d.weights[t] for t in q.term_set & d.terms])
            found.append((d, s, overlap_of(shared_w / d.weight_total, shared_w / q_total)))
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
