"""Read a .docx template safely and turn its Word parts into compiled Jinja templates.

Parts are preprocessed exactly as docxtpl does (``patch_xml``: tags split over runs are
joined, ``{%p``/``{%tr``/``{%tc``/``{%r`` remove their paragraph, row, cell or run), and
a newline is put before every paragraph, so a Jinja line number is a paragraph number.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass, field

import jinja2
from docxtpl import DocxTemplate
from jinja2 import nodes
from lxml import etree

from core import UploadError, open_zip, parse_xml, read_member
from templates.errors import TemplateValidationError

CONTENT_TYPES = "[Content_Types].xml"
MAIN_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: Word parts whose text is a template (by content type suffix).
TEMPLATED_SUFFIXES = (
    ".document.main+xml",
    ".header+xml",
    ".footer+xml",
    ".footnotes+xml",
    ".endnotes+xml",
)
_TAGS = re.compile(r"<[^>]+>")
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: Field codes that pull in another file or program when Word updates fields.
REMOTE_FIELDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "LINK", "DDEAUTO", "DDE", "IMPORT", "DATABASE"}
)
_STRUCTURAL = re.compile(r"\{%-?\s*(tc|hm|vm|colspan|cellbg)\b")

# docxtpl's preprocessing methods do not touch the document; one bare instance serves all.
DOCXTPL = DocxTemplate(None)


def text_of(xml: str) -> str:
    """The visible text of an XML fragment (tags removed)."""
    return _TAGS.sub("", xml)


@dataclass(frozen=True)
class PartSource:
    name: str
    source: str  # the Jinja source after docxtpl preprocessing
    patched: bool  # False for docProps/core.xml, which is plain XML text
    needs_tree: bool  # tables or images may need docxtpl's post-render fixes


@dataclass(frozen=True)
class Package:
    """A .docx read into memory: every member, and the sources of the templated parts."""

    sha256: str
    members: tuple[tuple[str, bytes], ...]
    parts: dict[str, PartSource] = field(default_factory=dict)


@dataclass(frozen=True)
class CompiledPart:
    part: PartSource
    template: jinja2.Template


@dataclass(frozen=True)
class CompiledTemplate:
    sha256: str
    members: tuple[tuple[str, bytes], ...]
    parts: dict[str, CompiledPart]


def _content_types(payload: bytes) -> dict[str, str]:
    root = parse_xml(payload, CONTENT_TYPES)
    types: dict[str, str] = {}
    for node in root:
        if isinstance(node.tag, str) and node.tag.endswith("Override"):
            types[str(node.get("PartName", "")).lstrip("/")] = str(node.get("ContentType", ""))
    return types


def _prepare(name: str, root: etree._Element, patched: bool) -> PartSource:
    xml = etree.tostring(root, encoding="unicode")
    if not patched:
        return PartSource(name, xml, patched=False, needs_tree=False)
    needs_tree = bool(_STRUCTURAL.search(text_of(xml))) or "docPr" in xml
    source = re.sub(r"<w:p([ >])", r"\n<w:p\1", DOCXTPL.patch_xml(xml))
    return PartSource(name, source, patched=True, needs_tree=needs_tree)


def external_references(name: str, root: etree._Element) -> list[str]:
    """Links in a part that make Word fetch something when a generated document is opened.

    External relationships (``TargetMode="External"``: linked images, an attached template,
    OLE links) other than hyperlinks, and fields that include or link other files
    (INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, ...), wherever they stand.
    """
    found: list[str] = []
    if name.endswith(".rels"):
        for rel in root.iter(f"{{{_RELS}}}Relationship"):
            kind = str(rel.get("Type", "")).rsplit("/", 1)[-1]
            if rel.get("TargetMode") == "External" and kind != "hyperlink":
                found.append(f"{name}: externe verwijzing ({kind}) naar {rel.get('Target', '')!r}")
        return found
    for instruction in _field_instructions(root):
        keyword = (instruction.split() or [""])[0].upper()
        if keyword in REMOTE_FIELDS:
            found.append(f"{name}: veld {keyword} haalt een ander bestand op")
    return found


def _field_instructions(root: etree._Element) -> list[str]:
    """The instruction of every field (``w:fldSimple``, and complex fields split over runs)."""
    done = [str(node.get(f"{_W}instr", "")) for node in root.iter(f"{_W}fldSimple")]
    open_fields: list[list[str]] = []
    for node in root.iter(f"{_W}fldChar", f"{_W}instrText"):
        if node.tag == f"{_W}instrText":
            if open_fields:
                open_fields[-1].append(str(node.text or ""))
            else:
                done.append(str(node.text or ""))
        elif node.get(f"{_W}fldCharType") == "begin":
            open_fields.append([])
        elif node.get(f"{_W}fldCharType") == "end" and open_fields:
            done.append("".join(open_fields.pop()))
    return done + ["".join(chunks) for chunks in open_fields]


def load_package(data: bytes) -> Package:
    """Check limits and structure, parse every XML part safely, and preprocess the Word parts."""
    try:
        archive = open_zip(data, what="sjabloon")
        names = archive.namelist()
        for required in (CONTENT_TYPES, MAIN_PART):
            if required not in names:
                raise TemplateValidationError(
                    f"Het sjabloon is geen Word-document: {required} ontbreekt."
                )
        if any(n.lower().endswith("vbaproject.bin") for n in names):
            raise TemplateValidationError("Het sjabloon bevat macro's; die zijn niet toegestaan.")
        members = tuple(
            (name, read_member(archive, name)) for name in names if not name.endswith("/")
        )
    except TemplateValidationError:
        raise
    except UploadError as exc:
        raise TemplateValidationError(exc.message, status=exc.status) from exc
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as exc:
        raise TemplateValidationError(f"Het sjabloon is beschadigd: {exc}.") from exc

    blobs = dict(members)
    try:
        types = _content_types(blobs[CONTENT_TYPES])
        if types.get(MAIN_PART) != MAIN_TYPE:
            raise TemplateValidationError(
                "Het sjabloon is geen gewoon Word-document (.docx); sla het op als .docx "
                "zonder macro's."
            )
        parts: dict[str, PartSource] = {}
        remote: list[str] = []
        for name, payload in members:
            lowered = name.lower()
            if not (lowered.endswith(".xml") or lowered.endswith(".rels")):
                continue
            root = parse_xml(payload, name)  # refuses DOCTYPE/entities anywhere in the package
            remote += external_references(name, root)
            if types.get(name, "").endswith(TEMPLATED_SUFFIXES):
                parts[name] = _prepare(name, root, patched=True)
            elif name == CORE_PART and b"{" in payload:
                parts[name] = _prepare(name, root, patched=False)
        if remote:
            raise TemplateValidationError(
                "Het sjabloon verwijst naar bestanden buiten het document; een gegenereerde "
                "overeenkomst zou die bij het openen ophalen.",
                status=422,
                details=remote,
            )
    except UploadError as exc:
        if isinstance(exc, TemplateValidationError):
            raise
        raise TemplateValidationError(exc.message, status=exc.status) from exc
    return Package(hashlib.sha256(data).hexdigest(), members, parts)


def snippet(source: str, line: int | None, width: int = 160) -> str:
    """The visible text around a line of a part source (the paragraph the error is in)."""
    if not line:
        return ""
    lines = source.splitlines()
    text = " ".join(text_of(x) for x in lines[max(line - 2, 0) : line + 1]).strip()
    text = re.sub(r"\s+", " ", text)
    return text if len(text) <= width else text[: width - 1] + "…"


def syntax_detail(part: str, source: str, exc: jinja2.TemplateSyntaxError) -> str:
    """A Dutch, locating description of a Jinja syntax error."""
    around = snippet(source, exc.lineno)
    where = f"{part}, regel {exc.lineno}"
    return f"{where}: {exc.message}" + (f' (bij: "{around}")' if around else "")


def parse_parts(package: Package, env: jinja2.Environment) -> dict[str, nodes.Template]:
    """Parse every templated part; all syntax errors are reported together."""
    trees: dict[str, nodes.Template] = {}
    problems: list[str] = []
    for name, part in package.parts.items():
        try:
            trees[name] = env.parse(part.source, name=name)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(syntax_detail(name, part.source, exc))
    if problems:
        raise TemplateValidationError(
            "Het sjabloon bevat fouten in de sjabloon-code.", details=problems
        )
    return trees


def compile_package(package: Package, env: jinja2.Environment) -> CompiledTemplate:
    """Compile the parts with ``env``; syntax errors become a :class:`TemplateValidationError`."""
    parse_parts(package, env)
    compiled: dict[str, CompiledPart] = {}
    problems: list[str] = []
    for name, part in package.parts.items():
        try:  # code generation finds what parsing does not: unknown filters and tests
            compiled[name] = CompiledPart(part, env.from_string(part.source))
        except jinja2.TemplateSyntaxError as exc:
            problems.append(syntax_detail(name, part.source, exc))
    if problems:
        raise TemplateValidationError(
            "Het sjabloon bevat fouten in de sjabloon-code.", details=problems
        )
    return CompiledTemplate(package.sha256, package.members, compiled)
