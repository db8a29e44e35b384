"""The one Jinja environment for Word templates: used for variable discovery and for rendering.

Sandboxed (no Python internals, no mutation of context lists or dicts), autoescaping (values
cannot break the document XML), strict about undefined variables, and with the Dutch and
English filters of :mod:`templates.filters`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from jinja2 import StrictUndefined, nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.nodes import EvalContext
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup

from templates.filters import FILTERS

#: Largest ``range()`` a template may ask for, and largest string/list a ``*`` may build.
MAX_RANGE = 1000
MAX_REPEAT = 10_000
MAX_POWER = 100
#: Largest integer a template may compute (in bits; about 3000 decimal digits).
MAX_INT_BITS = 10_000
#: Largest string or list any operation, filter or method call may produce.
MAX_SIZE = 1_000_000
#: Largest width, count or padding a filter or string method may be asked for.
MAX_WIDTH = 10_000

# XML 1.0 refuses these control characters; \t and \n are kept (tab and line break in Word).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: A width or precision of six digits or more in a format string ("%999999s", "{:>999999}").
_WIDE_FORMAT = re.compile(r"\d{6,}")
#: A replacement field whose format spec holds another field ("{:{}}", "{0:>{w}}").
_NESTED_SPEC = re.compile(r"\{[^{}]*:[^{}]*\{")
#: Filters and ``str`` methods whose numeric arguments are widths or counts of output.
_WIDTH_FILTERS = frozenset({"center", "indent", "wordwrap", "batch", "slice", "truncate"})
_PADDING_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


class TemplateLimitError(SecurityError):
    """A template asked for a result too large to compute (a number, string or list)."""


def _finalize(value: Any) -> Any:
    """Runs on every ``{{ }}`` output before escaping: tidy line ends, drop XML-illegal chars."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value


def _small_range(*args: int) -> range:
    """``range`` for templates, capped at :data:`MAX_RANGE` items."""
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise TemplateLimitError(f"range() met meer dan {MAX_RANGE} elementen is niet toegestaan")
    return result


def _sized(value: Any) -> Any:
    """``value`` itself, unless it is a string or list longer than :data:`MAX_SIZE`."""
    if isinstance(value, str | list | tuple) and len(value) > MAX_SIZE:
        raise TemplateLimitError(f"een tekst of lijst langer dan {MAX_SIZE} is niet toegestaan")
    return value


def _check_widths(values: Iterable[Any]) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
            raise TemplateLimitError(f"een breedte of aantal boven {MAX_WIDTH} is niet toegestaan")


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str) and _WIDE_FORMAT.search(fmt):
        raise TemplateLimitError("een opmaak met zo'n grote breedte is niet toegestaan")


def _check_replace(text: Any, old: Any, new: Any, count: Any = None) -> None:
    text, old, new = str(text), str(old), str(new)
    times = text.count(old) if old else len(text) + 1
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    if len(text) + times * max(0, len(new) - len(old)) > MAX_SIZE:
        raise TemplateLimitError(f"replace() zou een tekst langer dan {MAX_SIZE} maken")


def _guarded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` with its arguments checked beforehand and its result size afterwards."""

    @functools.wraps(func)  # keeps Jinja's pass_context / pass_eval_context marker
    def guarded(*args: Any, **kwargs: Any) -> Any:
        values = [a for a in args if not isinstance(a, Context | EvalContext)]
        subject, rest = (values[0], values[1:]) if values else (None, [])
        if name in _WIDTH_FILTERS:
            _check_widths([*rest, *kwargs.values()])
        elif name == "format":
            _check_format(subject)
            if isinstance(subject, str) and "*" in subject:
                _check_widths(rest)
        elif name == "replace" and len(rest) >= 2:
            _check_replace(subject, *rest[:3])
        return _sized(func(*args, **kwargs))

    return guarded


class _SizedConcat(CodeGenerator):
    """Compiles ``a ~ b`` so that its result passes :func:`_sized` (the sandbox cannot see it)."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.sized(")
        super().visit_Concat(node, frame)
        self.write(")")


class WordTemplateEnvironment(ImmutableSandboxedEnvironment):
    """Immutable sandbox that also refuses work that would blow up memory or time.

    Refused: powers and products of huge integers, repeating or joining strings and
    lists beyond :data:`MAX_SIZE`, padding and counts beyond :data:`MAX_WIDTH` (``center``,
    ``batch``, ``"%999999s"``, ``"{:>999999}"``), and ``range`` beyond :data:`MAX_RANGE`.
    Loops that merely take long are stopped by the worker process's time limit
    (:mod:`core.isolation`), which runs every uploaded template.
    """

    intercepted_binops = frozenset({"*", "**", "+", "%"})
    code_generator_class = _SizedConcat

    @staticmethod
    def sized(value: Any) -> Any:
        return _sized(value)

    def call_binop(self, context: Any, op: str, left: Any, right: Any) -> Any:
        ints = all(isinstance(v, int) and not isinstance(v, bool) for v in (left, right))
        huge = ints and right > 0 and left.bit_length() * right > MAX_INT_BITS
        if op == "**" and isinstance(right, int) and (abs(right) > MAX_POWER or huge):
            raise TemplateLimitError(f"machten boven {MAX_INT_BITS} bits zijn niet toegestaan")
        if op == "*":
            if ints and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise TemplateLimitError(f"getallen boven {MAX_INT_BITS} bits zijn niet toegestaan")
            for seq, times in ((left, right), (right, left)):
                sized = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if sized and len(seq) * times > MAX_REPEAT:
                    raise TemplateLimitError("te grote herhaling in sjabloon")
        if op == "%" and isinstance(left, str):
            _check_format(left)
            if "*" in left:
                _check_widths(right if isinstance(right, tuple) else [right])
        return _sized(super().call_binop(context, op, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        target = getattr(__obj, "__wrapped__", __obj)  # the sandbox wraps str.format
        owner, name = getattr(target, "__self__", None), getattr(target, "__name__", "")
        if isinstance(owner, str):
            if name in _PADDING_METHODS:
                _check_widths([*args, *kwargs.values()])
            elif name in {"format", "format_map"}:
                _check_format(owner)
                if _NESTED_SPEC.search(owner):  # "{:{}}": the width is an argument
                    mapping = args[0] if name == "format_map" and args else {}
                    values = mapping.values() if isinstance(mapping, dict) else []
                    _check_widths([*args, *kwargs.values(), *values])
            elif name == "replace" and len(args) >= 2:
                _check_replace(owner, *args[:3])
        return _sized(super().call(__context, __obj, *args, **kwargs))


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
    env.filters = {name: _guarded_filter(name, f) for name, f in env.filters.items()}
    env.globals.pop("lipsum", None)
    env.globals["range"] = _small_range
    return env


@functools.cache
def get_environment() -> WordTemplateEnvironment:
    """The shared environment used by validation and rendering alike."""
    return create_environment()


__all__ = [
    "MAX_RANGE",
    "MAX_SIZE",
    "TemplateLimitError",
    "WordTemplateEnvironment",
    "create_environment",
    "get_environment",
]
