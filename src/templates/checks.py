"""Static checks on template syntax trees: internals, unknown fields, clause claims."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

import jinja2
import msgspec.inspect as mi
from jinja2 import nodes

from templates.context import RenderContext

#: Attribute names that only serve to climb out of the sandbox (besides any ``_name``).
UNSAFE_ATTRIBUTES = frozenset(
    {
        "mro",
        "func_globals",
        "func_code",
        "func_closure",
        "f_globals",
        "f_locals",
        "f_back",
        "f_code",
        "f_builtins",
        "gi_frame",
        "gi_code",
        "gi_yieldfrom",
        "cr_frame",
        "cr_code",
        "cr_await",
        "ag_frame",
        "ag_code",
        "ag_await",
        "tb_frame",
        "tb_next",
        "im_func",
        "im_self",
        "im_class",
        "subclasses",
        "globals",
        "builtins",
        "import_module",
        "modules",
        "co_code",
    }
)
_CLAIM = re.compile(r"^\s*(?:clauses|clausules|bepalingen)\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _is_unsafe(name: str) -> bool:
    return name.startswith("_") or name in UNSAFE_ATTRIBUTES


def forbidden_constructs(tree: nodes.Template) -> list[str]:
    """Ways a template reaches for Python internals or other files, described in Dutch."""
    found: list[str] = []
    for node in tree.find_all(nodes.Getattr):
        if _is_unsafe(node.attr):
            found.append(f"regel {node.lineno}: attribuut '{node.attr}' is niet toegestaan")
    for item in tree.find_all(nodes.Getitem):
        arg = item.arg
        if isinstance(arg, nodes.Const) and isinstance(arg.value, str) and _is_unsafe(arg.value):
            found.append(f"regel {item.lineno}: ['{arg.value}'] is niet toegestaan")
    for flt in tree.find_all(nodes.Filter):
        first = flt.args[0] if flt.name == "attr" and flt.args else None
        name = first.value if isinstance(first, nodes.Const) else None
        if isinstance(name, str) and _is_unsafe(name):
            found.append(f"regel {flt.lineno}: attr('{name}') is niet toegestaan")
    for kind in (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport):
        for construct in tree.find_all(kind):
            found.append(f"regel {construct.lineno}: extends/include/import is niet toegestaan")
    return found


@dataclass(frozen=True)
class ListOf:
    item: Schema


Schema = Union[dict[str, "Schema"], ListOf, None]  # noqa: UP007 - recursive alias


def _schema(info: mi.Type) -> Schema:
    if isinstance(info, mi.StructType):
        return {field.name: _schema(field.type) for field in info.fields}
    if isinstance(info, mi.ListType):
        return ListOf(_schema(info.item_type))
    if isinstance(info, mi.UnionType):
        for member in info.types:
            if not isinstance(member, mi.NoneType):
                return _schema(member)
    return None


def context_tree() -> dict[str, Schema]:
    """The context as a tree of field names (lists marked), for path checks."""
    tree = _schema(mi.type_info(RenderContext))
    assert isinstance(tree, dict)
    return tree


_PASS_THROUGH_FILTERS = frozenset(
    {"sort", "reverse", "unique", "list", "select", "reject", "selectattr", "rejectattr", "batch"}
)


def unknown_fields(tree: nodes.Template, schema: dict[str, Schema] | None = None) -> list[str]:
    """Attribute paths such as ``agreement.titel`` that the documented context does not have.

    Follows ``{% for x in some_list %}`` so ``x.naem`` inside the loop is checked too.
    Paths through values of unknown shape (loop variables of filtered expressions,
    ``set`` variables) are not checked here; the trial render catches those it reaches.
    """
    roots = schema if schema is not None else context_tree()
    problems: dict[str, int] = {}

    def resolve(node: nodes.Node, scope: dict[str, Schema]) -> tuple[str, Schema] | None:
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return node.name, scope[node.name]
            return (node.name, roots[node.name]) if node.name in roots else None
        attr: str | None = None
        if isinstance(node, nodes.Getattr):
            attr = node.attr
        elif isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            if isinstance(node.arg.value, int):
                base = resolve(node.node, scope)
                if base and isinstance(base[1], ListOf):
                    return f"{base[0]}[]", base[1].item
                return None
            attr = node.arg.value if isinstance(node.arg.value, str) else None
        elif isinstance(node, nodes.Filter) and node.name in _PASS_THROUGH_FILTERS and node.node:
            return resolve(node.node, scope)
        if attr is None:
            return None
        base = resolve(node.node, scope)  # type: ignore[attr-defined]
        if base is None:
            return None
        path, shape = base
        if not isinstance(shape, dict):
            return None
        if attr not in shape:
            problems.setdefault(f"{path}.{attr}", node.lineno)
            return None
        return f"{path}.{attr}", shape[attr]

    def visit(node: nodes.Node, scope: dict[str, Schema]) -> None:
        if isinstance(node, nodes.For):
            visit(node.iter, scope)
            inner = dict(scope)
            found = resolve(node.iter, scope)
            if found and isinstance(found[1], ListOf) and isinstance(node.target, nodes.Name):
                inner[node.target.name] = found[1].item
            for child in [*node.body, *([node.test] if node.test else [])]:
                visit(child, inner)
            for child in node.else_:
                visit(child, scope)
            return
        if isinstance(node, nodes.Getattr | nodes.Getitem):
            resolve(node, scope)
        for child in node.iter_child_nodes():
            visit(child, scope)

    visit(tree, {})
    return [f"regel {line}: '{path}' bestaat niet" for path, line in problems.items()]


def clause_claims(env: jinja2.Environment, source: str) -> list[str]:
    """Clause keys claimed with a comment ``{# clauses: key-1, key-2 #}`` in a part."""
    keys: list[str] = []
    for _line, token, value in env.lex(source):
        if token == "comment":  # noqa: S105 - a Jinja token type
            match = _CLAIM.match(value)
            if match:
                keys += [k.strip() for k in re.split(r"[,;\s]+", match.group(1)) if k.strip()]
    return keys
