"""The one Jinja environment for Word templates: used for variable discovery and for rendering.

Sandboxed (no Python internals, no mutation of context lists or dicts), autoescaping (values
cannot break the document XML), strict about undefined variables, and with the Dutch and
English filters of :mod:`templates.filters`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from templates.filters import FILTERS

#: Largest ``range()`` a template may ask for, and largest string/list a ``*`` may build.
MAX_RANGE = 1000
MAX_REPEAT = 10_000
MAX_POWER = 100

# XML 1.0 refuses these control characters; \t and \n are kept (tab and line break in Word).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _finalize(value: Any) -> Any:
    """Runs on every ``{{ }}`` output before escaping: tidy line ends, drop XML-illegal chars."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value


def _small_range(*args: int) -> range:
    """``range`` for templates, capped at :data:`MAX_RANGE` items."""
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise OverflowError(f"range() met meer dan {MAX_RANGE} elementen is niet toegestaan")
    return result


class WordTemplateEnvironment(ImmutableSandboxedEnvironment):
    """Immutable sandbox that also refuses arithmetic that would blow up memory or time."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        if op == "**" and isinstance(right, int) and abs(right) > MAX_POWER:
            raise SecurityError(f"machten boven {MAX_POWER} zijn niet toegestaan")
        if op == "*":
            for seq, times in ((left, right), (right, left)):
                sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if sized and len(seq) * times > MAX_REPEAT:
                    raise SecurityError("te grote herhaling in sjabloon")
        return super().call_binop(context, op, left, right)


def create_environment() -> WordTemplateEnvironment:
    """A fresh environment (tests use this; the application shares :func:`get_environment`)."""
    env = WordTemplateEnvironment(
        autoescape=True,
        undefined=StrictUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
    )
    env.filters.update(FILTERS)
    # ``safe`` would let a value write raw WordprocessingML into the document.
    env.filters.pop("safe", None)
    env.globals.pop("lipsum", None)
    env.globals["range"] = _small_range
    return env


@functools.cache
def get_environment() -> WordTemplateEnvironment:
    """The shared environment used by validation and rendering alike."""
    return create_environment()


__all__ = ["MAX_RANGE", "WordTemplateEnvironment", "create_environment", "get_environment"]
