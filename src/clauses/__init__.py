"""Clause catalogue and detector for processor agreements (GDPR Art. 28, BIO).

``catalogue`` is a public module of its own: the Word templates (a layer above) check the
clause keys a template claims against it without loading the detector.
"""

from __future__ import annotations

from clauses import catalogue
from clauses.catalogue import Catalogue, Clause, load_catalogue
from clauses.cli import add_commands
from clauses.detector import Finding
from clauses.errors import (
    DocumentError,
    DocumentTooLarge,
    NoReadableText,
    UnsupportedFormat,
)
from clauses.evaluation import evaluate
from clauses.learned import shipped_model
from clauses.reading import Document, read_document
from clauses.scan import ScanReport, scan_bytes, scan_text
from clauses.text import detect_language, split_sentences

__all__ = [
    "Catalogue",
    "Clause",
    "Document",
    "DocumentError",
    "DocumentTooLarge",
    "Finding",
    "NoReadableText",
    "ScanReport",
    "UnsupportedFormat",
    "add_commands",
    "catalogue",
    "detect_language",
    "evaluate",
    "load_catalogue",
    "read_document",
    "scan_bytes",
    "scan_text",
    "shipped_model",
    "split_sentences",
]
