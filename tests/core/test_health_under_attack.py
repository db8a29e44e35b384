"""While hostile uploads are being refused, the service keeps answering: /health stays fast."""

from __future__ import annotations

import asyncio
import statistics
import time

from tests.contracts.test_upload_limits import heavy_pdf
from tests.factories import seed_scope
from tests.templates.test_template_api import upload, word
from tests.templates.test_template_hostile import MEMORY_HOG, NESTED_LOOPS

P95_LIMIT = 0.2


async def test_health_stays_fast_while_hostile_templates_and_pdfs_are_refused(  # type: ignore[no-untyped-def]
    admin, make_caller, app_client, monkeypatch
) -> None:
    monkeypatch.setenv("VWO_TEMPLATE_SECONDS", "1.5")
    monkeypatch.setenv("VWO_SCAN_SECONDS", "2")
    await seed_scope(admin, "GM0363")
    procurement = await make_caller("procurement", ["GM0363"])
    templates = [word(s) for s in (NESTED_LOOPS, MEMORY_HOG, "{{ (((9**99)**99)**99)**99 }}")]
    pdf = heavy_pdf(pages=200)
    latencies: list[float] = []
    attacking = True

    async def poll() -> None:
        while attacking:
            started = time.perf_counter()
            response = await app_client.get("/health")
            latencies.append(time.perf_counter() - started)
            assert response.status_code == 200
            await asyncio.sleep(0.02)

    pollers = [asyncio.create_task(poll()) for _ in range(4)]
    await asyncio.sleep(0.1)
    try:
        refusals = await asyncio.gather(
            *(upload(procurement, content) for content in templates),
            admin.post("/api/v1/scans", files={"file": ("klein.pdf", pdf, "application/pdf")}),
        )
    finally:
        attacking = False
        await asyncio.gather(*pollers)
    assert [r.status_code for r in refusals] == [422, 422, 422, 422]
    p95 = statistics.quantiles(latencies, n=20)[-1]
    print(f"/health during the attack: {len(latencies)} requests, p95 {p95 * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms")
    assert len(latencies) > 50 and p95 < P95_LIMIT
