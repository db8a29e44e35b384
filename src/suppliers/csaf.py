"""The CSAF 2.0 JSON schema (OASIS), as the ``csaf-lib`` package ships it, and the CPE 2.3
and purl syntax it prescribes: one definition for advisories and for products.

The schema refers to the CVSS schemas of FIRST by URL; they ship alongside it and are
registered under those URLs, so validation never goes to the network.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from csaf_lib.verification.schemas import (
    CSAF_2_0_SCHEMA_PATH,
    CVSS_V2_0_SCHEMA_PATH,
    CVSS_V3_0_SCHEMA_PATH,
    CVSS_V3_1_SCHEMA_PATH,
)
from jsonschema import Draft202012Validator
from packageurl import PackageURL
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

#: The CVSS schemas (draft-04) by the URLs the CSAF schema names them with.
CVSS_SCHEMAS = {
    "https://www.first.org/cvss/cvss-v2.0.json": CVSS_V2_0_SCHEMA_PATH,
    "https://www.first.org/cvss/cvss-v3.0.json": CVSS_V3_0_SCHEMA_PATH,
    "https://www.first.org/cvss/cvss-v3.1.json": CVSS_V3_1_SCHEMA_PATH,
}
#: How many schema errors an answer lists at most.
MAX_ERRORS = 20


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(CSAF_2_0_SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def _validator() -> Draft202012Validator:
    registry: Registry = Registry()
    for url, path in CVSS_SCHEMAS.items():
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents, default_specification=DRAFT4)
        registry = registry.with_resource(url, resource)
    return Draft202012Validator(schema(), registry=registry)


def schema_errors(document: Any) -> list[dict[str, str]]:
    """The document's schema violations as ``{"field", "message"}``: the field is the JSON
    path in the document (``document.tracking.version``), the message names the schema path."""
    errors = []
    for error in sorted(_validator().iter_errors(document), key=lambda e: list(map(str, e.absolute_path))):
        where = ".".join(str(p) for p in error.absolute_path) or "body"
        rule = "/".join(str(p) for p in error.absolute_schema_path)
        errors.append({"field": where, "message": f"Voldoet niet aan het CSAF 2.0-schema ({rule}): {error.message}"})
        if len(errors) == MAX_ERRORS:
            break
    return errors


def _helper_pattern(name: str) -> re.Pattern[str]:
    helper = schema()["$defs"]["full_product_name_t"]["properties"]["product_identification_helper"]
    return re.compile(helper["properties"][name]["pattern"])


CPE_PATTERN = _helper_pattern("cpe")
PURL_PATTERN = _helper_pattern("purl")


def cpe_error(value: str) -> str | None:
    """None for a CPE name (2.3 formatted string, or 2.2 URI) as CSAF 2.0 accepts it."""
    if CPE_PATTERN.fullmatch(value):
        return None
    return "Geen geldige CPE-naam (verwacht bijvoorbeeld cpe:2.3:a:leverancier:product:1.0:*:*:*:*:*:*:*)."


def purl_error(value: str) -> str | None:
    """None for a package URL that the purl specification accepts."""
    if PURL_PATTERN.fullmatch(value):
        try:
            PackageURL.from_string(value)
            return None
        except ValueError:
            pass
    return "Geen geldige package-URL (verwacht bijvoorbeeld pkg:pypi/django@4.2)."
