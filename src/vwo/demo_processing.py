"""A demo verwerkingsregister (part of ``vwo demo``): a municipality, a sociale dienst
(Participatiewet, Wmo) and a belastingsamenwerking (Gemeentewet, Wet WOZ), with the
processors of their agreements, and two requests of residents. In our own words; idempotent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from contracts import (
    ActivityCreate,
    Agreement,
    ProcessingActivity,
    RightsRequest,
    RightsRequestCreate,
    TaskConfirm,
    rights_requests,
)
from contracts import processing_activities as activities
from core import SYSTEM, clock
from suppliers import SubprocessorCreate, SubprocessorLink, Supplier, SupplierCreate, services

ISD = "isd-beekdal-hoogveen"
BELASTINGEN = "belastingen-zuidrand"
#: A US supplier the Wmo portal sends its notifications through: the chain leaves the EEA.
NOTIFIER = "Berichtenwolk Inc."
#: (scope, processor, sub-processor, country, service)
CHAIN = [
    (ISD, "Jeugdzorg Connect B.V.", NOTIFIER, "US", "Versturen van e-mail- en sms-berichten aan cliënten"),
    (ISD, "Inkomensregie B.V.", "DataVeilig Rekencentrum B.V.", "NL", "Hosting en back-up"),
]

NAW = "naam, adres en woonplaats"
CONTACT = "telefoonnummer en e-mailadres"

#: (scope, agreement references, fields of ActivityCreate)
ACTIVITIES: list[tuple[str, list[str], dict[str, Any]]] = [
    (ISD, ["VWO-ISD-001"], dict(
        name="Algemene bijstand", legal_basis="legal_obligation",
        purpose="Aanvragen om bijstand beoordelen, de uitkering vaststellen en betalen, en nagaan of het recht blijft.",
        legal_basis_detail="Participatiewet, art. 11 (recht op bijstand) en art. 17 (inlichtingenplicht)",
        data_categories=[NAW, CONTACT, "inkomen en vermogen", "woon- en leefsituatie", "bankrekeningnummer"],
        uses_bsn=True, data_subject_categories=["aanvragers", "hun partners en inwonende kinderen"],
        retention="10 jaar na het einde van de uitkering (selectielijst gemeenten)", retention_years=10,
        recipients=["UWV (via Suwinet)", "Belastingdienst/Toeslagen", "Inlichtingenbureau"],
        source="de aanvrager zelf, de BRP en Suwinet", dpia="done", dpia_date=dt.date(2024, 5, 1),
    )),
    (ISD, ["VWO-ISD-001"], dict(
        name="Re-integratie en participatie", legal_basis="public_task",
        purpose="Inwoners begeleiden naar werk, een opleiding of een andere manier van meedoen.",
        legal_basis_detail="Participatiewet, art. 7 lid 1 onder a",
        data_categories=[NAW, CONTACT, "opleiding en werkervaring", "afspraken in het trajectplan"],
        uses_bsn=True, data_subject_categories=["bijstandsgerechtigden", "andere werkzoekenden"],
        retention="2 jaar na het afsluiten van het traject (eigen beleid)",
        recipients=["re-integratiebedrijven", "werkgevers bij een plaatsing"],
        source="de inwoner en de klantmanager",
    )),
    (ISD, ["VWO-ISD-002"], dict(
        name="Wmo-maatwerkvoorzieningen", legal_basis="legal_obligation",
        purpose="Onderzoeken wat een inwoner nodig heeft om thuis te wonen en mee te doen, en hulp, "
                "hulpmiddelen of een woningaanpassing toekennen.",
        legal_basis_detail="Wmo 2015, art. 2.3.2 (onderzoek) en art. 2.3.5 (beschikking)",
        data_categories=[NAW, CONTACT, "gezinssituatie en mantelzorg"], special_categories=["gezondheid"],
        uses_bsn=True, data_subject_categories=["aanvragers", "mantelzorgers"],
        retention="15 jaar na het einde van de voorziening (selectielijst gemeenten)", retention_years=15,
        recipients=["zorgaanbieders", "CAK (eigen bijdrage)"],
        source="de inwoner, het gesprek bij de aanvraag en het advies van de medisch adviseur",
        dpia="done", dpia_date=dt.date(2023, 9, 15),
    )),
    (ISD, [], dict(
        name="Klanttevredenheid sociaal domein", legal_basis="consent",
        purpose="Jaarlijks vragen hoe inwoners de dienstverlening ervaren.",
        data_categories=[CONTACT, "antwoorden op de vragenlijst"], data_subject_categories=["cliënten"],
        retention="1 jaar na het onderzoek", source="de inwoner zelf",
    )),
    (BELASTINGEN, ["VWO-BSZ-001"], dict(
        name="Heffen en innen van gemeentelijke belastingen", legal_basis="legal_obligation",
        purpose="Aanslagen onroerendezaakbelastingen, afvalstoffenheffing en rioolheffing opleggen en innen.",
        legal_basis_detail="Gemeentewet, art. 220 e.v. (belastingen) en art. 231 (invordering)",
        data_categories=[NAW, "WOZ-object", "aanslagen en betalingen", "bankrekeningnummer"],
        uses_bsn=True, data_subject_categories=["eigenaren en gebruikers van woningen en bedrijfspanden"],
        retention="7 jaar na afloop van het belastingjaar (fiscale bewaarplicht)", retention_years=7,
        recipients=["deurwaarder", "deelnemende gemeenten"], source="de BRP, de BAG en het Kadaster",
    )),
    (BELASTINGEN, ["VWO-BSZ-001"], dict(
        name="Waardering onroerende zaken", legal_basis="legal_obligation",
        purpose="Elk jaar de WOZ-waarde van woningen en bedrijfspanden vaststellen en bezwaren behandelen.",
        legal_basis_detail="Wet WOZ, art. 17 (beschikking) en art. 40 (verstrekking aan afnemers)",
        data_categories=[NAW, "WOZ-object en kenmerken", "koopsommen", "WOZ-waarde"], uses_bsn=True,
        data_subject_categories=["eigenaren en gebruikers van onroerende zaken"],
        retention="7 jaar na het belastingjaar; de waardegegevens langer voor de Landelijke Voorziening WOZ",
        retention_years=7, recipients=["Belastingdienst", "waterschap", "Waarderingskamer"],
        source="de BAG, het Kadaster en eigen taxaties", dpia="planned",
    )),
    ("GM9901", ["VWO-BKD-001"], dict(
        name="Basisregistratie personen", legal_basis="legal_obligation",
        purpose="Inwoners inschrijven en hun gegevens bijhouden en verstrekken aan wie daar recht op heeft.",
        legal_basis_detail="Wet BRP, art. 2.7 e.v.",
        data_categories=[NAW, "geboortedatum", "nationaliteit", "verblijfstitel"], uses_bsn=True,
        data_subject_categories=["ingezetenen"], retention="volgens de Wet BRP",
        recipients=["afnemers via de Rijksdienst voor Identiteitsgegevens"], source="de inwoner en andere gemeenten",
    )),
    ("GM9901", ["VWO-BKD-003"], dict(
        name="Klanttevredenheid dienstverlening", legal_basis="consent",
        purpose="Na een bezoek of aanvraag vragen hoe de inwoner de gemeente ervaarde.",
        data_categories=["e-mailadres", "antwoorden op de vragenlijst"], data_subject_categories=["bezoekers"],
        retention="1 jaar na het onderzoek", recipients=[], source="de inwoner zelf",
    )),
]


async def _chain() -> None:
    known = {(r["scope"], r["name"]): r["id"]
             for r in await Supplier.select(Supplier.id, Supplier.scope, Supplier.name)}
    if (ISD, NOTIFIER) not in known:
        known[(ISD, NOTIFIER)] = await services.create_supplier(SupplierCreate(
            name=NOTIFIER, country="US", scope=ISD, website="https://berichtenwolk.example"), SYSTEM)
    linked = {(r["supplier"], r["subprocessor"]) for r in await SubprocessorLink.select(
        SubprocessorLink.supplier, SubprocessorLink.subprocessor)}
    for scope, processor, sub, country, service in CHAIN:
        pair = (known.get((scope, processor)), known.get((scope, sub)))
        if None not in pair and pair not in linked:
            await services.create_subprocessor(pair[0], SubprocessorCreate(  # type: ignore[arg-type]
                subprocessor_id=pair[1], country=country, service=service), SYSTEM)  # type: ignore[arg-type]


async def load_demo_processing() -> None:
    """The register's activities and two requests in the sociale dienst, unless present."""
    await _chain()
    agreements = {r["reference"]: r["id"] for r in await Agreement.select(Agreement.id, Agreement.reference)}
    existing = {(r["scope"], r["name"]): r["id"] for r in await ProcessingActivity.select(
        ProcessingActivity.id, ProcessingActivity.scope, ProcessingActivity.name)}
    for scope, references, fields in ACTIVITIES:
        if (scope, fields["name"]) in existing:
            continue
        ids = [agreements[r] for r in references if r in agreements]
        existing[(scope, fields["name"])] = await activities.create_activity(
            ActivityCreate(controller=scope, agreement_ids=ids, **fields), SYSTEM)
    if await RightsRequest.exists().where(RightsRequest.scope == ISD):
        return
    today = clock.today()
    social = [existing[(ISD, name)] for name in
              ("Algemene bijstand", "Re-integratie en participatie", "Wmo-maatwerkvoorzieningen")]
    await rights_requests.create_request(RightsRequestCreate(
        controller=ISD, kind="erasure", received_on=today - dt.timedelta(days=20), reference="ISD-Z-2026-0142",
        activity_ids=social), SYSTEM)
    access = await rights_requests.create_request(RightsRequestCreate(
        controller=ISD, kind="access", received_on=today - dt.timedelta(days=45), reference="ISD-Z-2026-0098"),
        SYSTEM)
    for task in (await rights_requests.get_request(access, SYSTEM)).tasks:
        await rights_requests.confirm_task(access, task.id, TaskConfirm(
            confirmed_on=today - dt.timedelta(days=30), remark="Overzicht van de gegevens ontvangen"), SYSTEM)
