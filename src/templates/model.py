"""The wording of our model agreements, article by article, filled in for one agreement.

The shipped templates are built from these same articles (``templates.defaults.build``),
so what a comparison quotes is what our document says.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from templates.context import RenderContext, template_namespace
from templates.defaults import content_en, content_nl
from templates.environment import get_environment

CONTENT: dict[str, ModuleType] = {"nl": content_nl, "en": content_en}


@dataclass(frozen=True, slots=True)
class ModelArticle:
    #: "Artikel 7" / "Article 7": as the generated document numbers it.
    label: str
    heading: str
    #: The clause keys the article covers.
    keys: tuple[str, ...]
    #: (number, text): "7.1" and the filled-in paragraph.
    paragraphs: tuple[tuple[str, str], ...]


def model_articles(language: str, context: RenderContext | dict[str, Any]) -> list[ModelArticle]:
    """Every article of the model in ``language`` (nl or en), filled in with ``context``."""
    content = CONTENT[language]
    environment = get_environment()
    namespace = template_namespace(context)
    articles = []
    for number, (heading, keys, paragraphs) in enumerate(content.ARTICLES, start=1):
        filled = tuple(
            (f"{number}.{sub}", html.unescape(environment.from_string(text).render(namespace)).strip())
            for sub, text in enumerate(paragraphs, start=1)
        )
        articles.append(ModelArticle(
            label=f"{content.ARTICLE} {number}", heading=heading, keys=tuple(keys), paragraphs=filled,
        ))
    return articles
