"""Check an uploaded Word template completely before anything is stored.

Order: size and structure limits (before unpacking), safe XML parsing of every part,
Jinja syntax (errors name the part, line and text), forbidden constructs, unknown
variables and fields, clause claims, and finally trial renders against the sample
context in the sandbox. The template claims clause keys with a Jinja comment anywhere
in the document: ``{# clauses: instructions, audits #}`` (``{#p … #}`` drops its paragraph).
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection

import msgspec
from jinja2 import TemplateSyntaxError, meta

from core import WorkerLimitExceeded, preload, run_isolated
from templates.checks import clause_claims, forbidden_constructs, unknown_fields
from templates.clauses import CLAUSE_KEYS
from templates.compiler import (
    MAIN_PART,
    Package,
    compile_package,
    load_package,
    parse_parts,
    syntax_detail,
)
from templates.context import SAMPLE_CONTEXT, RenderContext, allowed_variables
from templates.environment import get_environment
from templates.errors import TemplateRenderError, TemplateTooCostly, TemplateValidationError
from templates.render import render_compiled, template_limits

MAX_FILENAME = 200
preload(__name__)


class TemplateInfo(msgspec.Struct, kw_only=True):
    """What validation learned about an accepted template."""

    sha256: str
    filename: str
    size: int
    variables: list[str]
    clause_keys: list[str]
    part_count: int
    parts: list[str]


def sample_variants() -> list[RenderContext]:
    """The sample context and a variant that takes the other branches of typical conditions."""
    s = SAMPLE_CONTEXT
    variant = msgspec.structs.replace(
        s,
        agreement=msgspec.structs.replace(s.agreement, end_date=None, signing_date=None),
        controller=msgspec.structs.replace(
            s.controller, kind="arrangement", cbs_code=None, kvk_number=None
        ),
        members=[],
        subprocessors=[],
        processing=msgspec.structs.replace(
            s.processing,
            subprocessor_authorisation="specific",
            transfer_mechanism=None,
            special_categories=False,
            bsn=False,
            criminal_data=True,
            assurance_required=[],
        ),
    )
    return [s, variant]


def _check_filename(filename: str) -> None:
    if not filename or len(filename) > MAX_FILENAME or not filename.lower().endswith(".docx"):
        raise TemplateValidationError("Alleen Word-documenten (.docx) kunnen als sjabloon dienen.")


def _static_checks(package: Package, clause_keys: Collection[str]) -> tuple[set[str], list[str]]:
    env = get_environment()
    trees = parse_parts(package, env)
    allowed = allowed_variables()
    used: set[str] = set()
    claims: list[str] = []
    problems: list[str] = []
    for name, tree in trees.items():
        problems += [f"{name}, {p}" for p in forbidden_constructs(tree)]
        try:  # runs the code generator: an unknown filter or test shows up here
            variables = meta.find_undeclared_variables(tree)
        except TemplateSyntaxError as exc:
            problems.append(syntax_detail(name, package.parts[name].source, exc))
            continue
        used |= variables
        unknown = sorted(variables - allowed)
        if unknown:
            problems.append(f"{name}: onbekende variabele(n): {', '.join(unknown)}")
        problems += [f"{name}, {p}" for p in unknown_fields(tree)]
        claims += clause_claims(env, package.parts[name].source)
    bad_claims = sorted({key for key in claims if key not in clause_keys})
    if bad_claims:
        problems.append(f"onbekende clausule-sleutel(s): {', '.join(bad_claims)}")
    if problems:
        raise TemplateValidationError(
            "Het sjabloon gebruikt iets wat niet is toegestaan of niet bestaat.", details=problems
        )
    return used, claims


def validate_template(
    data: bytes, filename: str, clause_keys: Collection[str] = CLAUSE_KEYS
) -> TemplateInfo:
    """Validate a template upload; raise :class:`TemplateValidationError` (400/413) if refused."""
    _check_filename(filename)
    package = load_package(data)
    used, claims = _static_checks(package, clause_keys)
    compiled = compile_package(package, get_environment())
    for context in sample_variants():
        try:
            render_compiled(compiled, context)
        except TemplateRenderError as exc:
            raise TemplateValidationError(
                "Het sjabloon kan niet worden ingevuld met de voorbeeldgegevens.",
                status=422 if isinstance(exc, TemplateTooCostly) else 400,
                details=[exc.message],
            ) from exc
    parts = sorted(package.parts)
    return TemplateInfo(
        sha256=hashlib.sha256(data).hexdigest(),
        filename=filename,
        size=len(data),
        variables=sorted(used),
        clause_keys=sorted(set(claims)),
        part_count=len(parts),
        parts=[MAIN_PART, *[p for p in parts if p != MAIN_PART]],
    )


async def validate_upload(
    data: bytes, filename: str, clause_keys: Collection[str] = CLAUSE_KEYS
) -> TemplateInfo:
    """:func:`validate_template` in a worker process: the trial render runs untrusted code.

    A template that needs more time, CPU or memory than :func:`template_limits` allow is
    stopped and refused with 422; the event loop keeps serving meanwhile.
    """
    try:
        return await run_isolated(
            validate_template, data, filename, clause_keys, limits=template_limits()
        )
    except WorkerLimitExceeded as exc:
        raise TemplateValidationError(
            f"Het sjabloon is geweigerd: controleren en proefinvullen {exc.reason}.",
            status=exc.status,
            details=[
                f"Het invullen {exc.reason}; vereenvoudig lussen en berekeningen in het sjabloon."
            ],
        ) from None
