"""Demo data for advisories and ENSIA: versions, a CPE and ENSIA domains on demo products,
and one advisory (our own CSAF document, ``demo_advisory.json``) that names one of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from core import SYSTEM
from oversight import import_advisory
from suppliers import Product, ProductUpdate, services

ADVISORY = Path(__file__).with_name("demo_advisory.json")

#: (supplier, product): what the demo adds to it.
DETAILS: dict[tuple[str, str], dict[str, Any]] = {
    ("Civitas Software B.V.", "Burgerzaken Online"): {
        "product_version": "5.4", "ensia_domains": ["brp", "pun"],
        "cpe": "cpe:2.3:a:civitas:burgerzaken_online:5.4:*:*:*:*:*:*:*",
    },
    ("Inkomensregie B.V.", "Participatie Suite"): {"product_version": "2026.2", "ensia_domains": ["digid", "suwinet"]},
    ("Geo Informatica Nederland B.V.", "BGT-beheer"): {"product_version": "11.0", "ensia_domains": ["bgt"]},
    # inside the range of the demo advisory (3.0 up to 3.9.2)
    ("Zaakwijs B.V.", "Zaaksysteem"): {"product_version": "3.8"},
}


async def load_demo_advisories() -> None:
    """Idempotent: a product that already has a version is left as it is (it may have been raised)."""
    rows = await Product.select(
        Product.id, Product.name, Product.supplier, Product.supplier.name.as_alias("supplier_name"),
        Product.product_version, Product.version,
    )
    for row in rows:
        details = DETAILS.get((row["supplier_name"], row["name"]))
        if details is None or row["product_version"]:
            continue
        await services.update_product(row["supplier"], row["id"], ProductUpdate(**details), SYSTEM, row["version"])
    await import_advisory(json.loads(ADVISORY.read_text(encoding="utf-8")), SYSTEM)
