"""Dutch words for the register's codes, as the web pages show them."""

from __future__ import annotations

from typing import TypedDict

EVIDENCE_KINDS = {
    "iso27001": "ISO 27001-certificaat",
    "nen7510": "NEN 7510-certificaat",
    "isae3402_type1": "ISAE 3402 type I-rapport",
    "isae3402_type2": "ISAE 3402 type II-rapport",
    "soc2_type1": "SOC 2 type I-rapport",
    "soc2_type2": "SOC 2 type II-rapport",
    "isae3000_tpm": "TPM (ISAE 3000)",
    "pentest": "Penetratietest",
    "digid_assessment": "DigiD-assessment",
    "other": "Anders",
}
#: The names of the standards behind each kind, as an agreement names them (language-neutral).
EVIDENCE_NAMES = {
    "iso27001": "ISO/IEC 27001:2022",
    "nen7510": "NEN 7510",
    "isae3402_type1": "ISAE 3402 type I",
    "isae3402_type2": "ISAE 3402 type II",
    "soc2_type1": "SOC 2 type I",
    "soc2_type2": "SOC 2 type II",
    "isae3000_tpm": "ISAE 3000 (TPM)",
    "pentest": "pentest",
    "digid_assessment": "DigiD-assessment",
    "other": "",
}
#: The state of evidence in words; the colour comes from the CSS class state-<state>.
EVIDENCE_STATES = {
    "valid": "geldig",
    "expiring": "verloopt binnenkort",
    "expired": "verlopen",
    "stale": "verouderd",
    "design_only": "alleen opzet",
    "incomplete": "onvolledig",
}
PRODUCT_KINDS = {
    "application": "applicatie",
    "saas": "SaaS",
    "hosting": "hosting",
    "infrastructure": "infrastructuur",
    "service": "dienst",
    "other": "anders",
}
ARRANGEMENT_KINDS = {
    "sociale_dienst": "sociale dienst",
    "belastingsamenwerking": "belastingsamenwerking",
    "other": "anders",
}
LEGAL_FORMS = {
    "openbaar_lichaam": "openbaar lichaam",
    "bedrijfsvoeringsorganisatie": "bedrijfsvoeringsorganisatie",
    "gemeenschappelijk_orgaan": "gemeenschappelijk orgaan",
    "centrumgemeente": "centrumgemeente",
    "regeling_zonder_meer": "regeling zonder meer",
}


class Labels(TypedDict):
    """The label tables every register page gets in its template context."""

    evidence_kinds: dict[str, str]
    evidence_states: dict[str, str]
    product_kinds: dict[str, str]
    arrangement_kinds: dict[str, str]
    legal_forms: dict[str, str]


LABELS: Labels = {
    "evidence_kinds": EVIDENCE_KINDS,
    "evidence_states": EVIDENCE_STATES,
    "product_kinds": PRODUCT_KINDS,
    "arrangement_kinds": ARRANGEMENT_KINDS,
    "legal_forms": LEGAL_FORMS,
}
