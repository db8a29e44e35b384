"""Word templates: the sandboxed Jinja environment, the rendering context, validation of
uploads, fast rendering and the default processor agreements we ship.

Importable without a database: nothing here touches Piccolo or Litestar.
"""

from templates.clauses import CATALOGUE_KEYS, CLAUSE_KEYS, MUNICIPAL_KEYS
from templates.context import (
    SAMPLE_CONTEXT,
    RenderContext,
    allowed_variables,
    as_context,
    context_markdown,
    context_schema,
)
from templates.defaults import DEFAULT_TEMPLATES, default_template_bytes
from templates.environment import create_environment, get_environment
from templates.errors import TemplateRenderError, TemplateValidationError
from templates.render import clear_cache, iter_render, render_docx, render_many, render_untrusted
from templates.validation import TemplateInfo, validate_template

__all__ = [
    "CATALOGUE_KEYS",
    "CLAUSE_KEYS",
    "DEFAULT_TEMPLATES",
    "MUNICIPAL_KEYS",
    "SAMPLE_CONTEXT",
    "RenderContext",
    "TemplateInfo",
    "TemplateRenderError",
    "TemplateValidationError",
    "allowed_variables",
    "as_context",
    "clear_cache",
    "context_markdown",
    "context_schema",
    "create_environment",
    "default_template_bytes",
    "get_environment",
    "iter_render",
    "render_docx",
    "render_many",
    "render_untrusted",
    "validate_template",
]
