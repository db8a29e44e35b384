"""Matching rules of suppliers.advisories on plain data: purl, names, ranges, fixed versions."""

from __future__ import annotations

from suppliers.advisories import RegisterProduct, fold, in_range, match, severity_of, vendor_key


def product(name: str = "Zaaksysteem", version: str = "3.8", supplier: str = "Zaakwijs B.V.",
            cpe: str | None = None, purl: str | None = None) -> RegisterProduct:
    return RegisterProduct(1, 2, supplier, name, version, cpe, purl)


def entry(status: str = "affected", **over: str) -> dict[str, str]:
    return {"vendor": "Zaakwijs", "product": "Zaaksysteem", "version": "", "range": "", "status": status, **over}


def test_names_are_compared_without_legal_form_case_or_accents() -> None:
    assert vendor_key("Zaakwijs B.V.") == vendor_key("ZAAKWIJS") == "zaakwijs"
    assert fold("Gemeentelijke Registratie — Café") == "gemeentelijke registratie cafe"
    assert match(product(supplier="Ander Bedrijf B.V."), [entry()]) is None


def test_a_range_decides_and_a_fixed_version_wins() -> None:
    ranged = [entry(range="vers:generic/>=3.0|<3.9.2"), entry("fixed", version="3.9.2")]
    assert match(product(version="3.8"), ranged) is not None
    assert match(product(version="3.9.2"), ranged) is None
    assert match(product(version="4.0"), ranged) is None
    assert in_range("v3.1", "vers:generic/>=3.0|<3.9.2") is True
    assert in_range("3.1", "not a range") is None


def test_a_product_without_version_cannot_be_ruled_out() -> None:
    found = match(product(version=""), [entry(range="vers:generic/>=3.0|<3.9.2")])
    assert found is not None and found.version_known is False


def test_purl_on_both_sides_matches_on_type_namespace_and_name() -> None:
    ours = product(name="Iets anders", version="", purl="pkg:pypi/django@4.2.1")  # the version from the purl
    affected = [entry(vendor="", product="", purl="pkg:pypi/django", range="vers:pypi/>=4.2|<4.2.8")]
    found = match(ours, affected)
    assert found is not None and found.matched_on == "purl"
    assert match(product(version="", purl="pkg:pypi/django@4.2.8"), affected) is None
    assert match(product(version="", purl="pkg:npm/django@4.2.1"), affected) is None


def test_severity_follows_the_cvss_rating_or_the_aggregate() -> None:
    assert [severity_of(s) for s in (9.0, 8.9, 4.0, 0.1, 0.0)] == ["critical", "high", "medium", "low", "none"]
    assert severity_of(None, "Important") == "important"
