"""Queries built once per shape, then run with new values.

Piccolo builds and compiles a select anew on every call: for a list page with a join
and a scope filter that is 0.2-0.5 ms of Python per query, more than SQLite needs to
run it (bench/bench_register.py). Here a query is built once per *shape* (which
conditions, how many values in an ``IN`` list) from placeholders, compiled by Piccolo,
and kept as a raw template; a request binds its values to the kept template and runs
it as a Piccolo raw query: the same parameters, engine and transaction handling,
without rebuilding.

A condition is written as a function of its value::

    OF_KIND = Condition(lambda kind: Evidence.kind == kind)
    IN_EEA = Condition(lambda: WhereRaw(EEA_SQL))          # no value

and used by calling it: ``OF_KIND("iso27001")``, ``IN_EEA()``. Values only ever travel
as query parameters; a builder that drops or transforms its value is refused when the
template is made, so such a mistake cannot bind a value to the wrong place.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from piccolo.custom_types import Combinable
from piccolo.query import Query
from piccolo.table import Table

#: Templates kept per cache before it starts over; shapes are few (conditions x the
#: number of scopes a user has), so this bounds memory, not the hit rate.
MAX_TEMPLATES = 512


class Slot:
    """Stands for a value while a query is built; the value is bound when it runs."""

    __slots__ = ("index", "position")

    def __init__(self, position: int, index: int | None = None) -> None:
        self.position = position
        self.index = index

    def __repr__(self) -> str:
        return f"Slot({self.position}, {self.index})"


_NO_VALUE: Any = object()


class Condition:
    """A WHERE condition as a function of its value (or of nothing)."""

    __slots__ = ("build", "name")

    def __init__(self, build: Callable[..., Combinable], name: str = "") -> None:
        self.build = build
        self.name = name or getattr(build, "__name__", "condition")

    def __call__(self, value: Any = _NO_VALUE) -> Bound:
        return Bound(self, value)

    def __repr__(self) -> str:
        return f"Condition({self.name})"


@dataclass(frozen=True, slots=True)
class Bound:
    """A condition with the value one request gives it."""

    condition: Condition
    value: Any

    @property
    def shape(self) -> Hashable:
        if self.value is _NO_VALUE:
            return (self.condition, "-")
        if isinstance(self.value, list | tuple):
            return (self.condition, len(self.value))
        return (self.condition, None)

    def placeholder(self, position: int) -> Any:
        if isinstance(self.value, list | tuple):
            return [Slot(position, i) for i in range(len(self.value))]
        return Slot(position)

    def where(self, position: int) -> tuple[Combinable, list[Slot]]:
        """The condition built on placeholders, and the slots it was given."""
        if self.value is _NO_VALUE:
            return self.condition.build(), []
        holder = self.placeholder(position)
        slots = holder if isinstance(holder, list) else [holder]
        return self.condition.build(holder), slots


@dataclass(frozen=True, slots=True)
class Template:
    """A compiled query: Piccolo's raw-query text and what to bind to each ``{}``."""

    table: type[Table]
    text: str
    #: Per parameter: a Slot (a request's value) or a constant the builder wrote in.
    binds: tuple[Any, ...]

    def args(self, values: Sequence[Any]) -> list[Any]:
        out = []
        for bind in self.binds:
            if isinstance(bind, Slot):
                value = values[bind.position]
                out.append(value if bind.index is None else value[bind.index])
            else:
                out.append(bind)
        return out

    async def rows(self, values: Sequence[Any], *extra: Any) -> list[dict[str, Any]]:
        """Run with ``values`` (one per position) and ``extra`` for trailing ``{}``s."""
        return await self.table.raw(self.text, *self.args(values), *extra)


def compile_query(query: Query[Any, Any], slots: Sequence[Slot], suffix: str = "") -> Template:
    """Compile a query built on ``slots``; ``suffix`` (raw-template text) is appended."""
    querystrings = query.querystrings
    if len(querystrings) != 1:
        raise ValueError("only single-statement queries can be prepared")
    _, fragments, args = querystrings[0].bundle(start_index=1, bundled=[], combined_args=[])
    text = "".join(
        f.prefix.replace("{", "{{").replace("}", "}}") + ("" if f.no_arg else "{}") for f in fragments
    )
    used = {id(a) for a in args if isinstance(a, Slot)}
    missing = [s for s in slots if id(s) not in used]
    if missing:
        raise ValueError(f"the query does not use its value(s) {missing}: it cannot be prepared")
    return Template(query.table, text + suffix, tuple(args))


class TemplateCache:
    """Templates by shape, made on first use."""

    __slots__ = ("_templates",)

    def __init__(self) -> None:
        self._templates: dict[Hashable, Template] = {}

    def get(self, key: Hashable, make: Callable[[], Template]) -> Template:
        template = self._templates.get(key)
        if template is None:
            if len(self._templates) >= MAX_TEMPLATES:
                self._templates.clear()
            template = self._templates[key] = make()
        return template

    def __len__(self) -> int:
        return len(self._templates)
