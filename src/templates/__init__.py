"""Word templates: the sandboxed Jinja environment, the rendering context, validation of
uploads, fast rendering and the default processor agreements we ship.

The rendering machinery imports neither Piccolo nor Litestar; the registry (``services``,
``tables``) and its API and pages do. Other packages import from here only.
"""

from litestar.types import ControllerRouterHandler

from templates import services
from templates.api import CONTROLLERS as API_CONTROLLERS
from templates.clauses import CATALOGUE_KEYS, CLAUSE_KEYS, MUNICIPAL_KEYS
from templates.context import (
    SAMPLE_CONTEXT,
    Agreement,
    Contact,
    Controller,
    Location,
    Member,
    Processing,
    RenderContext,
    Signatories,
    Signatory,
    Subprocessor,
    Supplier,
    allowed_variables,
    as_context,
)
from templates.defaults import DEFAULT_TEMPLATES, default_template_bytes
from templates.environment import create_environment, get_environment
from templates.errors import TemplateRenderError, TemplateValidationError
from templates.model import ModelArticle, model_articles
from templates.render import (
    clear_cache,
    compiled_template,
    iter_render,
    render_docx,
    render_many,
    render_mapping,
    render_part,
    render_untrusted,
)
from templates.schema import context_markdown, context_schema
from templates.services import ensure_shipped
from templates.tables import Template
from templates.validation import TemplateInfo, validate_template
from templates.views import CONTROLLERS as PAGE_CONTROLLERS

#: The template registry's JSON API and its pages.
CONTROLLERS: list[ControllerRouterHandler] = [*API_CONTROLLERS, *PAGE_CONTROLLERS]

__all__ = [
    "CATALOGUE_KEYS",
    "CLAUSE_KEYS",
    "CONTROLLERS",
    "DEFAULT_TEMPLATES",
    "MUNICIPAL_KEYS",
    "SAMPLE_CONTEXT",
    "Agreement",
    "Contact",
    "Controller",
    "Location",
    "Member",
    "ModelArticle",
    "Processing",
    "RenderContext",
    "Signatories",
    "Signatory",
    "Subprocessor",
    "Supplier",
    "Template",
    "TemplateInfo",
    "TemplateRenderError",
    "TemplateValidationError",
    "allowed_variables",
    "as_context",
    "clear_cache",
    "compiled_template",
    "context_markdown",
    "context_schema",
    "create_environment",
    "default_template_bytes",
    "ensure_shipped",
    "get_environment",
    "iter_render",
    "model_articles",
    "render_docx",
    "render_many",
    "render_mapping",
    "render_part",
    "render_untrusted",
    "services",
    "validate_template",
]
