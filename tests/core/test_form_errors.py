"""The shared form helper names every wrong field of a submit, nested ones included."""

from __future__ import annotations

from typing import Annotated

import msgspec
import pytest
from msgspec import Meta

from core import Incomplete, Invalid, check_outcome, field_errors, to_struct


class Line(msgspec.Struct, kw_only=True):
    name: Annotated[str, Meta(min_length=1)]
    code: Annotated[str, Meta(pattern=r"^[A-Z]{2}$")] = "NL"


class Body(msgspec.Struct, kw_only=True):
    title: Annotated[str, Meta(min_length=1, max_length=5)]
    count: Annotated[int, Meta(ge=1)]
    lines: list[Line] = msgspec.field(default_factory=list)


def errors_of(values: dict, **kw: object) -> dict[str, str]:  # type: ignore[type-arg]
    with pytest.raises(Invalid) as caught:
        to_struct(Body, values, **kw)  # type: ignore[arg-type]
    return {e["field"]: e["message"] for e in caught.value.errors}


def test_every_field_and_every_list_item_is_named() -> None:
    found = errors_of({"title": "veel te lang", "count": 0,
                       "lines": [{"name": "a", "code": "x"}, {"name": "", "code": "NL"}]})
    assert found == {"title": "Hoogstens 5 tekens.", "count": "Vul een getal van minstens 1 in.",
                     "lines[0].code": "Deze waarde is niet geldig.", "lines[1].name": "Vul dit veld in."}


def test_missing_fields_checkers_and_the_services_rules_come_together() -> None:
    found = errors_of({"title": "ok", "lines": [{"name": "a", "code": "nl"}]},
                      checkers={"lines[0].code": lambda v: f"{v} is geen landcode"},
                      rules=lambda values: {"title": "Bestaat al.", "extra": "Regel van de dienst."})
    assert found == {"count": "Verplicht veld ontbreekt.", "lines[0].code": "nl is geen landcode",
                     "title": "Bestaat al.", "extra": "Regel van de dienst."}
    assert to_struct(Body, {"title": "ok", "count": 2}).count == 2


def test_warnings_must_be_acknowledged_and_errors_block() -> None:
    check_outcome({}, {}, False)
    check_outcome({}, {"x": "let op"}, True)
    with pytest.raises(Incomplete) as warned:
        check_outcome({}, {"x": "let op"}, False)
    assert field_errors(warned.value) == {"x": "Let op: let op"} and warned.value.status_code == 422
    with pytest.raises(Incomplete) as blocked:
        check_outcome({"y": "ontbreekt"}, {"x": "let op"}, True)
    assert [e["severity"] for e in blocked.value.errors] == ["error", "warning"]
