"""The house rules of LAYOUT.md that import-linter does not check (it checks the layers)."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGES = ("core", "clauses", "templates", "suppliers", "contracts", "oversight", "vwo")
#: Data, not code: the model agreements' texts, and migrations as Piccolo wrote them.
LONG_ALLOWED = {"templates/defaults/content_nl.py", "templates/defaults/content_en.py"}
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 80


def modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "piccolo_migrations" not in p.parts and p.parts[-2] != "egg-info")


def imports_from(path: Path) -> list[ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module and n.level == 0]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_names_its_public_api(package: str) -> None:
    face = importlib.import_module(package)
    if package == "vwo":  # the composition root: nothing imports it
        return
    assert face.__all__, package
    missing = [name for name in face.__all__ if not hasattr(face, name)]
    assert not missing, f"{package}.__all__ names what it does not have: {missing}"


def test_other_packages_import_only_a_package_s_public_api() -> None:
    faces = {p: set(importlib.import_module(p).__all__) for p in PACKAGES if p != "vwo"}
    wrong = []
    for path in modules():
        own = path.relative_to(SRC).parts[0]
        for node in imports_from(path):
            top, _, rest = node.module.partition(".")  # type: ignore[union-attr]
            if top not in faces or top == own:
                continue
            if rest:  # a module of the package: only one the package names as public
                if rest.split(".")[0] not in faces[top]:
                    wrong.append(f"{path.relative_to(SRC)}:{node.lineno} imports {node.module}")
                continue
            for alias in node.names:
                if alias.name not in faces[top]:
                    wrong.append(f"{path.relative_to(SRC)}:{node.lineno} imports {top}.{alias.name}")
    assert not wrong, "\n".join(wrong)


def test_no_private_name_is_used_outside_its_module() -> None:
    wrong = [
        f"{path.relative_to(SRC)}:{node.lineno} imports {node.module}.{alias.name}"
        for path in modules()
        for node in imports_from(path)
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert not wrong, "\n".join(wrong)


def test_modules_and_functions_stay_small() -> None:
    wrong = []
    for path in modules():
        name = str(path.relative_to(SRC))
        text = path.read_text(encoding="utf-8")
        if name not in LONG_ALLOWED and text.count("\n") > MAX_MODULE_LINES:
            wrong.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    wrong.append(f"{name}:{node.lineno} {node.name}(): {length} lines")
    assert not wrong, "\n".join(wrong)
