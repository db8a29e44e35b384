"""The board lands on its overview; everyone reads names, filters, sorts and marks flags
handled on the home page; overdue items stand on today; links are absolute."""

from __future__ import annotations

import csv
import io
import re
import struct
import zlib

import pytest_asyncio

from contracts import HandledFlag
from core import clock
from core.auth import SYSTEM
from core.settings import Settings
from core.tables import AuditEvent
from core.users import add_user
from oversight.flags.calendar import render_calendar
from oversight.flags.compute import compute_flags
from oversight.overview import reads as ov
from oversight.overview.chart import COLOURS
from oversight.overview.chart_png import overview_png
from suppliers.tables import Product
from tests.oversight.test_overview import ON, PASSWORD, seed_register


@pytest_asyncio.fixture
async def world(clean, app_client, monkeypatch):  # type: ignore[no-untyped-def]
    register = await seed_register()
    monkeypatch.setattr(clock, "today", lambda: ON)
    for email, role, scopes in [
        ("bestuur@isd-a.test", "board", ["isd-a"]), ("bestuur@beide.test", "board", ["isd-a", "GM0363"]),
        ("inkoop@beide.test", "procurement", ["isd-a", "GM0363"]),
    ]:
        await add_user(email, role, scopes, password=PASSWORD)
    yield {"client": app_client, **register}
    app_client.cookies.clear()


async def login(client, email: str) -> None:  # type: ignore[no-untyped-def]
    client.cookies.clear()
    await client.get("/login")
    response = await client.post("/login", data={
        "email": email, "password": PASSWORD, "_csrf_token": client.cookies.get("csrftoken"),
    })
    assert response.status_code == 303, response.text


async def post(client, url: str, data: dict[str, str]):  # type: ignore[no-untyped-def]
    return await client.post(url, data={**data, "_csrf_token": client.cookies.get("csrftoken")},
                             follow_redirects=True)


async def test_a_board_member_lands_on_its_overview_or_chooses(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "bestuur@isd-a.test")
    home = await client.get("/", follow_redirects=False)
    assert home.status_code == 303 and home.headers["location"] == "/overview/isd-a"
    overview = (await client.get("/overview/isd-a", params={"on": ON.isoformat()})).text
    assert "2</span> van 3 producten in gebruik" in overview
    assert "rood: een product in gebruik zonder overeenkomst" in overview  # each colour's rule on the tile
    assert 'href="/?view=signalen"' in overview
    assert (await client.get("/", params={"view": "signalen"})).status_code == 200

    await login(client, "bestuur@beide.test")
    choice = await client.get("/", follow_redirects=False)
    assert choice.status_code == 200
    assert 'href="/overview/isd-a">ISD Alfa</a>' in choice.text
    assert 'href="/overview/GM0363">Gemeente Teststad</a>' in choice.text


async def test_exports_link_absolutely_to_the_host_asked(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "bestuur@isd-a.test")
    raw = (await client.get("/arrangements/isd-a/overview.csv", params={"on": ON.isoformat()})).content
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    links = [row[-1] for row in rows[1:] if row[-1]]
    assert links and all(link.startswith("http://testserver.local/") for link in links)
    gaps = [row for row in rows if row[0] == "Overeenkomsten met open hiaten"]
    assert len(gaps) == 1  # one row per agreement, its clauses in one cell


async def test_the_chart_png_has_a_bar_per_figure_in_its_colour(world) -> None:  # type: ignore[no-untyped-def]
    result = await ov.overview_for("isd-a", SYSTEM, ON)
    png = overview_png(result)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    length = struct.unpack(">I", png[33:37])[0]
    pixels = zlib.decompress(png[41 : 41 + length])
    stride = width * 3 + 1
    assert height == 12 * 2 + 44 * len(result.figures)

    def pixel(x: int, y: int) -> str:
        offset = y * stride + 1 + x * 3
        return "#" + pixels[offset : offset + 3].hex()

    for index, figure in enumerate(result.figures):
        assert pixel(20, 12 + index * 44 + 22) == COLOURS[figure.light]  # every figure has a count > 0


async def test_flags_read_names_not_codes(world) -> None:  # type: ignore[no-untyped-def]
    flags = await compute_flags(None, ON, settings=Settings())
    missing = [f for f in flags if f.kind == "missing_agreement" and f.controller == "GM0363"]
    assert missing and missing[0].message.startswith("Gemeente Teststad gebruikt")
    assert missing[0].controller_name == "Gemeente Teststad"
    feed = render_calendar(flags, Settings(), base="https://register.test", on=ON).decode()
    assert "(GM0363)" not in feed and "(isd-a)" not in feed


async def test_home_filters_sorts_and_marks_a_flag_handled_until_its_cause_changes(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@beide.test")
    home = (await client.get("/")).text
    assert "Gemeente Teststad gebruikt Rekenmodule" in home and '<span class="controller">ISD Alfa</span>' in home
    only = (await client.get("/", params={"controller": "GM0363"})).text
    assert '<span class="controller">ISD Alfa</span>' not in only
    assert '<option value="isd-a">ISD Alfa</option>' in only  # the other choice stays offered
    critical = (await client.get("/", params={"severity": "critical"})).text
    assert "sev-warning" not in critical.split('id="signalen"')[1].split('id="termijnen"')[0]
    by_name = (await client.get("/", params={"sort": "naam"})).text
    controllers = re.findall(r'<span class="controller">([^<]+)</span>', by_name)
    assert controllers == sorted(controllers, key=str.lower)

    flags = await compute_flags(frozenset({"GM0363"}), ON, settings=Settings())
    flag = next(f for f in flags if f.kind == "missing_agreement")
    done = await post(client, "/flags/handled", {"uid": flag.uid, "controller": "GM0363"})
    assert done.status_code == 200 and "Afgehandeld:" in done.text
    assert "Gemeente Teststad gebruikt Rekenmodule" not in done.text.split('id="signalen"')[1]
    assert "1 signaal is afgehandeld" in done.text
    event = await AuditEvent.select().where(AuditEvent.action == "handle").first()
    assert event is not None and event["scope"] == "GM0363" and event["actor"] == "inkoop@beide.test"

    await Product.update({Product.name: "Rekenmodule Plus"}).where(Product.id == world["p8"])  # the cause changed
    back = (await client.get("/")).text
    assert "Gemeente Teststad gebruikt Rekenmodule Plus" in back
    assert await HandledFlag.count() == 1


async def test_a_flag_outside_scope_cannot_be_marked(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@beide.test")
    response = await post(client, "/flags/handled", {"uid": "missing-agreement:product:1:isd-b", "controller": "isd-b"})
    assert response.status_code == 404 and await HandledFlag.count() == 0
    await login(client, "bestuur@isd-a.test")
    refused = await post(client, "/flags/handled", {"uid": "x", "controller": "isd-a"})
    assert refused.status_code == 403


async def test_overdue_items_stand_on_today(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "inkoop@beide.test")
    flags = await compute_flags(frozenset({"isd-a"}), ON, settings=Settings())
    late = [f for f in flags if f.due and f.due < ON]
    assert late, "the register has an overdue item"
    home = (await client.get("/")).text
    table = home.split('id="termijnen"')[1]
    assert "vandaag <strong class=\"overdue\">te laat</strong>" in table
    feed = render_calendar(flags, Settings(), on=ON).decode()
    assert f"DTSTART;VALUE=DATE:{late[0].due:%Y%m%d}" not in feed
    assert f"DTSTART;VALUE=DATE:{ON:%Y%m%d}" in feed and "Te laat: " in feed


async def test_my_page_offers_the_calendar_with_the_requests_host(world) -> None:  # type: ignore[no-untyped-def]
    client = world["client"]
    await login(client, "bestuur@isd-a.test")
    page = (await client.get("/me")).text
    assert "Agenda-adres maken" in page
    made = await post(client, "/me/calendar", {})
    url = re.search(r'id="feed-url" type="text" readonly value="([^"]+)"', made.text).group(1)  # type: ignore[union-attr]
    assert url.startswith("http://testserver.local/calendar/cal_") and ":8000" not in url
    feed = await client.get(url.removeprefix("http://testserver.local"))
    assert feed.status_code == 200 and "http://testserver.local/" in feed.text
    assert ":8000" not in feed.text

