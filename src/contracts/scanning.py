"""Read and scan an uploaded agreement in a worker process, within a page and time budget.

A small PDF can cost minutes of CPU (hundreds of pages sharing one heavy content stream)
and a damaged file can trip any corner of a parser. So the reading runs in a worker
process (:mod:`core.isolation`) under ``VWO_SCAN_SECONDS`` (20), ``VWO_SCAN_CPU_SECONDS``
(20) and ``VWO_SCAN_MEMORY_MB`` (1024); a PDF with more than ``VWO_SCAN_MAX_PAGES`` (300)
pages is refused before any text is extracted. Whatever goes wrong comes back as a
``DocumentError`` with its HTTP status and a Dutch message.
"""

from __future__ import annotations

import io
import os
import zipfile
import zlib
from typing import Any

from lxml import etree

from clauses import DocumentError, DocumentTooLarge, UnsupportedFormat, scan_bytes, shipped_model
from core import Limits, UploadError, WorkerLimitExceeded, preload, run_isolated

preload(__name__, "pypdf")
# the fork server imports this module: load the clause model there once, so every scan
# worker starts with it instead of reading the file again
shipped_model()


def scan_limits() -> Limits:
    return Limits.from_env("VWO_SCAN", seconds=20.0, cpu_seconds=20, memory_mb=1024)


def max_pages() -> int:
    return int(os.environ.get("VWO_SCAN_MAX_PAGES", "300"))


def _count_pages(content: bytes, limit: int) -> None:
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(content)).pages)
    if pages > limit:
        raise DocumentTooLarge(
            f"De PDF heeft {pages} pagina's; er worden er hoogstens {limit} gelezen. "
            "Lever alleen de overeenkomst zelf aan, zonder bijlagen."
        )


def scan_in_worker(content: bytes, filename: str, breach_hours_limit: int, page_limit: int) -> dict[str, Any]:
    """Runs inside the worker: read and scan, every failure turned into a ``DocumentError``."""
    from pypdf.errors import LimitReachedError, PyPdfError

    pdf = filename.lower().endswith(".pdf")
    try:
        if pdf and content.lstrip()[:5] == b"%PDF-":
            _count_pages(content, page_limit)
        return scan_bytes(content, filename, breach_hours_limit=breach_hours_limit).to_dict()
    except DocumentError:
        raise
    except UploadError as exc:  # the zip and XML checks of core.files
        raise DocumentError(exc.message, status=exc.status, field=exc.field) from None
    except LimitReachedError:
        raise DocumentTooLarge(
            "De PDF pakt uit tot meer dan de toegestane grootte en wordt niet gelezen."
        ) from None
    except (PyPdfError, zipfile.BadZipFile, zlib.error, etree.Error, EOFError, RecursionError,
            LookupError, ValueError, TypeError, NotImplementedError, OSError) as exc:
        what = "De PDF" if pdf else "Het document"
        raise UnsupportedFormat(
            f"{what} is beschadigd en kan niet worden gelezen ({type(exc).__name__})."
        ) from None


async def scan_isolated(content: bytes, filename: str, breach_hours_limit: int) -> dict[str, Any]:
    """The scan report of an uploaded file, read in a worker process within its budget."""
    limits = scan_limits()
    try:
        return await run_isolated(
            scan_in_worker, content, filename, breach_hours_limit, max_pages(), limits=limits
        )
    except WorkerLimitExceeded as exc:
        raise DocumentError(
            f"Het lezen van het document {exc.reason} en is afgebroken. Lever een kleinere "
            "PDF met tekstlaag of een Word-bestand aan.",
            status=exc.status,
        ) from None
