"""The Dutch pages: importing an advisory through the form, its page naming who to warn,
the watch list and the ENSIA overview with its exports."""

from __future__ import annotations

import io

from docx import Document

from core.users import add_user
from tests.contracts.test_agreement_pages import PASSWORD, login, submit
from tests.oversight.test_advisories import CSAF, world  # noqa: F401 (fixture)


async def test_pages_for_advisories_watchlist_and_ensia(admin, world, app_client) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    await add_user("fg@gemeente.test", "privacy_officer", ["GM0363"], password=PASSWORD)
    await add_user("lezer@gemeente.test", "viewer", ["GM0363"], password=PASSWORD)
    await login(app_client, "fg@gemeente.test")
    refused = await submit(app_client, "/advisories", files={"file": ("x.json", (CSAF / "invalid.json").read_bytes())})
    assert refused.status_code == 400 and "document.tracking" in refused.text and "geweigerd" in refused.text
    done = await submit(app_client, "/advisories", files={"file": ("r.json", (CSAF / "range.json").read_bytes())})
    assert done.status_code == 200 and "TCG-2026-0101" in done.text
    assert "Zaaksysteem Plus" in done.text and "GM0363" in done.text and "GM0599" not in done.text
    owner = await app_client.get("/municipalities/GM0363")
    assert "Advisory TCG-2026-0101" in owner.text and "kritiek" in owner.text
    board = await app_client.get("/overview/GM0363")
    assert "open beveiligingsadvies: 1 kritiek" in board.text
    listed = await app_client.get("/advisories")
    assert "kritiek (9.8)" in listed.text
    watch = await app_client.get("/watchlist", params={"controller": "GM0363"})
    assert watch.status_code == 200 and "Zaaksysteem Plus" in watch.text and "Burgerportaal" in watch.text
    csv_file = await app_client.get("/watchlist/export", params={"controller": "GM0363"})
    assert csv_file.status_code == 200 and "Zaaksysteem Plus" in csv_file.content.decode("utf-8-sig")
    ensia = await app_client.get("/ensia", params={"cbs_code": "GM0363", "reference_date": "2026-01-01"})
    assert ensia.status_code == 200 and "DigiD" in ensia.text
    docx = await app_client.get("/ensia/export", params={"cbs_code": "GM0363", "format": "docx"})
    assert "ENSIA" in "\n".join(p.text for p in Document(io.BytesIO(docx.content)).paragraphs)
    await login(app_client, "lezer@gemeente.test")
    assert "Advies inlezen" not in (await app_client.get("/advisories")).text
    forbidden = await submit(app_client, "/advisories", files={"file": ("r.json", (CSAF / "cpe.json").read_bytes())})
    assert forbidden.status_code == 403
