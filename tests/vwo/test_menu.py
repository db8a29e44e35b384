"""The main menu: a handful of entries on one line, every page of a role reachable from it."""

from __future__ import annotations

import pytest

from core import Principal
from core.users import add_user
from tests.contracts.test_agreement_pages import PASSWORD, login
from tests.factories import seed_scope
from vwo.menu import menu


def flatten(entries: list) -> list[str]:  # type: ignore[type-arg]
    return [href for first, rest in entries for href in ([first] if isinstance(rest, str) else [h for h, _ in rest])]


def who(role: str) -> Principal:
    return Principal(user_id=1, email=f"{role}@gemeente.test", role=role, scopes=frozenset({"GM9901"}))


@pytest.mark.parametrize("role", ["admin", "procurement", "privacy_officer", "board", "viewer"])
def test_few_entries_on_the_bar_and_no_page_twice(role: str) -> None:
    entries = menu(who(role))
    assert len(entries) <= 8, entries
    hrefs = flatten(entries)
    assert len(hrefs) == len(set(hrefs))
    assert {"/", "/suppliers", "/agreements", "/processing-activities", "/inbox"} <= set(hrefs)


def test_each_role_sees_the_pages_it_may_use() -> None:
    fg, board, admin = (set(flatten(menu(who(r)))) for r in ("privacy_officer", "board", "admin"))
    assert {"/review", "/audit", "/incidents", "/rights-requests"} <= fg
    assert not {"/review", "/audit", "/incidents", "/rights-requests", "/users"} & board
    assert {"/users", "/admin/sso", "/audit"} <= admin and "/users" not in fg


async def test_the_page_shows_groups_that_open_and_marks_where_the_user_is(admin, app_client) -> None:  # type: ignore[no-untyped-def]
    await seed_scope(admin, "GM0363")
    await add_user("fg@gm0363.test", "privacy_officer", ["GM0363"], password=PASSWORD)
    await login(app_client, "fg@gm0363.test")
    html = (await app_client.get("/suppliers")).text
    app_client.cookies.clear()
    assert '<summary class="current">Register</summary>' in html
    assert '<a href="/suppliers" aria-current="page">Leveranciers</a>' in html
    assert "<summary>Beheer</summary>" in html and 'href="/audit"' in html
