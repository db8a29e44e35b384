"""The board overview: figures and their lists, traffic lights, access, query count, exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from typing import Any

import docx
import openpyxl
import pytest
import pytest_asyncio
from lxml import etree

from core import crud
from core.auth import SYSTEM, Principal
from core.db import write_transaction
from core.errors import NotFound
from core.files import safe_xml_parser
from core.users import add_user
from oversight.overview import lights
from oversight.overview import reads as ov
from oversight.overview.chart import overview_chart, overview_svg
from oversight.overview.export import cell_text, to_csv, to_docx, to_xlsx
from tests import factories
from tests.factories import insert_rows as _insert
from tests.suppliers.test_query_counts import counting

ON = dt.date(2027, 3, 1)  # a Monday
EVIL = '=HYPERLINK("http://evil.example","klik")'
PASSWORD = "een-lang-wachtwoord-voor-het-bestuur"  # noqa: S105 - a test user


async def _agreement(scope: str, supplier: int, title: str, status: str, end: dt.date | None,
                     notice: int = 3, kind: str = "arrangement", **over: Any) -> int:
    from contracts.tables import Agreement

    (record,) = await _insert(Agreement, {
        "scope": scope, "controller_kind": kind, "supplier": supplier, "title": title,
        "status": status, "start_date": dt.date(2024, 1, 1), "end_date": end,
        "notice_period_months": notice, **over,
    })
    return record


async def _findings(agreement: int, rows: list[dict[str, Any]]) -> None:
    from contracts.tables import Document, Finding, Scan

    (document,) = await _insert(Document, {
        "agreement": agreement, "kind": "signed", "filename": "getekend.pdf",
        "media_type": "application/pdf", "sha256": "0" * 64, "size": 1, "created_by": "t",
        "created_at": crud.now(), "content": b"x",
    }, versioned=False)
    (scan,) = await _insert(Scan, {
        "agreement": agreement, "document": document, "status": "scanned", "created_by": "t",
        "created_at": crud.now(),
    }, versioned=False)
    await _insert(Finding, *[
        {"agreement": agreement, "scan": scan, "tier": "mandatory", "status": "missing", **row}
        for row in rows
    ], versioned=False)


async def seed_register(extra: int = 0) -> dict[str, Any]:
    """Arrangement isd-a with a bit of everything; isd-b beside it; GM0363 a member of isd-a.

    ``extra`` adds that many more suppliers, each with an agreement, evidence and a finding.
    """
    from suppliers.tables import (
        Arrangement,
        Evidence,
        Membership,
        Municipality,
        Product,
        ProductUsage,
        SubprocessorLink,
        Supplier,
    )

    async with write_transaction():
        (gm,) = await _insert(Municipality, {"name": "Gemeente Teststad", "cbs_code": "GM0363"})
        a, _b = await _insert(Arrangement, *[
            {"name": name, "slug": slug, "kind": "sociale_dienst", "legal_form": "openbaar_lichaam"}
            for name, slug in (("ISD Alfa", "isd-a"), ("ISD Beta", "isd-b"))
        ])
        await _insert(Membership, {"arrangement": a, "municipality": gm, "joined_on": dt.date(2020, 1, 1)},
                      versioned=False)
        names = ["Zaakwijs B.V.", "Rekenwerk B.V.", EVIL, "Hosting B.V.", "Oud B.V."]
        s1, s2, s3, s4, s5 = await _insert(Supplier, *[
            {"scope": "isd-a", "name": n, "country": "NL", "kvk_number": factories.kvk()} for n in names
        ])
        (sb,) = await _insert(Supplier, {"scope": "isd-b", "name": "Beta Leverancier", "country": "NL"})
        p1, p5, p7, p8, p9 = await _insert(Product, *[
            {"supplier": s, "name": n, "kind": "saas"}
            for s, n in ((s1, "Zaaksysteem"), (s5, "Oud portaal"), (s1, "Klantportaal"), (s2, "Rekenmodule"),
                         (s3, EVIL))
        ])
        await _insert(ProductUsage, *[
            {"product": p, "used_by": u}
            for p, u in ((p1, "isd-a"), (p5, "isd-a"), (p7, "GM0363"), (p8, "GM0363"), (p9, "isd-a"))
        ], versioned=False)
        await _insert(SubprocessorLink, {"supplier": s1, "subprocessor": s4, "country": "NL"})
        await _insert(Evidence, *[
            {"supplier": s1, "kind": "iso27001", "standard_version": "2022",
             "issued_on": dt.date(2026, 1, 1), "valid_until": dt.date(2029, 1, 1)},
            {"supplier": s2, "kind": "pentest", "issued_on": dt.date(2025, 1, 1)},
            {"supplier": s4, "kind": "isae3402_type2", "period_end": dt.date(2026, 6, 30)},
            {"supplier": sb, "kind": "iso27001", "valid_until": dt.date(2029, 1, 1)},
        ])
    from contracts.tables import AgreementProduct

    ag1 = await _agreement("isd-a", s1, "Zaaksysteem", "signed", dt.date(2030, 12, 31))
    ag2 = await _agreement("isd-a", s2, "Rekenmodule", "signed", dt.date(2027, 4, 15), notice=1)
    ag3 = await _agreement("isd-a", s5, "Oud portaal", "signed", dt.date(2026, 12, 31))
    ag4 = await _agreement("isd-a", s5, "Nog ouder", "ended", dt.date(2025, 12, 31))
    await _agreement("isd-b", sb, "Beta", "signed", None)
    await _insert(AgreementProduct, *[
        {"agreement": ag, "product": p} for ag, p in ((ag1, p1), (ag3, p5), (ag1, p7))
    ], versioned=False)
    await _findings(ag1, [
        {"key": "instructions"},
        {"key": "subprocessor-authorisation", "status": "weak"},
        {"key": "instructions", "decision": "accepted_risk"},
        {"key": "confidentiality", "superseded": True},
        {"key": "audits", "tier": "recommended"},
    ])
    for n in range(extra):
        async with write_transaction():
            (s,) = await _insert(Supplier, {"scope": "isd-a", "name": f"Extra {n:03d}", "country": "NL"})
            await _insert(Evidence, {"supplier": s, "kind": "pentest", "issued_on": dt.date(2027, 1, 1)})
        ag = await _agreement("isd-a", s, f"Extra {n:03d}", "signed", dt.date(2028, 1, 1))
        await _findings(ag, [{"key": "audits"}])
    return {"s1": s1, "s2": s2, "s3": s3, "s4": s4, "s5": s5, "p5": p5, "p8": p8, "p9": p9,
            "ag1": ag1, "ag2": ag2, "ag3": ag3, "ag4": ag4}


@pytest_asyncio.fixture
async def register(clean: None) -> dict[str, Any]:
    return await seed_register()


def board(*scopes: str) -> Principal:
    return Principal(user_id=1, email="bestuur@test.vwo", role="board", scopes=frozenset(scopes))


def names(figure: ov.Figure) -> list[str]:
    return [item.name for item in figure.items]


# --- figures ------------------------------------------------------------------------------


async def test_arrangement_figures_and_the_lists_behind_them(register) -> None:  # type: ignore[no-untyped-def]
    result = await ov.overview_for("isd-a", board("isd-a"), ON)
    f = {figure.key: figure for figure in result.figures}
    assert result.kind == "arrangement" and result.name == "ISD Alfa"
    assert [m.cbs_code for m in result.members] == ["GM0363"]
    assert "Gemeente Teststad (GM0363)" in result.coverage_note

    assert names(f["signed"]) == ["Rekenmodule", "Zaaksysteem"]
    assert f["signed"].items[1].link == f"/agreements/{register['ag1']}"
    # The products in use without a current signed agreement (by name); a supplier that
    # processes nothing for the arrangement (s4: only a sub-processor) is no gap.
    assert [(i.type, i.id) for i in f["missing"].items] == [
        ("product", register["p9"]), ("product", register["p5"]),
    ]
    assert f["missing"].items[0].link == f"/suppliers/{register['s3']}"
    assert (f["missing"].total, f["missing"].unit) == (3, "producten in gebruik")
    assert (f["signed"].count, f["signed"].total) == (2, 4)
    assert f["assurance"].total == 4 and register["s4"] not in {i.id for i in f["assurance"].items}
    assert names(f["ending"]) == ["Rekenmodule"]
    assert f["ending"].items[0].date == dt.date(2027, 3, 15)  # notice deadline: 1 month before
    assert {i.id for i in f["expired"].items} == {register["ag3"], register["ag4"]}
    assert {i.id for i in f["assurance"].items} == {register["s2"], register["s3"], register["s5"]}
    assert f["gaps"].count == 1  # one agreement, its two clauses on one line
    assert f["gaps"].items[0].note == (
        "Verwerken alleen op instructie (ontbreekt); Toestemming voor subverwerkers (zwak)."
    )
    assert [(g.key, g.title, g.count) for g in f["gaps"].groups] == [
        ("subprocessor-authorisation", "Toestemming voor subverwerkers", 1),
        ("instructions", "Verwerken alleen op instructie", 1),
    ]
    assert {k: (v.count, v.light) for k, v in f.items()} == {
        "signed": (2, "red"), "missing": (2, "red"), "ending": (1, "red"),
        "expired": (2, "red"), "assurance": (3, "red"), "gaps": (1, "red"),
    }
    assert result.light == "red"


async def test_municipality_counts_arrangement_agreements_made_on_its_behalf(register) -> None:  # type: ignore[no-untyped-def]
    result = await ov.overview_for("GM0363", board("GM0363"), ON)
    missing = result.figure("missing")
    # Klantportaal is covered by ISD Alfa's agreement for all members; Rekenmodule is not.
    assert [(i.type, i.id) for i in missing.items] == [("product", register["p8"])]
    assert result.figure("signed").count == 0  # the arrangement's agreements are not listed here
    assert result.kind == "municipality" and result.members == []


async def test_figures_change_with_the_reference_day(register) -> None:  # type: ignore[no-untyped-def]
    later = await ov.overview_for("isd-a", SYSTEM, dt.date(2027, 5, 1))
    assert "Rekenmodule" in names(later.figure("expired"))
    assert later.figure("ending").count == 0


# --- traffic lights at their thresholds ---------------------------------------------------


def test_signed_light_thresholds() -> None:
    assert lights.signed_light(0, 0) == "green"
    assert lights.signed_light(3, 1) == "orange"  # exactly 75 % covered
    assert lights.signed_light(2, 1) == "red"


def test_ending_light_turns_red_within_thirty_days() -> None:
    assert lights.ending_light([], ON) == "green"
    assert lights.ending_light([ON + dt.timedelta(days=30)], ON) == "red"
    assert lights.ending_light([ON + dt.timedelta(days=31)], ON) == "orange"


def test_assurance_light_thresholds() -> None:
    assert lights.assurance_light(0, 4) == "green"
    assert lights.assurance_light(1, 4) == "orange"  # exactly 25 %
    assert lights.assurance_light(2, 7) == "red"


def test_missing_expired_and_gap_lights() -> None:
    assert lights.missing_light(0, 0) == "green"
    assert lights.missing_light(0, 1) == "orange"
    assert lights.missing_light(1, 0) == "red"
    assert (lights.expired_light(0), lights.expired_light(1)) == ("green", "red")
    assert lights.gaps_light([]) == "green"
    assert lights.gaps_light(["weak", "weak"]) == "orange"
    assert lights.gaps_light(["weak", "missing"]) == "red"
    assert lights.worst(["green", "orange", "green"]) == "orange"


async def test_an_empty_register_is_green(clean) -> None:  # type: ignore[no-untyped-def]
    from suppliers.tables import Arrangement

    await _insert(Arrangement, {"name": "Leeg", "slug": "leeg", "kind": "other", "legal_form": "centrumgemeente"})
    result = await ov.overview_for("leeg", SYSTEM, ON)
    assert result.light == "green" and all(f.count == 0 for f in result.figures)


# --- access -------------------------------------------------------------------------------


async def test_out_of_scope_and_unknown_scopes_are_not_found(register) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        await ov.overview_for("isd-b", board("isd-a"), ON)
    with pytest.raises(NotFound):
        await ov.overview_for("isd-zzz", SYSTEM, ON)
    with pytest.raises(NotFound):
        await ov.overview_for("isd-a", SYSTEM, ON, kind="municipality")


async def test_json_overview_for_own_arrangement_and_404_for_another(register, make_caller) -> None:  # type: ignore[no-untyped-def]
    member = await make_caller("board", ["isd-a"])
    own = await member.get("/api/v1/arrangements/isd-a/overview", params={"on": ON.isoformat()})
    assert own.status_code == 200, own.text
    body = own.json()
    assert body["on"] == "2027-03-01" and body["light"] == "red"
    assert [f["count"] for f in body["figures"]] == [2, 2, 1, 2, 3, 1]
    other = await member.get("/api/v1/arrangements/isd-b/overview")
    assert other.status_code == 404 and other.json()["status_code"] == 404
    assert (await member.get("/api/v1/municipalities/GM0363/overview")).status_code == 404
    assert (await member.get("/api/v1/arrangements/isd-a/overview", params={"on": "morgen"})).status_code == 400


async def test_json_municipality_overview(register, make_caller) -> None:  # type: ignore[no-untyped-def]
    clerk = await make_caller("viewer", ["GM0363"])
    response = await clerk.get("/api/v1/municipalities/GM0363/overview", params={"on": ON.isoformat()})
    assert response.status_code == 200 and response.json()["kind"] == "municipality"
    assert (await clerk.get("/api/v1/arrangements/GM0363/overview")).status_code == 404


async def test_json_overview_needs_a_token(app_client, register) -> None:  # type: ignore[no-untyped-def]
    assert (await app_client.get("/api/v1/arrangements/isd-a/overview")).status_code == 401


async def test_overview_is_documented_in_openapi(app_client) -> None:  # type: ignore[no-untyped-def]
    spec = (await app_client.get("/schema/openapi.json")).json()
    operation = spec["paths"]["/api/v1/arrangements/{slug}/overview"]["get"]
    assert operation["operationId"] == "arrangementOverview"
    assert {"401", "404"} <= set(operation["responses"])
    assert not any("overview.docx" in path for path in spec["paths"])


# --- query count --------------------------------------------------------------------------


async def test_overview_runs_a_fixed_number_of_statements(clean) -> None:  # type: ignore[no-untyped-def]
    await seed_register()
    small: list[str] = []
    with counting(small):
        first = await ov.overview_for("isd-a", SYSTEM, ON)
    await _clean_and_seed(extra=25)
    large: list[str] = []
    with counting(large):
        second = await ov.overview_for("isd-a", SYSTEM, ON)
    assert second.figure("signed").count == first.figure("signed").count + 25
    assert second.figure("gaps").count == first.figure("gaps").count + 25
    # 10 through Piccolo (the incident counts, the rights request counts, then the advisories:
    # without any, nothing to match); the coverage query (oversight.flags.coverage) is a raw
    # read beside it
    assert len(small) == len(large) == 10, "\n".join(large)


async def _clean_and_seed(extra: int) -> None:
    from core.db import engine
    from tests.conftest import CLEAN_ORDER

    for table in CLEAN_ORDER:
        name, _, where = table.partition(" WHERE ")
        if name in {"vwo_api_token", "vwo_user"}:
            continue
        await engine().run_ddl(f'DELETE FROM "{name}"' + (f" WHERE {where}" if where else ""))
    await seed_register(extra=extra)


# --- chart --------------------------------------------------------------------------------


async def test_svg_parses_is_labelled_and_escapes_names(register) -> None:  # type: ignore[no-untyped-def]
    from suppliers.tables import Arrangement

    await Arrangement.update({Arrangement.name: 'ISD <Alfa> & "Co"'}).where(Arrangement.slug == "isd-a")
    result = await ov.overview_for("isd-a", SYSTEM, ON)
    svg = overview_svg(result)
    root = etree.fromstring(svg.encode(), parser=safe_xml_parser())
    ns = "{http://www.w3.org/2000/svg}"
    assert root.get("role") == "img"
    assert root.find(f"{ns}title").text == 'Stoplichtoverzicht ISD <Alfa> & "Co"'  # type: ignore[union-attr]
    desc = root.find(f"{ns}desc").text  # type: ignore[union-attr]
    assert "Ontbrekende overeenkomsten: 2 (rood)" in desc and "1 maart 2027" in desc
    labels = [t.text for t in root.iter(f"{ns}text")]
    assert "3 · rood" in labels  # the light is written, not only coloured
    assert str(overview_chart(result)) == svg


# --- exports ------------------------------------------------------------------------------


def test_cell_text_defuses_formulas() -> None:
    assert [cell_text(v) for v in ("=1+1", "+31", "-2", "@SUM(A1)", "\tx", "Gewoon", 3)] == [
        "'=1+1", "'+31", "'-2", "'@SUM(A1)", "'\tx", "Gewoon", 3,
    ]


async def test_docx_report_has_the_figures_and_no_leftover_tags(register) -> None:  # type: ignore[no-untyped-def]
    result = await ov.overview_for("isd-a", SYSTEM, ON)
    document = docx.Document(io.BytesIO(to_docx(result)))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Bestuursrapportage verwerkersovereenkomsten" in text
    assert "Stand van zaken op 1 maart 2027" in text and "Totaaloordeel: rood." in text
    assert "Ontbrekende overeenkomsten: 2 van 3 producten in gebruik (rood)" in text
    assert "Staafdiagram, van boven naar beneden: Ondertekende overeenkomsten: 2 (rood)" in text
    assert "Verzoeken van inwoners in 2027: 0, waarvan 0 op tijd" in text  # the counts beside the figures
    assert len(document.inline_shapes) == 1  # the chart
    picture = document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    assert document.part.related_parts[picture].blob.startswith(b"\x89PNG")
    assert EVIL in cells and "Verwerken alleen op instructie" in cells and "15 maart 2027" in cells
    assert "Geen." not in text  # every figure has a list
    assert not re.search(r"\{[{%#]|[}%#]\}", text + cells)
    # 1 summary, 1 gaps per clause, 6 lists
    assert len(document.tables) == 8


async def test_xlsx_has_a_summary_and_a_sheet_per_list(register) -> None:  # type: ignore[no-untyped-def]
    result = await ov.overview_for("isd-a", SYSTEM, ON)
    content = to_xlsx(result)
    book = openpyxl.load_workbook(io.BytesIO(content))
    assert book.sheetnames[0] == "Samenvatting" and len(book.sheetnames) == 7
    with zipfile.ZipFile(io.BytesIO(content)) as archive:  # the chart (openpyxl reads no images without Pillow)
        assert archive.read("xl/media/image1.png").startswith(b"\x89PNG")
    summary = [row for row in book["Samenvatting"].iter_rows(values_only=True)]
    assert next(r for r in summary if r[0] == "Ontbrekende overeenkomsten")[:4] == ("Ontbrekende overeenkomsten", 2, 3, "rood")
    assert any(str(r[0]).startswith("Incidenten bij leveranciers in 2027: 0") for r in summary)
    assert any(str(r[0]).startswith("Verzoeken van inwoners in 2027: 0") for r in summary)
    assert book.sheetnames[1:] == ["Ondertekend", "Ontbrekend", "Lopen binnenkort af", "Verlopen of beëindigd",
                                   "Zonder geldig bewijs", "Open hiaten"]  # whole names, none cut off
    missing = [row for row in book["Ontbrekend"].iter_rows(values_only=True)]
    assert missing[1][2] == "'" + EVIL
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)


async def test_csv_parses_with_semicolons_and_holds_no_formula(register) -> None:  # type: ignore[no-untyped-def]
    result = await ov.overview_for("isd-a", SYSTEM, ON)
    raw = to_csv(result)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Onderdeel", "Aantal", "Stoplicht"]
    assert all(len(row) == len(rows[0]) for row in rows)
    assert sum(1 for r in rows[1:] if r[0] == "Ontbrekende overeenkomsten") == 2
    assert any(cell == "'" + EVIL for row in rows for cell in row)
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


# --- web exports and the page -------------------------------------------------------------


@pytest_asyncio.fixture
async def board_login(register, app_client):  # type: ignore[no-untyped-def]
    await add_user("bestuur@isd-a.test", "board", ["isd-a"], password=PASSWORD)
    app_client.cookies.clear()
    await app_client.get("/login")
    response = await app_client.post("/login", data={
        "email": "bestuur@isd-a.test", "password": PASSWORD,
        "_csrf_token": app_client.cookies.get("csrftoken"),
    }, follow_redirects=False)
    assert response.status_code == 303, response.text
    yield app_client
    app_client.cookies.clear()


@pytest.mark.parametrize(
    ("suffix", "media_type"),
    [
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("csv", "text/csv; charset=utf-8"),
    ],
)
async def test_web_export_of_own_arrangement_and_404_for_another(board_login, suffix, media_type) -> None:  # type: ignore[no-untyped-def]
    client = board_login
    own = await client.get(f"/arrangements/isd-a/overview.{suffix}", params={"on": ON.isoformat()})
    assert own.status_code == 200, own.text
    assert own.headers["content-type"] == media_type
    assert own.headers["content-disposition"] == (
        f'attachment; filename="bestuursrapportage-isd-a-2027-03-01.{suffix}"'
    )
    assert len(own.content) > 100
    assert (await client.get(f"/arrangements/isd-b/overview.{suffix}")).status_code == 404
    assert (await client.get(f"/municipalities/GM0363/overview.{suffix}")).status_code == 404


async def test_web_export_needs_a_login(app_client, register) -> None:  # type: ignore[no-untyped-def]
    app_client.cookies.clear()
    response = await app_client.get("/arrangements/isd-a/overview.csv", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login")


async def test_overview_page_shows_cards_chart_lists_and_exports(board_login) -> None:  # type: ignore[no-untyped-def]
    client = board_login
    page = await client.get("/overview/isd-a", params={"on": ON.isoformat()})
    assert page.status_code == 200, page.text
    html = page.text
    assert html.count('class="card light-') == 6
    assert '<svg xmlns="http://www.w3.org/2000/svg" role="img"' in html
    main = html.split('<main id="inhoud">', 1)[1]  # the menu's groups are details too
    assert main.count("<details") == 6 and "<summary>Ontbrekende overeenkomsten: 2 van 3 producten in gebruik (rood)</summary>" in html
    assert '/arrangements/isd-a/overview.docx?on=2027-03-01' in html
    assert "=HYPERLINK(&#34;" in html or "=HYPERLINK(&quot;" in html  # escaped, not markup
    assert (await client.get("/overview/isd-b")).status_code == 404


async def test_section_renders_nothing_without_an_overview() -> None:
    from core.web.shell import template_config
    from vwo.menu import PAGE_DIRECTORIES, menu

    environment = template_config(PAGE_DIRECTORIES, menu).instance.engine  # type: ignore[union-attr]
    assert environment.get_template("oversight/overview_section.html").render(overview=None).strip() == ""

