"""What a desk keeps of the app's suggestions, learned from its own decisions.

Every accepted, corrected and rejected suggestion is a labelled example: ``features`` describes
a suggestion by what the suggester said about it (attribution and quote type, the cue, how the
source was written, check-worthiness, length), and ``train`` fits a logistic regression
(scikit-learn) on a desk's decisions. The fitted model is kept as plain weights, a JSON object
(``Ranker.as_json``), never as a pickle: a desk's row holds numbers, not code.
``Ranker.confidence`` is the model's probability that the desk keeps a suggestion; the workspace
shows it, sorts by it and folds away what the desk almost always rejects.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MIN_DECISIONS = 20  # fewer, or only one kind of decision, and there is nothing to learn from
HIDE_BELOW = 0.2  # suggestions the desk keeps less often than this are folded away

_WORD = re.compile(r"[^\W\d_]{3,}")
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "him", "her", "them"}


def features(s) -> dict[str, float]:
    """The features of a suggestion (a ``claims.models.Suggestion`` or anything with its fields)."""
    content = s.content or ""
    source = (s.source or "").strip()
    cue = (s.cue or "").lower().split()
    words = content.split()
    out = {
        f"type={s.attribution_type}": 1.0,
        f"quote={s.quote_type}": 1.0,
        f"cue={cue[-1] if cue else '-'}": 1.0,
        f"kind={s.checkworthy_kind or '-'}": 1.0,
        f"type_kind={s.attribution_type}/{s.checkworthy_kind or '-'}": 1.0,
        "worth": float(s.checkworthiness or 0.0),
        "log_words": math.log1p(len(words)),
        "number": 1.0 if re.search(r"\d", content) else 0.0,
        "anonymity_reason": 1.0 if s.anonymity_reason else 0.0,
    }
    for word in set(_WORD.findall(content.lower())):
        out[f"w={word}"] = 0.3  # the words themselves, lightly: what this desk does not check
    if source:
        low = source.lower()
        out["source_pronoun"] = 1.0 if low in _PRONOUNS else 0.0
        out["source_words"] = math.log1p(len(source.split()))
        out["source_capitalised"] = 1.0 if source[:1].isupper() and low not in _PRONOUNS else 0.0
    return out


@dataclass(frozen=True)
class Ranker:
    """A fitted model: a weight per feature and an intercept."""

    weights: dict[str, float]
    intercept: float
    decisions: int

    def confidence(self, s) -> float:
        """The probability (0 to 1) that the desk keeps this suggestion."""
        z = self.intercept + sum(self.weights.get(name, 0.0) * value for name, value in features(s).items())
        return round(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), 3)

    def as_json(self) -> dict:
        return {"weights": self.weights, "intercept": self.intercept, "decisions": self.decisions}

    @classmethod
    def from_json(cls, data: dict | None) -> Ranker | None:
        if not data or "weights" not in data:
            return None
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data.get("intercept", 0.0)), int(data.get("decisions", 0)))


def train(examples: Iterable[tuple[object, bool]]) -> Ranker | None:
    """Fit on (suggestion, kept) pairs; None when there are too few, or only one kind of decision."""
    rows: Sequence[tuple[dict, bool]] = [(features(s), bool(kept)) for s, kept in examples]
    labels = [kept for _, kept in rows]
    if len(rows) < MIN_DECISIONS or all(labels) or not any(labels):
        return None
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer(sparse=True)
    x = vectorizer.fit_transform([f for f, _ in rows])
    model = LogisticRegression(C=1.0, max_iter=1000)
    model.fit(x, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(name): round(float(w), 5) for name, w in zip(names, model.coef_[0], strict=True) if w}
    return Ranker(weights, round(float(model.intercept_[0]), 5), len(rows))
