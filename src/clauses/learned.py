"""A small learned second opinion for the mandatory clause keys.

A logistic regression per key over TF-IDF word unigrams and bigrams of one sentence,
trained on the labelled sentences of the corpora (``vwo train-clauses``) and shipped as
``clauses/model/sentences.npz`` (vocabulary, idf, weights; no pickle). Scoring needs only
numpy: the features are rebuilt here exactly as scikit-learn's ``TfidfVectorizer`` builds
them (a test checks the two agree), so scikit-learn is needed for training only.

The detector uses it in two ways (``detector.second_opinion``): a key the rules did not
find is present when one sentence scores at least ``ADD`` (the rules missed a wording),
and the sentences the rules found are quoted in the order the model backs them, so the
evidence is the sentence about this duty. A veto (rules' hits dropped when no sentence
scores even 0.05) was tried and left out: under cross-validation it gained two true
gaps for one false one, and it rejected correct hits on wordings the model had not seen.
No network, no download: the file is part of the package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise, repeat
from pathlib import Path

import numpy as np

SHIPPED = Path(__file__).with_name("model") / "sentences.npz"
#: thresholds on a sentence's probability, chosen by 10-fold cross-validation on the
#: dev corpora (whole documents held out); see the README's clause section
ADD = 0.8
WORD_PATTERN = r"(?u)\b\w[\w-]*\b"
_WORDS = re.compile(WORD_PATTERN)
MAX_FEATURES = 20_000
C = 4.0


def tokens(text: str) -> list[str]:
    """Unigrams and bigrams of the lower-cased words, as ``TfidfVectorizer`` makes them."""
    words = _WORDS.findall(text.lower())
    return words + [f"{a} {b}" for a, b in pairwise(words)]


@dataclass(frozen=True, slots=True)
class SentenceModel:
    keys: tuple[str, ...]
    vocabulary: dict[str, int]
    idf: np.ndarray  # (features,)
    weights: np.ndarray  # (features, keys), float64
    intercept: np.ndarray  # (keys,)

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(sentences, keys): the probability that a sentence states each key's duty.

        All sentences at once: the features of every sentence in one array, the weights
        gathered once and summed per sentence (``bincount``), no per-sentence numpy call.
        """
        found: list[str] = []
        lengths: list[int] = []
        for text in texts:
            words = tokens(text)
            found += words
            lengths.append(len(words))
        logits = np.tile(self.intercept, (len(texts), 1))
        columns = np.fromiter(
            map(self.vocabulary.get, found, repeat(-1)), dtype=np.int64, count=len(found)
        )
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        known = columns >= 0
        if not known.any():
            return 1.0 / (1.0 + np.exp(-logits))
        # one entry per (sentence, feature) with its count
        pairs, counts = np.unique(
            rows[known] * len(self.vocabulary) + columns[known], return_counts=True
        )
        row_of, column_of = np.divmod(pairs, len(self.vocabulary))
        tfidf = (1.0 + np.log(counts)) * self.idf[column_of]
        norms = np.sqrt(np.bincount(row_of, weights=tfidf * tfidf, minlength=len(texts)))
        tfidf /= norms[row_of]
        gathered = self.weights[column_of]  # (features found, keys)
        for key in range(len(self.keys)):
            logits[:, key] += np.bincount(
                row_of, weights=gathered[:, key] * tfidf, minlength=len(texts)
            )
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        words = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            np.savez_compressed(
                out,
                keys=np.array(self.keys),
                words=np.array(words),
                idf=self.idf.astype(np.float32),
                coef=self.weights.T.astype(np.float16),
                intercept=self.intercept.astype(np.float32),
            )

    @classmethod
    def load(cls, path: Path) -> SentenceModel:
        with np.load(path, allow_pickle=False) as data:
            words = [str(w) for w in data["words"]]
            return cls(
                keys=tuple(str(k) for k in data["keys"]),
                vocabulary={w: i for i, w in enumerate(words)},
                idf=data["idf"].astype(np.float64),
                weights=np.ascontiguousarray(data["coef"].T, dtype=np.float64),
                intercept=data["intercept"].astype(np.float64),
            )


@cache
def shipped_model() -> SentenceModel | None:
    """The model shipped with the package, or None when it was not built."""
    return SentenceModel.load(SHIPPED) if SHIPPED.exists() else None


def train(sentences: Iterable[tuple[str, Iterable[str]]], keys: Sequence[str]) -> SentenceModel:
    """Fit one logistic regression per key on (sentence, its keys); deterministic."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts: list[str] = []
    labels: list[set[str]] = []
    for text, keys_of in sentences:
        texts.append(text)
        labels.append(set(keys_of))
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2),
        min_df=2,
        sublinear_tf=True,
        token_pattern=WORD_PATTERN,
        max_features=MAX_FEATURES,
        dtype=np.float64,
    )
    matrix = vectorizer.fit_transform(texts)
    kept = [key for key in keys if any(key in found for found in labels)]
    coef = np.zeros((len(kept), matrix.shape[1]))
    intercept = np.full(len(kept), -10.0)
    for row, key in enumerate(kept):
        target = np.array([key in found for found in labels])
        if target.all():
            intercept[row] = 10.0
            continue
        model = LogisticRegression(
            C=C, class_weight="balanced", max_iter=300, solver="liblinear", random_state=0
        )
        model.fit(matrix, target)
        coef[row] = model.coef_[0]
        intercept[row] = model.intercept_[0]
    vocabulary = {str(word): int(i) for word, i in vectorizer.vocabulary_.items()}
    return SentenceModel(
        keys=tuple(kept),
        vocabulary=vocabulary,
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        weights=np.ascontiguousarray(coef.T),
        intercept=intercept,
    )
