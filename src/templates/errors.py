"""Errors of the template engine, each with an HTTP status, a Dutch message and details."""

from __future__ import annotations

from collections.abc import Sequence

from core import UploadError


class TemplateValidationError(UploadError):
    """An uploaded template is refused (400 or 413); ``details`` lists every problem found."""

    def __init__(self, message: str, status: int = 400, details: Sequence[str] = ()) -> None:
        super().__init__(message, status=status, field="file")
        self.details: list[str] = list(details)

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n- " + "\n- ".join(self.details)


class TemplateRenderError(RuntimeError):
    """Rendering failed; ``part`` and ``line`` locate the cause in the template when known."""

    def __init__(self, message: str, part: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.part = part
        self.line = line


class TemplateTooCostly(TemplateRenderError):
    """Rendering asked for more than a template may use (a huge number, text or recursion)."""
