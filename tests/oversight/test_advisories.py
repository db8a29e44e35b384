"""Advisories (CSAF 2.0) against the register: validation, one record per advisory, exact
matches by version range, CPE and names, the command line, and the flags they raise."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from core.auth import SYSTEM
from core.settings import load_settings
from oversight.flags import compute_flags
from suppliers import ProductCreate, services
from suppliers.tables import Advisory
from tests.factories import seed_scope, seed_supplier

CSAF = Path(__file__).parent / "csaf"


def document(name: str) -> dict[str, Any]:
    return json.loads((CSAF / name).read_text(encoding="utf-8"))


async def product(supplier_id: int, name: str, version: str, used_by: str, **extra: Any) -> int:
    data = ProductCreate(name=name, kind="application", product_version=version, used_by=[used_by], **extra)
    return await services.create_product(supplier_id, data, SYSTEM)


@pytest.fixture
async def world(admin) -> dict[str, int]:  # type: ignore[no-untyped-def]
    for code in ("GM0363", "GM0599", "GM0344"):
        await seed_scope(admin, code)
    pink = (await seed_supplier(admin, "GM0363", name="Pinkstraat Software B.V."))["id"]
    north = (await seed_supplier(admin, "GM0344", name="Noorderlicht ICT"))["id"]
    fiscal = (await seed_supplier(admin, "GM0599", name="Fiscaal Rekenwerk N.V."))["id"]
    other = (await seed_supplier(admin, "GM0599", name="Andere Leverancier"))["id"]
    cpe = "cpe:2.3:a:noorderlicht:burgerportaal:{}:*:*:*:*:*:*:*"
    return {
        "zsp_41": await product(pink, "Zaaksysteem Plus", "4.1", "GM0363"),
        "zsp_43": await product(pink, "Zaaksysteem Plus", "4.3", "GM0599"),
        "zsp_423": await product(pink, "Zaaksysteem Plus", "4.2.3", "GM0344"),
        "zsp_other": await product(other, "Zaaksysteem Plus", "4.1", "GM0599"),
        "bp_20": await product(north, "Burgerportaal", "2.0", "GM0344", cpe=cpe.format("2.0")),
        "bp_30": await product(north, "Burgerportaal", "3.0", "GM0363", cpe=cpe.format("3.0")),
        "bp_plain": await product(north, "Burgerportaal", "2.0", "GM0599"),
        "bm_72": await product(fiscal, "Belastingmodule", "7.2", "GM0599"),
        "pink": pink,
    }


async def post(caller, name: str):  # type: ignore[no-untyped-def]
    return await caller.post("/api/v1/advisories", json=document(name))


def matched(body: dict[str, Any]) -> set[int]:
    return {m["product_id"] for m in body["matches"]}


async def test_a_version_range_matches_exactly_the_versions_inside_it(admin, world) -> None:  # type: ignore[no-untyped-def]
    response = await post(admin, "range.json")
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["tracking_id"], body["severity"], body["base_score"]) == ("TCG-2026-0101", "critical", 9.8)
    assert matched(body) == {world["zsp_41"]}  # 4.3 past the range, 4.2.3 fixed, another vendor's namesake
    assert body["matches"][0]["controllers"] == ["GM0363"]
    assert body["matches"][0]["supplier_id"] == world["pink"]


async def test_a_cpe_matches_only_products_with_that_cpe(admin, world) -> None:  # type: ignore[no-untyped-def]
    body = (await post(admin, "cpe.json")).json()
    assert (body["severity"], matched(body)) == ("high", {world["bp_20"]})
    assert body["matches"][0]["matched_on"] == "cpe"


async def test_a_fixed_in_revision_updates_the_record_and_drops_the_match(admin, world) -> None:  # type: ignore[no-untyped-def]
    first = await post(admin, "fixed-r1.json")
    assert (first.status_code, matched(first.json())) == (201, {world["bm_72"]})
    again = await post(admin, "fixed-r1.json")
    assert (again.status_code, again.json()["outcome"], again.json()["id"]) == (200, "unchanged", first.json()["id"])
    second = await post(admin, "fixed-r2.json")
    assert (second.status_code, second.json()["outcome"], second.json()["revision"]) == (200, "updated", "2")
    assert second.json()["id"] == first.json()["id"] and matched(second.json()) == set()
    assert await Advisory.count() == 1
    older = await post(admin, "fixed-r1.json")
    assert (older.json()["outcome"], older.json()["revision"]) == ("unchanged", "2")


async def test_an_invalid_document_is_refused_with_its_schema_path(admin, world) -> None:  # type: ignore[no-untyped-def]
    response = await post(admin, "invalid.json")
    assert response.status_code == 400
    fields = {e["field"]: e["message"] for e in response.json()["errors"]}
    assert "document.tracking" in fields and "properties/document/properties/tracking/required" in fields["document.tracking"]
    assert "vulnerabilities.0.scores.0.cvss_v3" in fields
    assert await Advisory.count() == 0


async def test_a_file_part_is_read_like_a_body(admin, world) -> None:  # type: ignore[no-untyped-def]
    content = (CSAF / "cpe.json").read_bytes()
    response = await admin.post("/api/v1/advisories", files={"file": ("cpe.json", content, "application/json")})
    assert response.status_code == 201, response.text
    assert matched(response.json()) == {world["bp_20"]}
    broken = await admin.post("/api/v1/advisories", files={"file": ("x.json", b"{nope", "application/json")})
    assert broken.status_code == 400 and broken.json()["errors"][0]["field"] == "file"


async def test_matches_show_only_what_the_caller_may_see(make_caller, admin, world) -> None:  # type: ignore[no-untyped-def]
    await post(admin, "range.json")
    outsider = await make_caller("privacy_officer", ["GM0599"])
    listed = (await outsider.get("/api/v1/advisories")).json()
    assert [matched(a) for a in listed] == [set()]
    viewer = await make_caller("viewer", ["GM0363"])
    assert (await viewer.post("/api/v1/advisories", json=document("cpe.json"))).status_code == 403


async def test_the_command_line_matches_the_same_products(admin, world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    files = [str(CSAF / n) for n in ("range.json", "cpe.json", "fixed-r1.json", "invalid.json")]
    result = subprocess.run(
        [sys.executable, "-m", "vwo.cli", "advisories", "import", *files, "--format", "json"],
        capture_output=True, text=True, timeout=120, env={**os.environ},
    )
    assert result.returncode == 2, result.stderr  # the invalid one is refused, the others imported
    assert "invalid.json: geweigerd" in result.stderr and "document.tracking" in result.stderr
    by_tracking = {a["tracking_id"]: matched(a) for a in json.loads(result.stdout)}
    assert by_tracking == {
        "TCG-2026-0101": {world["zsp_41"]}, "TCG-2026-0102": {world["bp_20"]}, "TCG-2026-0103": {world["bm_72"]},
    }
    api = {a["tracking_id"]: matched(a) for a in (await admin.get("/api/v1/advisories")).json()}
    assert api == by_tracking


async def advisory_flags() -> dict[tuple[int, str], str]:
    found = await compute_flags(None, dt.date.today(), settings=load_settings(), kinds={"advisory"})
    return {(f.subject_id, f.controller): f.severity for f in found}


async def test_flags_appear_and_clear(admin, world) -> None:  # type: ignore[no-untyped-def]
    assert await advisory_flags() == {}
    for name in ("range.json", "cpe.json", "fixed-r1.json"):
        await post(admin, name)
    assert await advisory_flags() == {
        (world["zsp_41"], "GM0363"): "critical", (world["bp_20"], "GM0344"): "warning",
        (world["bm_72"], "GM0599"): "info",
    }
    overview = (await admin.get("/api/v1/municipalities/GM0363/overview")).json()
    assert overview["advisories"] == {"critical": 1, "warning": 0, "info": 0}
    # the version raised past the range, and the advisory's newer revision saying fixed
    product = (await admin.get(f"/api/v1/suppliers/{world['pink']}/products/{world['zsp_41']}"))
    patched = await admin.patch(f"/api/v1/suppliers/{world['pink']}/products/{world['zsp_41']}",
                                etag=product.headers["etag"], json={"product_version": "4.2.3"})
    assert patched.status_code == 200, patched.text
    await post(admin, "fixed-r2.json")
    assert await advisory_flags() == {(world["bp_20"], "GM0344"): "warning"}
    home = await admin.get("/api/v1/flags", params={"kind": "advisory"})
    assert home.status_code == 200 and [f["subject_id"] for f in home.json()["items"]] == [world["bp_20"]]
    overview = (await admin.get("/api/v1/municipalities/GM0363/overview")).json()
    assert overview["advisories"] == {"critical": 0, "warning": 0, "info": 0}


async def test_products_take_a_valid_cpe_and_purl_only(admin, world) -> None:  # type: ignore[no-untyped-def]
    url = f"/api/v1/suppliers/{world['pink']}/products"
    bad = await admin.post(url, json={"name": "X", "kind": "saas", "cpe": "cpe:nonsense"})
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "cpe"
    bad_purl = await admin.post(url, json={"name": "X", "kind": "saas", "purl": "pkg:/nothing"})
    assert bad_purl.status_code == 400 and bad_purl.json()["errors"][0]["field"] == "purl"
    good = await admin.post(url, json={"name": "X", "kind": "saas", "purl": "pkg:pypi/django@4.2",
                                       "ensia_domains": ["digid", "brp"]})
    assert good.status_code == 201, good.text
    assert (good.json()["purl"], good.json()["ensia_domains"]) == ("pkg:pypi/django@4.2", ["digid", "brp"])


async def test_the_schema_check_runs_in_a_worker_process_within_its_limits(  # type: ignore[no-untyped-def]
    admin, world, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    from suppliers import advisory_records

    real = advisory_records.run_isolated

    async def spy(func, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(func.__name__)
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(advisory_records, "run_isolated", spy)
    assert (await post(admin, "range.json")).status_code == 201 and seen == ["validated"]
    monkeypatch.setenv("VWO_ADVISORY_SECONDS", "0.001")  # a check that takes too long is stopped: 422
    response = await post(admin, "cpe.json")
    assert response.status_code == 422, response.text
    assert await Advisory.count() == 1
