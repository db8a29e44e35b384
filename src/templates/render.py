"""Render Word templates fast: unzip, parse, preprocess and compile once per template.

Compiled templates are cached by the sha256 of the template bytes, so generating 500
agreements from one template unzips and compiles it once. Each document then costs one
Jinja render per Word part, docxtpl's post-processing (line breaks, table fixes) and a
zip write; python-docx is not involved.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import jinja2
from lxml import etree

from core import Limits, run_isolated, safe_xml_parser
from templates.compiler import (
    CONTENT_TYPES,
    DOCXTPL,
    CompiledPart,
    CompiledTemplate,
    compile_package,
    load_package,
)
from templates.context import RenderContext, template_namespace
from templates.environment import TemplateLimitError, get_environment
from templates.errors import TemplateRenderError, TemplateTooCostly

Context = RenderContext | dict[str, Any]
Progress = Callable[[int, int], None]

CACHE_SIZE = 16
XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_cache: OrderedDict[str, CompiledTemplate] = OrderedDict()
_lock = threading.Lock()


def compiled_template(template_bytes: bytes) -> CompiledTemplate:
    """The compiled template for these bytes, from the cache when it was seen before."""
    key = hashlib.sha256(template_bytes).hexdigest()
    with _lock:
        hit = _cache.get(key)
        if hit is not None:
            _cache.move_to_end(key)
            return hit
    compiled = compile_package(load_package(template_bytes), get_environment())
    with _lock:
        _cache[key] = compiled
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return compiled


def clear_cache() -> None:
    """Forget all compiled templates (tests, or after a template is deleted)."""
    with _lock:
        _cache.clear()


def _template_line(exc: BaseException) -> int | None:
    """The template line of a runtime error, from Jinja's rewritten traceback."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _renumber_drawings(tree: etree._Element) -> None:
    """Give every drawing a unique id, as docxtpl does (pictures repeated in loops collide)."""
    ns = {"wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"}
    for index, node in enumerate(tree.xpath("//wp:docPr", namespaces=ns), start=1001):
        node.set("id", str(index))


def _finish(compiled: CompiledPart, xml: str) -> bytes:
    """docxtpl's post-processing of a rendered part, then a well-formedness check."""
    part = compiled.part
    if part.patched:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = (
            xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%").replace("%_}", "%}")
        )
        if any(c in xml for c in "\n\t\a\f"):
            xml = DOCXTPL.resolve_listing(xml)
    payload = xml.encode("utf-8")
    try:
        if part.needs_tree:
            tree = DOCXTPL.fix_tables(xml)
            _renumber_drawings(tree)
            return XML_DECLARATION.encode() + etree.tostring(tree, encoding="utf-8")
        etree.fromstring(payload, parser=safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise TemplateRenderError(
            f"Onderdeel {part.name} levert geen geldige Word-XML op ({exc}); "
            "controleer of {%p …%}, {%tr …%} en {%r …%} goed gepaard zijn.",
            part=part.name,
        ) from exc
    return XML_DECLARATION.encode() + payload


#: The text of a Word run; two full stops in it where one was meant ("support.." when a
#: typed value ending in a full stop is followed by the template's own).
_RUN_TEXT = re.compile(r"(<w:t(?: [^>]*)?>)([^<]*)")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def single_full_stops(xml: str) -> str:
    """One full stop where a value and the sentence around it both end in one; an
    ellipsis ("...") stays."""
    return _RUN_TEXT.sub(lambda m: m.group(1) + _DOUBLE_STOP.sub(".", m.group(2)), xml)


def render_part(compiled: CompiledPart, namespace: dict[str, Any]) -> bytes:
    """Render one Word part with the sandboxed environment."""
    try:
        xml = compiled.template.render(namespace)
    except (TemplateLimitError, RecursionError) as exc:
        line = _template_line(exc)
        where = compiled.part.name + (f", regel {line}" if line else "")
        reason = "het sjabloon roept zichzelf eindeloos aan" if isinstance(exc, RecursionError) else exc
        raise TemplateTooCostly(
            f"Te veel werk bij het invullen van {where}: {reason}", part=compiled.part.name, line=line
        ) from None
    except jinja2.TemplateError as exc:
        line = _template_line(exc)
        where = compiled.part.name + (f", regel {line}" if line else "")
        raise TemplateRenderError(
            f"Fout bij het invullen van {where}: {exc}", part=compiled.part.name, line=line
        ) from exc
    except (ArithmeticError, ValueError, TypeError, LookupError, AttributeError) as exc:
        line = _template_line(exc)
        raise TemplateRenderError(
            f"Fout bij het invullen van {compiled.part.name}: {exc}",
            part=compiled.part.name,
            line=line,
        ) from exc
    return _finish(compiled, single_full_stops(xml))


def render_compiled(template: CompiledTemplate, context: Context) -> bytes:
    """Render an already compiled template into .docx bytes."""
    return _render_namespace(template, template_namespace(context))


def _render_namespace(template: CompiledTemplate, namespace: dict[str, Any]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, blob in template.members:
            part = template.parts.get(name)
            payload = render_part(part, namespace) if part is not None else blob
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, payload, compresslevel=1)
    return out.getvalue()


def render_docx(template_bytes: bytes, context: Context) -> bytes:
    """Render ``context`` (a :class:`RenderContext` or an equivalent dict) into a .docx."""
    return render_compiled(compiled_template(template_bytes), context)


def render_mapping(template_bytes: bytes, values: dict[str, Any]) -> bytes:
    """Render a shipped template whose variables are not the agreement context (a letter,
    say): ``values`` is handed to the same sandboxed environment as it is."""
    return _render_namespace(compiled_template(template_bytes), dict(values))


def iter_render(template_bytes: bytes, contexts: Iterable[Context]) -> Iterator[bytes]:
    """Render one document per context, lazily (for streaming or very large batches)."""
    template = compiled_template(template_bytes)
    for context in contexts:
        yield render_compiled(template, context)


def template_limits() -> Limits:
    """Limits for running an uploaded template: ``VWO_TEMPLATE_SECONDS`` (5),
    ``VWO_TEMPLATE_CPU_SECONDS`` (5) and ``VWO_TEMPLATE_MEMORY_MB`` (512)."""
    return Limits.from_env("VWO_TEMPLATE", seconds=5.0, cpu_seconds=5, memory_mb=512)


async def render_untrusted(template_bytes: bytes, context: Context) -> bytes:
    """:func:`render_docx` in a worker process under :func:`template_limits`.

    For uploaded templates: their code is untrusted. Raises ``TemplateRenderError`` as
    :func:`render_docx` does, and ``core.isolation.WorkerLimitExceeded`` past a limit.
    """
    return await run_isolated(render_docx, template_bytes, context, limits=template_limits())


def _default_name(index: int, context: Context) -> str:
    reference = (
        context.agreement.reference
        if isinstance(context, RenderContext)
        else str((context.get("agreement") or {}).get("reference") or "")
    )
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-.") or "document"
    return f"{index + 1:04d}-{stem}.docx"


def render_many(
    template_bytes: bytes,
    contexts: Sequence[Context],
    progress: Progress | None = None,
    names: Sequence[str] | None = None,
) -> bytes:
    """Render every context and return one zip of .docx files; ``progress(done, total)``."""
    total = len(contexts)
    out = io.BytesIO()
    seen: set[str] = set()
    # A .docx is already deflated: store it, do not compress it twice.
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        for index, document in enumerate(iter_render(template_bytes, contexts)):
            name = names[index] if names is not None else _default_name(index, contexts[index])
            if name in seen:
                name = f"{name.removesuffix('.docx')}-{index + 1}.docx"
            seen.add(name)
            archive.writestr(zipfile.ZipInfo(name, date_time=_FIXED_TIME), document)
            if progress is not None:
                progress(index + 1, total)
    return out.getvalue()


__all__ = [
    "CONTENT_TYPES",
    "clear_cache",
    "compiled_template",
    "iter_render",
    "render_compiled",
    "render_docx",
    "render_many",
    "render_mapping",
    "render_untrusted",
    "template_limits",
]
