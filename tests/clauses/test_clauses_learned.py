"""The learned second opinion: scored as scikit-learn scores it, trained inside each fold,
adding what the rules miss and rejecting keyword-only evidence."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from clauses import load_catalogue
from clauses.detector import detect, second_opinion
from clauses.evaluation import LabelledDocument, cross_validate, fit_learned
from clauses.learned import ADD, SHIPPED, WORD_PATTERN, SentenceModel, shipped_model, train
from clauses.scan import scan_text
from clauses.text import Sentence

TRAINING = [
    ("De verwerker meldt een datalek binnen 24 uur aan de gemeente.", ("breach-notification",)),
    ("The processor shall notify the customer of a breach within 24 hours.", ("breach-notification",)),
    ("Leverancier staat ervoor in dat zijn personeel geheimhouding betracht.", ("confidentiality",)),
    ("The supplier warrants that its staff keep the data confidential.", ("confidentiality",)),
    ("Staff of the supplier keep the data confidential at all times.", ("confidentiality",)),
    ("Deze overeenkomst wordt beheerst door Nederlands recht.", ()),
    ("This agreement is governed by the laws of the Netherlands.", ()),
    ("The parties sign this agreement in two copies.", ()),
    ("Partijen ondertekenen deze overeenkomst in tweevoud.", ()),
    ("The processor notifies the customer of a breach.", ("breach-notification",)),
]
KEYS = ("breach-notification", "confidentiality")


def test_scores_equal_those_of_scikit_learn_with_the_same_features() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    model = train(TRAINING, KEYS)
    texts = [text for text, _ in TRAINING] + ["De leverancier meldt een lek; staff keep it confidential."]
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=WORD_PATTERN)
    matrix = vectorizer.fit_transform([text for text, _ in TRAINING])
    for column, key in enumerate(model.keys):
        regression = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", random_state=0)
        regression.fit(matrix, [key in keys for _, keys in TRAINING])
        expected = regression.predict_proba(vectorizer.transform(texts))[:, 1]
        np.testing.assert_allclose(model.probabilities(texts)[:, column], expected, atol=1e-5)


def test_a_saved_model_loads_without_pickle_and_scores_the_same(tmp_path: Path) -> None:
    model = train(TRAINING, KEYS)
    model.save(tmp_path / "m.npz")
    loaded = SentenceModel.load(tmp_path / "m.npz")
    texts = [text for text, _ in TRAINING]
    assert loaded.keys == model.keys
    np.testing.assert_allclose(loaded.probabilities(texts), model.probabilities(texts), atol=2e-3)


class _Fixed:
    """A stand-in model: fixed probabilities per sentence containing a word."""

    def __init__(self, keys: Sequence[str], scores: dict[str, dict[str, float]]) -> None:
        self.keys = tuple(keys)
        self.scores = scores

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        return np.array(
            [[max((s.get(k, 0.0) for w, s in self.scores.items() if w in t), default=0.0) for k in self.keys]
             for t in texts]
        )


def _sentences(*texts: str) -> list[Sentence]:
    return [Sentence(text, f"paragraaf {i}") for i, text in enumerate(texts, start=1)]


def test_the_model_adds_a_duty_the_rules_miss_with_that_sentence_as_evidence() -> None:
    sentences = _sentences(
        "Geheimhouding",  # a heading: never evidence, however it scores
        "Het personeel van Leverancier zwijgt tegenover iedereen over wat het in de gegevens ziet; dat is vertrouwelijk.",
        "Deze overeenkomst wordt beheerst door Nederlands recht.",
        "Het personeel zwijgt over de koffie.",  # scores high, but without the topic words
    )
    without = {f.key: f for f in detect(sentences).findings}
    assert without["confidentiality"].status == "missing"
    model = _Fixed(
        ["confidentiality"],
        {"vertrouwelijk": {"confidentiality": ADD + 0.05}, "geheim": {"confidentiality": 0.99}, "koffie": {"confidentiality": 0.99}},
    )
    found = {f.key: f for f in detect(sentences, model=model).findings}  # type: ignore[arg-type]
    assert found["confidentiality"].status == "present"
    assert [s.location for s in found["confidentiality"].evidence] == ["paragraaf 2"]
    # without a sentence on the topic, however sure the model is, nothing is added
    alone = [sentences[0], sentences[3]]
    assert {f.key: f.status for f in detect(alone, model=model).findings}["confidentiality"] == "missing"  # type: ignore[arg-type]


def test_the_sentence_the_model_backs_is_quoted_first() -> None:
    sentences = _sentences(
        "Our auditors review the service every year and the customer may read their audit report.",
        "The supplier shall allow for and contribute to audits, including inspections, by the customer.",
    )
    rules = {f.key: f for f in detect(sentences).findings}["audits"]
    assert [s.location for s in rules.evidence] == ["paragraaf 1", "paragraaf 2"]
    model = _Fixed(["audits"], {"contribute": {"audits": 0.95}, "report": {"audits": 0.3}})
    both = {f.key: f for f in detect(sentences, model=model).findings}["audits"]  # type: ignore[arg-type]
    assert both.status == "present"
    assert [s.location for s in both.evidence] == ["paragraaf 2", "paragraaf 1"]
    # a key the model was not trained on keeps the rules' order
    hits = {"audits": [1, 0], "confidentiality": [1, 0]}
    second_opinion(hits, [s.text.lower() for s in sentences], model, {0: set(), 1: set()})  # type: ignore[arg-type]
    assert hits == {"audits": [1, 0], "confidentiality": [1, 0]}


def test_cross_validation_trains_the_model_inside_each_fold_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import clauses.evaluation as evaluation

    seen: list[set[str]] = []

    def spy(sentences: list[tuple[str, tuple[str, ...]]], keys: Sequence[str]) -> SentenceModel:
        seen.append({text for text, _ in sentences})
        return train(TRAINING, KEYS)

    monkeypatch.setattr(evaluation, "train", spy)
    documents = [
        LabelledDocument(
            f"d{i}", f"Zin {i} van document {i}.", frozenset(), "nl", "c",
            sentences=((f"Zin {i} van document {i}.", ()),),
        )
        for i in range(4)
    ]
    cv = cross_validate(documents, 0, fit_learned)
    assert len(seen) == 4
    for index, document in enumerate(documents):
        fold_training = seen[index]
        assert document.sentences[0][0] not in fold_training
        assert len(fold_training) == 3
    assert set(cv.said_missing) == {0, 1, 2, 3}


def test_the_shipped_model_is_small_and_covers_every_mandatory_key() -> None:
    assert SHIPPED.exists() and SHIPPED.stat().st_size < 1_500_000
    model = shipped_model()
    assert model is not None and model.keys == load_catalogue().mandatory_keys()
    scores = model.probabilities(
        [
            "medewerkers van de leverancier tekenen een geheimhoudingsverklaring.",
            "the supplier protects the personal data with appropriate technical and organisational measures.",
            "deze overeenkomst wordt beheerst door nederlands recht.",
        ]
    )
    assert scores[0, model.keys.index("confidentiality")] >= ADD
    assert scores[1, model.keys.index("security-measures")] >= ADD
    assert scores[2].max() < 0.5  # governing law states none of the duties


def test_an_agreement_naming_the_processor_its_own_way_is_read_as_the_processor() -> None:
    from clauses.aliases import processor_alias

    text = "\n\n".join(
        [
            "The Institute will handle the research data only as the Partner directs in writing.",
            "The Institute will keep the data confidential and will tell its staff to do so too.",
            "The Institute will delete the data at the end of the project.",
            "The Partner may end the project at any time.",
        ]
    )
    lowered = [part.lower() for part in text.split("\n\n")]
    assert processor_alias(lowered) == "institute"
    assert scan_text(text, model=None).status_of("confidentiality") == "present"
    # a usual name anywhere as the subject of a duty: no alias, the controller never one
    assert processor_alias([*lowered, "the supplier shall assist."]) is None
    assert processor_alias(["the customer shall pay."] * 4) is None
    unnamed = text.replace("The Institute will keep the data", "The Institute keeps the data")
    assert scan_text(unnamed.replace("Institute", "Lab"), model=None).status_of("confidentiality") == "missing"


def test_train_clauses_builds_the_same_model_twice_from_a_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from vwo.cli import main

    corpus = tmp_path / "corpus.jsonl"
    documents = [
        {"document": f"d{n}", "language": "nl", "sentences": [{"text": t, "labels": list(k)} for t, k in TRAINING]}
        for n in range(2)
    ]
    corpus.write_text("\n".join(json.dumps(d) for d in documents), "utf-8")
    outputs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for out in outputs:
        assert main(["train-clauses", str(corpus), "--out", str(out)]) in (0, None)
    assert "2 agreements, 20 sentences" in capsys.readouterr().out
    first, second = (SentenceModel.load(out) for out in outputs)
    assert first.keys == second.keys == ("confidentiality",)  # the mandatory keys the corpus labels
    assert first.vocabulary == second.vocabulary
    np.testing.assert_array_equal(first.weights, second.weights)
