"""CSAF 2.0 advisories: what a document says (tracking, severity, the products it calls
affected or fixed) and which products of the register it names.

A document's product tree names products in branches (vendor, product name, version or
version range), in full product names and in relationships, with CPE or purl helpers.
``entries()`` flattens it into one entry per product id the vulnerabilities call affected
(known_affected, first_affected, last_affected) or fixed (fixed, first_fixed).

A product of the register matches an affected entry when
- both have a CPE: the CPE's part, vendor and product agree; or
- both have a purl (and no CPE pair decided): type, namespace and name agree; or
- otherwise the normalised vendor (the supplier's name, legal form dropped) and product
  names agree;
and its version lies in the entry's version range (``vers:`` syntax, read by univers), or
equals the entry's version, or the entry names no version. A product without a version
cannot be ruled out and matches, marked ``version_known=False``. A product whose version
a fixed entry names does not match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from packageurl import PackageURL
from univers.version_range import VersionRange

AFFECTED = ("known_affected", "first_affected", "last_affected")
FIXED = ("fixed", "first_fixed")
#: Legal forms and filler words dropped from vendor names before comparing.
LEGAL_FORMS = frozenset({"bv", "nv", "b", "v", "n", "inc", "ltd", "llc", "gmbh", "ag", "sa", "plc", "corp",
                         "corporation", "company", "co", "holding", "nederland", "netherlands", "the"})


@dataclass(frozen=True)
class Summary:
    tracking_id: str
    revision: str
    title: str
    publisher_name: str
    publisher_namespace: str
    released_at: str | None
    severity: str
    base_score: float | None
    cves: list[str]
    entries: list[dict[str, Any]]


def fold(text: str) -> str:
    """Lower case, accents and punctuation gone, single spaces."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def vendor_key(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in LEGAL_FORMS)


def severity_of(score: float | None, aggregate: str = "") -> str:
    """CVSS v3 rating of the highest base score; without scores the aggregate severity."""
    if score is None:
        return aggregate.strip().lower()
    if score >= 9.0:
        return "critical"
    if score >= 7.0:
        return "high"
    if score >= 4.0:
        return "medium"
    return "low" if score > 0 else "none"


def _walk(branches: Iterable[dict[str, Any]], context: dict[str, str], found: dict[str, dict[str, Any]]) -> None:
    for branch in branches:
        here = dict(context)
        category, name = branch.get("category", ""), str(branch.get("name", ""))
        if category == "vendor":
            here["vendor"] = name
        elif category == "product_name":
            here["product"] = name
        elif category == "product_version":
            here["version"] = name
        elif category == "product_version_range":
            here["range"] = name
        if "product" in branch:
            found[branch["product"]["product_id"]] = _entry(branch["product"], here)
        _walk(branch.get("branches", []), here, found)


def _entry(full_name: dict[str, Any], context: dict[str, str]) -> dict[str, Any]:
    helper = full_name.get("product_identification_helper", {})
    return {
        "product_id": full_name["product_id"], "name": full_name.get("name", ""),
        "vendor": context.get("vendor", ""), "product": context.get("product", ""),
        "version": context.get("version", ""), "range": context.get("range", ""),
        "cpe": helper.get("cpe"), "purl": helper.get("purl"),
    }


def _products(tree: dict[str, Any]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    _walk(tree.get("branches", []), {}, found)
    for full_name in tree.get("full_product_names", []):
        found.setdefault(full_name["product_id"], _entry(full_name, {}))
    for relation in tree.get("relationships", []):
        # "product X installed on platform Y": X is the product that is affected
        base = found.get(relation.get("product_reference", ""))
        full_name = relation.get("full_product_name", {})
        if base is not None and "product_id" in full_name:
            found.setdefault(full_name["product_id"], {**base, "product_id": full_name["product_id"]})
    return found


def _scores(vulnerabilities: list[dict[str, Any]]) -> list[float]:
    scores = []
    for vulnerability in vulnerabilities:
        for score in vulnerability.get("scores", []):
            for key in ("cvss_v3", "cvss_v2"):
                if isinstance(score.get(key, {}).get("baseScore"), int | float):
                    scores.append(float(score[key]["baseScore"]))
    return scores


def summarise(document: dict[str, Any]) -> Summary:
    """What a (schema-valid) CSAF 2.0 document says."""
    doc = document["document"]
    vulnerabilities = document.get("vulnerabilities", [])
    products = _products(document.get("product_tree", {}))
    statuses: dict[str, str] = {}
    for vulnerability in vulnerabilities:
        status = vulnerability.get("product_status", {})
        for key in AFFECTED:
            for product_id in status.get(key, []):
                statuses.setdefault(product_id, "affected")
        for key in FIXED:
            for product_id in status.get(key, []):
                statuses[product_id] = "fixed" if statuses.get(product_id) != "affected" else "affected"
    entries = [{**products[pid], "status": status} for pid, status in sorted(statuses.items()) if pid in products]
    scores = _scores(vulnerabilities)
    best = max(scores) if scores else None
    aggregate = doc.get("aggregate_severity", {}).get("text", "")
    return Summary(
        tracking_id=doc["tracking"]["id"], revision=doc["tracking"]["version"], title=doc["title"],
        publisher_name=doc["publisher"]["name"], publisher_namespace=doc["publisher"]["namespace"],
        released_at=doc["tracking"]["current_release_date"], severity=severity_of(best, aggregate),
        base_score=best, cves=sorted({v["cve"] for v in vulnerabilities if "cve" in v}), entries=entries,
    )


# --- matching --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterProduct:
    """What matching needs of a product in the register."""

    id: int
    supplier_id: int
    supplier_name: str
    name: str
    version: str
    cpe: str | None
    purl: str | None


@dataclass(frozen=True)
class Match:
    product_id: int
    supplier_id: int
    #: How the product was recognised: cpe, purl or name.
    matched_on: str
    version_known: bool


def _cpe_parts(cpe: str | None) -> list[str] | None:
    if not cpe or not cpe.startswith("cpe:2.3:"):
        return None
    parts = re.split(r"(?<!\\):", cpe)
    return parts if len(parts) == 13 else None


def _purl(value: str | None) -> PackageURL | None:
    try:
        return PackageURL.from_string(value) if value else None
    except ValueError:
        return None


def _any(value: str) -> bool:
    return value in {"", "*", "-"}


def _same_name(product: RegisterProduct, entry: dict[str, Any]) -> tuple[str, str] | None:
    """(how, the version the product's name carries) when the entry names this product."""
    ours, theirs = _cpe_parts(product.cpe), _cpe_parts(entry.get("cpe"))
    if ours and theirs:
        if ours[2:5] != theirs[2:5]:
            return None
        return "cpe", "" if _any(ours[5]) else ours[5]
    our_purl, their_purl = _purl(product.purl), _purl(entry.get("purl"))
    if our_purl and their_purl:
        same = (our_purl.type, our_purl.namespace, our_purl.name) == (
            their_purl.type, their_purl.namespace, their_purl.name)
        return ("purl", our_purl.version or "") if same else None
    vendor, name = vendor_key(entry.get("vendor", "")), fold(entry.get("product", ""))
    if vendor and name and vendor == vendor_key(product.supplier_name) and name == fold(product.name):
        return "name", ""
    return None


def _entry_version(entry: dict[str, Any]) -> str:
    version = entry.get("version") or ""
    if not version:
        parts = _cpe_parts(entry.get("cpe"))
        version = parts[5] if parts and not _any(parts[5]) else ""
    if not version and (purl := _purl(entry.get("purl"))):
        version = purl.version or ""
    return version


def _plain(version: str) -> str:
    return version.strip().lower().removeprefix("v")


def in_range(version: str, vers: str) -> bool | None:
    """Whether ``version`` lies in the ``vers:`` range; None when either cannot be read."""
    try:
        found = VersionRange.from_string(vers.strip())
        return found.version_class(_plain(version)) in found
    except Exception:  # univers raises many kinds for unreadable input
        return None


def _version_applies(version: str, entry: dict[str, Any]) -> bool:
    """Whether a product at ``version`` (known) is what the entry names."""
    if entry.get("range"):
        inside = in_range(version, entry["range"])
        return True if inside is None else inside  # an unreadable range cannot rule it out
    wanted = _entry_version(entry)
    return not wanted or _plain(wanted) == _plain(version)


def match(product: RegisterProduct, entries: list[dict[str, Any]]) -> Match | None:
    """The product's match with the advisory's entries, if it is affected."""
    hits: list[tuple[str, dict[str, Any], str]] = []
    for entry in entries:
        same = _same_name(product, entry)
        if same is not None:
            hits.append((same[0], entry, product.version or same[1]))
    if not hits:
        return None
    version = next((v for _, _, v in hits if v), "")
    if version and any(e["status"] == "fixed" and _version_applies(version, e) and (e.get("version") or e.get("range")
                       or _entry_version(e)) for _, e, _ in hits):
        return None
    for how, entry, _ in hits:
        if entry["status"] == "affected" and (not version or _version_applies(version, entry)):
            return Match(product.id, product.supplier_id, how, bool(version))
    return None


def matches(products: Iterable[RegisterProduct], entries: list[dict[str, Any]]) -> Iterator[Match]:
    """Every product of ``products`` the advisory's entries call affected."""
    for product in products:
        found = match(product, entries)
        if found is not None:
            yield found


def product_keys(product: RegisterProduct) -> set[str]:
    """Keys under which an entry naming this product would be found (an index for ``match``)."""
    keys = {f"name:{vendor_key(product.supplier_name)}|{fold(product.name)}"}
    if parts := _cpe_parts(product.cpe):
        keys.add("cpe:" + ":".join(parts[2:5]))
    if purl := _purl(product.purl):
        keys.add(f"purl:{purl.type}/{purl.namespace}/{purl.name}")
    return keys


def entry_keys(entries: list[dict[str, Any]]) -> set[str]:
    keys = set()
    for entry in entries:
        keys.add(f"name:{vendor_key(entry.get('vendor', ''))}|{fold(entry.get('product', ''))}")
        if parts := _cpe_parts(entry.get("cpe")):
            keys.add("cpe:" + ":".join(parts[2:5]))
        if purl := _purl(entry.get("purl")):
            keys.add(f"purl:{purl.type}/{purl.namespace}/{purl.name}")
    return keys
