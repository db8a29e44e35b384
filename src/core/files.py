"""Untrusted uploads: size caps checked before unpacking, XML parsed without entities."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

MB = 1024 * 1024


class UploadError(ValueError):
    """An uploaded file is refused; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400, field: str = "file") -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.field = field


@dataclass(frozen=True)
class ZipLimits:
    max_compressed: int = 10 * MB
    max_uncompressed: int = 50 * MB
    max_entries: int = 1000
    max_ratio: int = 200  # per entry: a 1 KB entry may not claim more than 200 KB


def open_zip(data: bytes, limits: ZipLimits = ZipLimits(), what: str = "bestand") -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking sizes and entry count from the central directory.

    Nothing is decompressed here. Reading an entry afterwards goes through
    :func:`read_member`, which stops at the declared size, so a lying header cannot
    smuggle in more bytes than were checked.
    """
    if len(data) > limits.max_compressed:
        raise UploadError(
            f"Het {what} is groter dan {limits.max_compressed // MB} MB.", status=413
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UploadError(f"Het {what} is geen geldig Word-document (geen zip-archief).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UploadError(f"Het {what} is beschadigd: {exc}.") from exc
    if len(infos) > limits.max_entries:
        raise UploadError(
            f"Het {what} bevat {len(infos)} onderdelen; het maximum is {limits.max_entries}.",
            status=413,
        )
    total = sum(info.file_size for info in infos)
    if total > limits.max_uncompressed:
        raise UploadError(
            f"Het {what} is uitgepakt groter dan {limits.max_uncompressed // MB} MB.", status=413
        )
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > limits.max_ratio and (
            info.file_size > MB
        ):
            raise UploadError(
                f"Het {what} lijkt een zip-bom (onderdeel {info.filename!r} pakt te sterk uit).",
                status=413,
            )
        if info.flag_bits & 0x1:
            raise UploadError(f"Het {what} is versleuteld en kan niet worden gelezen.")
    return archive


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """Read one entry, never more bytes than its declared (and checked) size."""
    info = archive.getinfo(name)
    with archive.open(info) as handle:
        payload = handle.read(info.file_size + 1)
    if len(payload) > info.file_size:
        raise UploadError(f"Onderdeel {name!r} is groter dan het archief opgeeft.", status=413)
    return payload


def safe_xml_parser() -> etree.XMLParser:
    """An lxml parser that resolves no entities, loads no DTD and touches no network."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
    )


def parse_xml(payload: bytes, part: str = "document") -> etree._Element:
    """Parse an XML part safely; a DOCTYPE is refused outright (no entity tricks).

    The parser itself reports the DOCTYPE, so neither its position (after a long comment)
    nor the encoding (UTF-16) matters; entities are never resolved, no DTD is loaded.
    """
    refused = UploadError(f"Onderdeel {part!r} bevat een DOCTYPE of entiteiten; dat is niet toegestaan.")
    try:
        root = etree.fromstring(payload, parser=safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        if b"<!doctype" in payload.lower() or b"<!entity" in payload.lower():
            raise refused from exc
        raise UploadError(f"Onderdeel {part!r} is geen geldige XML: {exc}.") from exc
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise refused
    return root


def reproducible_zip(data: bytes) -> bytes:
    """A zip (a .docx we build) rewritten with fixed member order and timestamps, so that two
    builds of the same content are byte-identical."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, src.read(name))
    return out.getvalue()
