"""The public scan: read, detect, and report in the agreed JSON shape."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from clauses.catalogue import load_catalogue
from clauses.detector import Finding, detect
from clauses.learned import SentenceModel, shipped_model
from clauses.reading import read_document
from clauses.text import Block, Language, detect_language, normalise_blocks, sentences_of

MAX_EVIDENCE_CHARS = 600


@dataclass(frozen=True, slots=True)
class ScanReport:
    """Outcome of scanning one agreement."""

    file: str
    language: Language
    findings: tuple[Finding, ...]
    values: dict[str, Any]

    @property
    def missing(self) -> list[str]:
        return [f.key for f in self.findings if f.status == "missing"]

    @property
    def weak(self) -> list[str]:
        return [f.key for f in self.findings if f.status == "weak"]

    def status_of(self, key: str) -> str:
        return next(f.status for f in self.findings if f.key == key)

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "language": self.language,
            "clauses": [
                {
                    "key": f.key,
                    "status": f.status,
                    "reason": f.reason,
                    "evidence": [
                        {"text": s.text[:MAX_EVIDENCE_CHARS], "location": s.location}
                        for s in f.evidence
                    ],
                    # what the detector looks for: the obligation in one sentence
                    "looked_for": looked_for(f.key),
                }
                for f in self.findings
            ],
            "missing": self.missing,
            "weak": self.weak,
            "values": dict(self.values),
        }


def _first_sentence(text: str) -> str:
    head, dot, _ = text.partition(". ")
    return head + "." if dot else text


@cache
def looked_for(key: str) -> dict[str, str]:
    """The obligation a key stands for, in Dutch and English (catalogue wording)."""
    clause = load_catalogue().get(key)
    return {
        "nl": _first_sentence(clause.explanation_nl),
        "en": _first_sentence(clause.explanation_en),
    }


#: ``model`` argument of the scans: the model shipped with the package
SHIPPED = "shipped"


def _model(model: SentenceModel | str | None) -> SentenceModel | None:
    return shipped_model() if model == SHIPPED else model  # type: ignore[return-value]


def scan_blocks(
    blocks: Sequence[Block],
    file: str,
    *,
    breach_hours_limit: int = 48,
    model: SentenceModel | str | None = SHIPPED,
) -> ScanReport:
    """``model``: the learned second opinion, ``SHIPPED`` (default) or None (rules only)."""
    sentences = sentences_of(normalise_blocks(blocks))
    language = detect_language(" ".join(b.text for b in blocks[:200]))
    detection = detect(
        sentences,
        breach_hours_limit=breach_hours_limit,
        model=_model(model),
        dutch=language == "nl",
    )
    return ScanReport(
        file=file, language=language, findings=detection.findings, values=detection.values
    )


def scan_bytes(data: bytes, filename: str, *, breach_hours_limit: int = 48) -> ScanReport:
    """Read an uploaded file and scan it; raises a ``DocumentError`` (with HTTP status)."""
    document = read_document(data, filename)
    return scan_blocks(document.blocks, filename, breach_hours_limit=breach_hours_limit)


def scan_text(
    text: str,
    file: str = "tekst",
    *,
    breach_hours_limit: int = 48,
    model: SentenceModel | str | None = SHIPPED,
) -> ScanReport:
    """Scan plain text; blank lines separate paragraphs."""
    blocks = [
        Block(chunk, f"paragraaf {number}")
        for number, chunk in enumerate(text.split("\n\n"), start=1)
        if chunk.strip()
    ]
    return scan_blocks(blocks, file, breach_hours_limit=breach_hours_limit, model=model)
