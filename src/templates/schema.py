"""Describe the rendering context: a JSON-friendly schema and a Markdown table for the README."""

from __future__ import annotations

from typing import Any

import msgspec
import msgspec.inspect as mi

from templates.context import SAMPLE_CONTEXT, RenderContext
from templates.context_docs import DOCS
from templates.filters import FILTER_HELP_NL, FILTERS


def _type_name(info: mi.Type) -> tuple[str, bool]:
    """A short type name and whether ``None`` is allowed."""
    if isinstance(info, mi.UnionType):
        nullable = any(isinstance(t, mi.NoneType) for t in info.types)
        rest = [t for t in info.types if not isinstance(t, mi.NoneType)]
        return (_type_name(rest[0])[0] if len(rest) == 1 else "any"), nullable
    if isinstance(info, mi.ListType):
        return f"list[{_type_name(info.item_type)[0]}]", False
    if isinstance(info, mi.LiteralType):
        return "enum(" + ", ".join(str(v) for v in info.values) + ")", False
    if isinstance(info, mi.StructType):
        return "object", False
    names = {
        mi.StrType: "string",
        mi.IntType: "integer",
        mi.BoolType: "boolean",
        mi.DateType: "date",
        mi.DateTimeType: "datetime",
    }
    return names.get(type(info), type(info).__name__.removesuffix("Type").lower()), False


def _inner_struct(info: mi.Type) -> mi.StructType | None:
    if isinstance(info, mi.StructType):
        return info
    if isinstance(info, mi.ListType):
        return _inner_struct(info.item_type)
    if isinstance(info, mi.UnionType):
        for member in info.types:
            found = _inner_struct(member)
            if found is not None:
                return found
    return None


def _example(sample: Any, path: list[str]) -> Any:
    value: Any = sample
    for step in path:
        if isinstance(value, list):
            value = value[0] if value else None
        value = None if value is None else value.get(step)
    return value


def _walk(
    struct: mi.StructType,
    prefix: str,
    sample_path: list[str],
    out: list[dict[str, Any]],
    sample: Any,
) -> None:
    for field in struct.fields:
        path = f"{prefix}{field.name}"
        type_name, nullable = _type_name(field.type)
        nl, en = DOCS.get(path, ("", ""))
        inner = _inner_struct(field.type)
        steps = [*sample_path, field.name]
        entry: dict[str, Any] = {
            "path": path,
            "type": type_name,
            "nullable": nullable,
            "description_nl": nl,
            "description_en": en,
        }
        if inner is None:
            entry["example"] = _example(sample, steps)
        out.append(entry)
        if inner is not None:
            child = f"{path}[]." if isinstance(field.type, mi.ListType) else f"{path}."
            _walk(inner, child, steps, out, sample)


def context_variables() -> list[dict[str, Any]]:
    """Every variable path with type, nullability, descriptions and (for leaves) an example."""
    info = mi.type_info(RenderContext)
    assert isinstance(info, mi.StructType)
    out: list[dict[str, Any]] = []
    _walk(info, "", [], out, msgspec.to_builtins(SAMPLE_CONTEXT))
    return out


def context_schema() -> dict[str, Any]:
    """The documented context: top-level names, every field, and the available filters."""
    return {
        "variables": context_variables(),
        "top_level": sorted(RenderContext.__struct_fields__),
        "filters": [
            {"name": name, "description": (func.__doc__ or "").strip(), "description_nl": FILTER_HELP_NL.get(name, "")}
            for name, func in FILTERS.items()
        ],
    }


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", "<br>")


def context_markdown() -> str:
    """The context as Markdown tables (variables, then filters)."""
    lines = [
        "| variabele / variable | type | omschrijving | description | voorbeeld / example |",
        "| --- | --- | --- | --- | --- |",
    ]
    for var in context_variables():
        type_name = var["type"] + (" \\| null" if var["nullable"] else "")
        example = "" if var.get("example") is None else f"`{_cell(var['example'])}`"
        lines.append(
            f"| `{var['path']}` | {type_name} | {_cell(var['description_nl'])} "
            f"| {_cell(var['description_en'])} | {example} |"
        )
    lines += ["", "| filter | omschrijving / description |", "| --- | --- |"]
    for item in context_schema()["filters"]:
        lines.append(f"| `{item['name']}` | {_cell(item['description'])} |")
    return "\n".join(lines) + "\n"
