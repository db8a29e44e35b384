"""The overview as a horizontal bar chart in SVG, drawn on the server.

No script, no external assets, no fonts to fetch. Accessible: ``role="img"`` with a
``<title>`` and a ``<desc>`` that says every number in a sentence; each bar carries its
count and its light as text ("3 · rood"), so colour is never the only signal. The colours
are the stylesheet's (contrast with white above 4.5:1). Every text is escaped here, which
is what lets the page insert the result as markup.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from markupsafe import Markup

from core import datum

if TYPE_CHECKING:
    from oversight.overview.model import Overview

COLOURS = {"green": "#1d6b2f", "orange": "#8a5a00", "red": "#a4161a"}
LIGHT_WORDS = {"green": "groen", "orange": "oranje", "red": "rood"}
INK = "#1b1b1b"
GRID = "#c8c8c8"

WIDTH = 720
LABEL_WIDTH = 300
VALUE_SPACE = 110
ROW = 40
BAR = 24
TOP = 12


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def describe(overview: Overview) -> str:
    """The chart in one paragraph of Dutch: every figure, its number and its light."""
    parts = [
        f"{f.label}: {f.count} ({LIGHT_WORDS[f.light]})" for f in overview.figures
    ]
    return (
        f"Staafdiagram van de stand van zaken van {overview.name} op {datum(overview.on)}. "
        + "; ".join(parts)
        + f". Totaaloordeel: {LIGHT_WORDS[overview.light]}."
    )


def overview_svg(overview: Overview, *, element_id: str = "overzicht-grafiek") -> str:
    """The SVG document for ``overview`` (also valid inside HTML)."""
    figures = overview.figures
    height = TOP * 2 + ROW * len(figures)
    largest = max((f.count for f in figures), default=0) or 1
    span = WIDTH - LABEL_WIDTH - VALUE_SPACE
    ident = _e(element_id)
    title = f"Stoplichtoverzicht {overview.name}"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" id="{ident}" '
        f'aria-labelledby="{ident}-title {ident}-desc" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" font-family="system-ui, sans-serif" font-size="14">',
        f'<title id="{ident}-title">{_e(title)}</title>',
        f'<desc id="{ident}-desc">{_e(describe(overview))}</desc>',
        f'<line x1="{LABEL_WIDTH}" y1="{TOP - 4}" x2="{LABEL_WIDTH}" y2="{height - TOP + 4}" '
        f'stroke="{GRID}" stroke-width="1"/>',
    ]
    for index, figure in enumerate(figures):
        y = TOP + index * ROW
        middle = y + ROW / 2
        length = round(span * figure.count / largest) if figure.count else 0
        colour = COLOURS[figure.light]
        out.append(
            f'<g><text x="{LABEL_WIDTH - 10}" y="{middle:.0f}" dy="0.35em" text-anchor="end" '
            f'fill="{INK}">{_e(figure.label)}</text>'
        )
        if length:
            out.append(
                f'<rect x="{LABEL_WIDTH}" y="{middle - BAR / 2:.0f}" width="{length}" height="{BAR}" '
                f'fill="{colour}"/>'
            )
        out.append(
            f'<text x="{LABEL_WIDTH + length + 8}" y="{middle:.0f}" dy="0.35em" fill="{colour}" '
            f'font-weight="700">{_e(figure.count)} · {_e(LIGHT_WORDS[figure.light])}</text></g>'
        )
    out.append("</svg>")
    return "".join(out)


__all__ = ["describe", "overview_svg"]


def overview_chart(overview: Overview) -> Markup:
    """The chart for a page: markup, since every text in it is escaped by this module."""
    return Markup(overview_svg(overview))  # noqa: S704 - built from escaped parts only
