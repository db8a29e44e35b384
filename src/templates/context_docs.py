"""Dutch and English descriptions of every template variable, keyed by path."""

from __future__ import annotations

DOCS: dict[str, tuple[str, str]] = {
    "agreement": ("De verwerkersovereenkomst zelf.", "The processor agreement itself."),
    "agreement.title": ("Titel van de overeenkomst.", "Title of the agreement."),
    "agreement.reference": (
        "Eigen kenmerk van de overeenkomst.",
        "Own reference of the agreement.",
    ),
    "agreement.main_contract": (
        "De hoofdovereenkomst waar deze overeenkomst bij hoort.",
        "The main contract this agreement belongs to.",
    ),
    "agreement.status": (
        "Status: ``draft``, ``in_review``, ``approved``, ``signed`` of ``ended``.",
        "Status: draft, in_review, approved, signed or ended.",
    ),
    "agreement.start_date": ("Ingangsdatum.", "Start date."),
    "agreement.end_date": (
        "Einddatum; leeg bij onbepaalde tijd.",
        "End date; empty when open-ended.",
    ),
    "agreement.notice_period_months": ("Opzegtermijn in maanden.", "Notice period in months."),
    "agreement.review_interval_months": (
        "Om de hoeveel maanden de overeenkomst wordt herzien.",
        "Review interval in months.",
    ),
    "agreement.signing_date": (
        "Datum van ondertekening, indien bekend.",
        "Signing date, if known.",
    ),
    "controller": (
        "De verwerkingsverantwoordelijke: gemeente of samenwerkingsverband.",
        "The controller: a municipality or joint arrangement.",
    ),
    "controller.name": ("Naam.", "Name."),
    "controller.kind": (
        "Soort: municipality (gemeente) of arrangement (gemeenschappelijke regeling).",
        "Kind: municipality or arrangement (joint arrangement).",
    ),
    "controller.cbs_code": ("CBS-gemeentecode (GM + 4 cijfers), bij een gemeente.", "CBS code."),
    "controller.slug": ("Korte naam in de applicatie.", "Short name used in the application."),
    "controller.kvk_number": ("KvK-nummer (8 cijfers).", "Chamber of Commerce number (8 digits)."),
    "controller.oin": (
        "Organisatie-identificatienummer (20 cijfers), indien bekend.",
        "Government organisation identification number (20 digits), if known.",
    ),
    "controller.address": (
        "Adres; mag meerdere regels hebben.",
        "Address; may span several lines.",
    ),
    "controller.represented_by": (
        "Wie de verantwoordelijke vertegenwoordigt.",
        "Who represents it.",
    ),
    "members": (
        "Deelnemende gemeenten van een samenwerkingsverband (leeg bij een gemeente).",
        "Member municipalities of a joint arrangement (empty for a municipality).",
    ),
    "members[].name": ("Naam van de gemeente.", "Name of the municipality."),
    "members[].cbs_code": ("CBS-gemeentecode.", "CBS municipality code."),
    "supplier": ("De verwerker (leverancier).", "The processor (supplier)."),
    "supplier.name": ("Naam.", "Name."),
    "supplier.kvk_number": (
        "KvK-nummer, indien Nederlands.",
        "Chamber of Commerce number, if Dutch.",
    ),
    "supplier.country": (
        "Land van vestiging (ISO 3166-1, bv. NL).",
        "Country (ISO 3166-1, e.g. NL).",
    ),
    "supplier.country_name": ("Naam van dat land.", "Name of that country."),
    "supplier.in_eea": ("Gevestigd in de EER.", "Established in the EEA."),
    "supplier.address": ("Adres; mag meerdere regels hebben.", "Address; may span several lines."),
    "supplier.website": ("Website.", "Website."),
    "supplier.contact": ("Contactpersoon voor privacy.", "Privacy contact."),
    "supplier.contact.name": ("Naam.", "Name."),
    "supplier.contact.email": ("E-mailadres.", "Email address."),
    "supplier.contact.phone": ("Telefoonnummer.", "Phone number."),
    "subprocessors": ("Subverwerkers (bijlage IV).", "Sub-processors (Annex IV)."),
    "subprocessors[].name": ("Naam.", "Name."),
    "subprocessors[].country": ("Land (ISO 3166-1).", "Country (ISO 3166-1)."),
    "subprocessors[].country_name": ("Naam van het land.", "Country name."),
    "subprocessors[].in_eea": ("Gevestigd in de EER.", "Established in the EEA."),
    "subprocessors[].service": ("Wat de subverwerker doet.", "What the sub-processor does."),
    "processing": (
        "Beschrijving van de verwerking (bijlage II en III).",
        "The processing (Annex II, III).",
    ),
    "processing.subject_matter": ("Onderwerp van de verwerking.", "Subject matter."),
    "processing.purposes": ("Doeleinden.", "Purposes."),
    "processing.nature": ("Aard van de verwerking (bv. opslag).", "Nature of the processing."),
    "processing.personal_data": ("Soorten persoonsgegevens.", "Types of personal data."),
    "processing.special_categories": (
        "Bijzondere persoonsgegevens (art. 9 AVG) worden verwerkt.",
        "Special categories of data (Art. 9 GDPR) are processed.",
    ),
    "processing.criminal_data": (
        "Strafrechtelijke gegevens (art. 10 AVG) worden verwerkt.",
        "Criminal offence data (Art. 10 GDPR) are processed.",
    ),
    "processing.bsn": ("Het BSN wordt verwerkt.", "The citizen service number (BSN) is processed."),
    "processing.data_subjects": ("Categorieën betrokkenen.", "Categories of data subjects."),
    "processing.retention": ("Bewaartermijn.", "Retention period."),
    "processing.locations": (
        "Landen waar verwerkt wordt.",
        "Countries where processing takes place.",
    ),
    "processing.locations[].country": ("Land (ISO 3166-1).", "Country (ISO 3166-1)."),
    "processing.locations[].country_name": ("Naam van het land.", "Country name."),
    "processing.locations[].in_eea": ("Ligt in de EER.", "Lies in the EEA."),
    "processing.transfer_mechanism": (
        "Waarborg voor doorgifte buiten de EER (leeg als die er niet is).",
        "Safeguard for transfers outside the EEA (empty if none).",
    ),
    "processing.subprocessor_authorisation": (
        "Toestemming voor subverwerkers: specific (per subverwerker) of general (algemeen).",
        "Sub-processor authorisation: specific or general.",
    ),
    "processing.subprocessor_notice_days": (
        "Dagen vooraf melden van een nieuwe subverwerker.",
        "Days of advance notice of a new sub-processor.",
    ),
    "processing.breach_notification_hours": (
        "Uiterlijke termijn in uren voor het melden van een datalek.",
        "Deadline in hours for notifying a personal data breach.",
    ),
    "processing.return_days": (
        "Dagen na afloop waarbinnen gegevens terug of vernietigd zijn.",
        "Days after the end within which data are returned or deleted.",
    ),
    "processing.assurance_required": (
        "Vereiste soorten onafhankelijke verklaringen (bv. ISAE 3402 type II, TPM).",
        "Kinds of independent assurance required (e.g. ISAE 3402 type II, TPM).",
    ),
    "processing.assurance_frequency_months": (
        "Hoe vaak (in maanden) een nieuwe verklaring nodig is.",
        "How often (months) new assurance is due.",
    ),
    "processing.security_standard": (
        "Beveiligingsnorm: BIO, ISO 27001 of NEN 7510.",
        "Security standard: BIO, ISO 27001 or NEN 7510.",
    ),
    "processing.products": ("Producten en diensten die onder de overeenkomst vallen.", "Products."),
    "signatories": ("Ondertekenaars.", "Signatories."),
    "signatories.controller": ("Namens de verwerkingsverantwoordelijke.", "For the controller."),
    "signatories.controller.name": ("Naam.", "Name."),
    "signatories.controller.role": ("Functie.", "Role."),
    "signatories.controller.place": ("Plaats van ondertekening.", "Place of signing."),
    "signatories.processor": ("Namens de verwerker.", "For the processor."),
    "signatories.processor.name": ("Naam.", "Name."),
    "signatories.processor.role": ("Functie.", "Role."),
    "signatories.processor.place": ("Plaats van ondertekening.", "Place of signing."),
    "generated_at": ("Moment waarop het document is gemaakt.", "When the document was generated."),
}
