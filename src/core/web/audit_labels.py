"""Dutch names of what the audit trail records: handlings, kinds of record and fields.

A field without a Dutch name here is shown as its code (``<code>``), marked as such.
"""

from __future__ import annotations

ACTIONS = {
    "create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd", "usage": "gebruik vastgelegd",
    "members": "leden vastgelegd", "transition": "statusstap", "append": "toegevoegd", "decide": "besluit",
    "generate": "gegenereerd", "handle": "afgehandeld", "handled": "afgehandeld", "links": "koppelingen",
    "revoke": "ingetrokken", "scan": "gescand", "login": "aangemeld", "logout": "afgemeld",
}
ENTITIES = {
    "agreement": "overeenkomst", "api_token": "API-sleutel", "arrangement": "samenwerkingsverband",
    "calendar_token": "agenda-adres", "document": "document", "evidence": "bewijsstuk", "finding": "bevinding",
    "flag": "signaal", "incident": "incident", "incident_warning": "waarschuwing", "municipality": "gemeente",
    "product": "product", "scan": "scan", "subprocessor": "subverwerker", "subprocessor_link": "subverwerker",
    "supplier": "leverancier", "template": "sjabloon", "transition": "statusstap", "user": "gebruiker",
    "agreement_product": "product van overeenkomst", "agreement_subprocessor": "subverwerker van overeenkomst",
    "evidence_file": "bestand van bewijsstuk", "product_usage": "gebruik van product",
}
FIELDS = {
    "active": "actief", "address": "adres", "agreement": "overeenkomst", "arrangement": "samenwerkingsverband",
    "assurance_frequency_months": "verklaring elke (maanden)", "assurance_required": "vereiste verklaringen",
    "auditor": "auditor", "authority_notified_at": "gemeld aan de AP op",
    "authority_reference": "kenmerk van de AP", "aware_at": "bekend sinds", "breach_notification_hours":
    "meldtermijn datalek (uren)", "bsn": "BSN", "cbs_code": "CBS-code", "clause_keys": "clausules",
    "closed_on": "gesloten op", "consequences": "gevolgen", "contacts": "contactpersonen", "content": "inhoud",
    "controller": "verwerkingsverantwoordelijke", "controller_kind": "soort verantwoordelijke", "country": "land",
    "created_at": "aangemaakt op", "created_by": "aangemaakt door", "criminal_data": "strafrechtelijke gegevens",
    "data_categories": "soorten gegevens", "data_subject_categories": "soorten betrokkenen",
    "data_subjects": "betrokkenen", "decided_at": "besloten op", "decided_by": "besloten door",
    "decision": "besluit", "decision_remark": "toelichting besluit", "discovered_at": "ontdekt op",
    "document": "document", "email": "e-mailadres", "end_date": "einddatum", "end_reason": "reden van beëindiging",
    "evidence": "bewijsstuk", "file_name": "bestandsnaam", "file_size": "bestandsgrootte", "filename": "bestandsnaam",
    "fingerprint": "vingerafdruk", "findings": "bevindingen", "flag": "signaal", "handled_at": "afgehandeld op",
    "handled_by": "afgehandeld door", "ibd_connected": "aangesloten bij de IBD", "ibd_since": "IBD sinds",
    "incident": "incident", "issued_on": "uitgegeven op", "joined_on": "toegetreden op", "key": "clausule",
    "kind": "soort", "kvk_number": "KvK-nummer", "label": "naam", "language": "taal",
    "last_review_date": "laatste herziening", "left_on": "uitgetreden op", "legal_form": "rechtsvorm",
    "locations": "locaties", "main_contract": "hoofdovereenkomst", "measures": "maatregelen",
    "media_type": "bestandstype", "members": "leden", "message": "bericht", "missing": "ontbreekt",
    "municipality": "gemeente", "name": "naam", "nature": "aard van de verwerking",
    "notice_period_months": "opzegtermijn (maanden)", "notified_on": "gemeld op", "oin": "OIN",
    "on_behalf_of": "namens", "period_end": "einde periode", "period_start": "begin periode",
    "personal_data": "persoonsgegevens", "product": "product", "product_ids": "producten",
    "product_version": "productversie", "purposes": "doeleinden", "reason": "reden", "reference": "kenmerk",
    "remark": "opmerking", "retention": "bewaartermijn", "return_days": "teruggave binnen (dagen)",
    "review_interval_months": "herziening elke (maanden)", "revoked": "ingetrokken", "risk": "risico",
    "role": "rol", "scan": "scan", "scope": "gemeente of verband", "scope_text": "reikwijdte", "scopes":
    "gemeenten en verbanden", "security_standard": "beveiligingsnorm", "service": "dienst", "severity": "ernst",
    "signatories": "ondertekenaars", "signing_date": "datum van ondertekening", "slug": "korte naam",
    "special_categories": "bijzondere persoonsgegevens", "standard_version": "versie van de norm",
    "start_date": "ingangsdatum", "status": "status", "subject_matter": "onderwerp",
    "subjects_estimate": "geschat aantal betrokkenen", "subjects_notified_at": "betrokkenen geïnformeerd op",
    "subprocessor": "subverwerker", "subprocessor_authorisation": "toestemming subverwerkers",
    "subprocessor_ids": "subverwerkers", "subprocessor_notice_days": "melding nieuwe subverwerker (dagen)",
    "summary": "samenvatting", "superseded": "vervangen", "superseded_findings": "vervangen bevindingen",
    "supplier": "leverancier", "supplier_reported_at": "gemeld door de leverancier op",
    "supplier_term_hours": "termijn leverancier (uren)", "template": "sjabloon",
    "template_version": "sjabloonversie", "tier": "niveau", "title": "titel", "transfer_mechanism":
    "doorgiftegrondslag", "used_by": "gebruikt door", "user": "gebruiker", "valid_until": "geldig tot",
    "version": "versie", "website": "website", "weak": "zwak", "after": "na", "before": "voor",
    "processor": "verwerker", "phone": "telefoon", "from_status": "van status", "to_status": "naar status",
    "decision_labels": "besluiten",
}
_STATUS = {"draft": "concept", "in_review": "ter beoordeling", "approved": "goedgekeurd", "signed": "ondertekend",
           "ended": "beëindigd", "scanned": "gescand", "unreadable": "niet leesbaar"}
#: Coded values shown in Dutch, per field.
VALUES = {
    "status": _STATUS, "from_status": _STATUS, "to_status": _STATUS,
    "role": {"admin": "beheerder", "procurement": "inkoop", "privacy_officer": "FG", "board": "bestuur",
             "viewer": "lezer"},
    "decision": {"accepted_risk": "risico geaccepteerd", "negotiate": "heronderhandelen", "resolved": "opgelost"},
    "tier": {"mandatory": "verplicht", "recommended": "aanbevolen"},
    "severity": {"critical": "kritiek", "warning": "let op", "info": "ter info"},
    "subprocessor_authorisation": {"general": "algemene toestemming", "specific": "specifieke toestemming"},
    "language": {"nl": "Nederlands", "en": "Engels"},
    "kind": {"signed": "ondertekend exemplaar", "generated": "gegenereerd",
             "supplier_draft": "concept van de leverancier"},
}
