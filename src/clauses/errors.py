"""Refusals while reading an agreement; each carries the HTTP status to answer with."""

from __future__ import annotations

from core import UploadError


class DocumentError(UploadError):
    """A document cannot be read (400 unless a subclass says otherwise)."""


class UnsupportedFormat(DocumentError):
    """Extension unknown, or content does not match the extension."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status=400)


class DocumentTooLarge(DocumentError):
    """Input or unpacked content exceeds the limits."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status=413)


class NoReadableText(DocumentError):
    """The document holds no text layer (a scan) or no text at all."""

    def __init__(self, message: str) -> None:
        super().__init__(message, status=422)
