"""A fictional but realistic register for trying the service (``vwo demo``); idempotent."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from core import SYSTEM, User, add_user, clock
from suppliers import (
    ArrangementCreate,
    Contact,
    EvidenceCreate,
    MemberIn,
    Municipality,
    MunicipalityCreate,
    ProductCreate,
    ProductKind,
    SubprocessorCreate,
    Supplier,
    SupplierCreate,
    registry,
    services,
)
from vwo.demo_advisories import load_demo_advisories
from vwo.demo_agreements import load_demo_agreements
from vwo.demo_processing import load_demo_processing

MUNICIPALITIES = [
    ("Gemeente Beekdal", "GM9901", "00000001820446841000"),
    ("Gemeente Hoogveen", "GM9902", None),
    ("Gemeente Zilverzand", "GM9903", None),
]
#: Address and who signs, per municipality (fictitious).
TOWN_HALLS = {
    "GM9901": ("Raadhuisplein 1\n9901 AA Beekdal", "mr. J.W. Dekker", "burgemeester"),
    "GM9902": ("Brinkweg 4\n9902 BB Hoogveen", "drs. A. Postma", "burgemeester"),
    "GM9903": ("Duinstraat 20\n9903 CC Zilverzand", "H. Visser", "burgemeester"),
}
ISD = "isd-beekdal-hoogveen"
BELASTINGEN = "belastingen-zuidrand"

USERS = [
    ("admin@demo.vwo.test", "admin", [], "demo-admin-2026"),
    ("inkoop@demo.vwo.test", "procurement", ["GM9901", ISD], "demo-inkoop-2026"),
    ("fg@demo.vwo.test", "privacy_officer", ["GM9901", "GM9902", ISD], "demo-fg-2026"),
    ("bestuur@demo.vwo.test", "board", [ISD], "demo-bestuur-2026"),
    ("lezer@demo.vwo.test", "viewer", ["GM9903"], "demo-lezer-2026"),
]

# (scope, name, kvk, country, products)
SUPPLIERS: list[tuple[str, str, str | None, str, list[tuple[str, ProductKind]]]] = [
    ("GM9901", "Civitas Software B.V.", "61234567", "NL", [("Burgerzaken Online", "saas")]),
    ("GM9901", "Polder Hosting B.V.", "62345678", "NL", [("Private cloud", "hosting")]),
    ("GM9901", "Nordic Cloud Services AB", None, "SE", [("Backup as a service", "saas")]),
    ("GM9901", "Atlantic Analytics Inc.", None, "US", [("Klanttevredenheid", "saas")]),
    ("GM9902", "Zaakwijs B.V.", "63456789", "NL", [("Zaaksysteem", "application")]),
    ("GM9903", "Geo Informatica Nederland B.V.", "64567890", "NL", [("BGT-beheer", "application")]),
    (ISD, "Inkomensregie B.V.", "65678901", "NL", [("Participatie Suite", "saas")]),
    (ISD, "Jeugdzorg Connect B.V.", "66789012", "NL", [("Wmo-portaal", "saas")]),
    (ISD, "DataVeilig Rekencentrum B.V.", "67890123", "NL", [("Rekencentrum", "hosting")]),
    (BELASTINGEN, "Taxatie & Heffing B.V.", "68901234", "NL", [("WOZ-taxatie", "application")]),
    (BELASTINGEN, "Print & Post Services B.V.", "69012345", "NL", [("Aanslagbiljetten", "service")]),
]


def _evidence(today: dt.date) -> dict[str, list[EvidenceCreate]]:
    """Evidence in every state, relative to today so the states stay true."""
    d = relativedelta
    return {
        "Civitas Software B.V.": [
            EvidenceCreate(kind="iso27001", standard_version="2022", auditor="Certificering Nederland",
                           scope_text="Ontwikkeling en beheer van Burgerzaken Online",
                           issued_on=today - d(years=1), valid_until=today + d(years=2)),
            EvidenceCreate(kind="isae3000_tpm", auditor="Accountants & Partners",
                           scope_text="BIO-normenkader voor Burgerzaken Online",
                           period_start=today - d(months=8), period_end=today - d(months=2)),
        ],
        "Polder Hosting B.V.": [
            EvidenceCreate(kind="iso27001", standard_version="2022", auditor="Certificering Nederland",
                           scope_text="Datacenterdiensten", issued_on=today - d(years=3) + d(days=40),
                           valid_until=today + d(days=40)),
        ],
        "Nordic Cloud Services AB": [
            EvidenceCreate(kind="soc2_type2", auditor="Nordic Audit AB", scope_text="Backup platform",
                           period_start=today - d(months=26), period_end=today - d(months=14)),
        ],
        "Atlantic Analytics Inc.": [
            EvidenceCreate(kind="soc2_type1", auditor="Atlantic CPA", scope_text="Survey platform",
                           period_end=today - d(months=3)),
        ],
        "Zaakwijs B.V.": [
            EvidenceCreate(kind="iso27001", standard_version="2013", auditor="Keurmerk Certificatie",
                           scope_text="Zaaksysteem en hosting", issued_on=dt.date(2023, 3, 1),
                           valid_until=dt.date(2026, 3, 1)),
            EvidenceCreate(kind="pentest", auditor="Rode Team Security",
                           scope_text="Externe pentest zaaksysteem", issued_on=today - d(months=5)),
        ],
        "Geo Informatica Nederland B.V.": [
            EvidenceCreate(kind="iso27001", standard_version="2022", auditor="Certificering Nederland",
                           scope_text="BGT-beheer", issued_on=today - d(years=3, days=20),
                           valid_until=today - d(days=20)),
        ],
        "Inkomensregie B.V.": [
            EvidenceCreate(kind="isae3402_type2", auditor="Accountants & Partners",
                           scope_text="Participatie Suite, inclusief hosting",
                           period_start=today - d(months=13), period_end=today - d(months=1)),
            EvidenceCreate(kind="digid_assessment", auditor="Accountants & Partners",
                           scope_text="DigiD-aansluiting Participatie Suite",
                           period_end=dt.date(today.year - 1, 12, 31)),
        ],
        "Jeugdzorg Connect B.V.": [
            EvidenceCreate(kind="nen7510", standard_version="2022", auditor="Zorgcert",
                           scope_text="Wmo- en jeugdportaal", issued_on=today - d(years=2),
                           valid_until=today + d(years=1)),
            EvidenceCreate(kind="isae3000_tpm", auditor="Zorgaudit",
                           scope_text="Privacy en informatiebeveiliging",
                           period_start=today - d(months=22), period_end=today - d(months=10, days=15)),
        ],
        "Taxatie & Heffing B.V.": [
            EvidenceCreate(kind="isae3402_type2", auditor="Belastingaudit",
                           scope_text="WOZ-taxatie en heffing",
                           period_start=today - d(months=15), period_end=today - d(months=3)),
        ],
    }


async def _load_scopes() -> None:
    """The demo municipalities and the two arrangements they work in (once)."""
    existing = {r["cbs_code"] for r in await Municipality.select(Municipality.cbs_code)}
    for name, code, oin in MUNICIPALITIES:
        if code not in existing:
            address, signatory, role = TOWN_HALLS[code]
            await registry.create_municipality(MunicipalityCreate(
                name=name, cbs_code=code, oin=oin, address=address, signatory_name=signatory, signatory_role=role,
            ), SYSTEM)
    if not await registry.scope_exists(ISD):
        await registry.create_arrangement(
            ArrangementCreate(
                name="Intergemeentelijke Sociale Dienst Beekdal-Hoogveen", slug=ISD,
                kind="sociale_dienst", legal_form="openbaar_lichaam", kvk_number="70123456",
                members=[MemberIn(cbs_code="GM9901", joined_on=dt.date(2015, 1, 1)),
                         MemberIn(cbs_code="GM9902", joined_on=dt.date(2015, 1, 1))],
                ibd_connected=True, ibd_since=dt.date(2018, 3, 1), address="Stationsweg 8\n9901 DD Beekdal",
                signatory_name="C. de Jong", signatory_role="voorzitter van het dagelijks bestuur",
            ),
            SYSTEM,
        )
    if not await registry.scope_exists(BELASTINGEN):
        await registry.create_arrangement(
            ArrangementCreate(
                name="Belastingsamenwerking Zuidrand", slug=BELASTINGEN,
                kind="belastingsamenwerking", legal_form="bedrijfsvoeringsorganisatie",
                kvk_number="71234567",
                members=[MemberIn(cbs_code=c, joined_on=dt.date(2019, 1, 1)) for c in ("GM9901", "GM9902", "GM9903")],
                address="Kanaalweg 3\n9903 EE Zilverzand", signatory_name="M. Smit", signatory_role="directeur",
            ),
            SYSTEM,
        )


async def load_demo() -> list[tuple[str, str, str]]:
    today = clock.today()
    await _load_scopes()
    known = {
        (r["scope"], r["name"]): r["id"] for r in await Supplier.select(Supplier.id, Supplier.scope, Supplier.name)
    }
    evidence = _evidence(today)
    for scope, name, kvk, country, products in SUPPLIERS:
        if (scope, name) in known:
            continue
        supplier_id = await services.create_supplier(
            SupplierCreate(
                name=name, country=country, scope=scope, kvk_number=kvk,
                address="Voorbeeldstraat 1, 1234 AB Voorbeeldstad" if country == "NL" else "",
                website="https://" + name.split()[0].lower().strip(",&") + ".example",
                contacts=[
                    Contact(
                        name="Servicedesk", role="Privacycontact",
                        email="privacy@" + name.split()[0].lower().strip(",&") + ".example",
                    )
                ],
            ),
            SYSTEM,
        )
        known[(scope, name)] = supplier_id
        for product, kind in products:
            await services.create_product(supplier_id, ProductCreate(name=product, kind=kind, used_by=[scope]), SYSTEM)
        for item in evidence.get(name, []):
            await services.create_evidence(supplier_id, item, SYSTEM)
    chain = [
        ("GM9901", "Civitas Software B.V.", "Polder Hosting B.V.", "Hosting van de applicatie"),
        ("GM9901", "Polder Hosting B.V.", "Nordic Cloud Services AB", "Externe back-up"),
    ]
    for scope, processor, sub, service in chain:
        try:
            await services.create_subprocessor(
                known[(scope, processor)],
                SubprocessorCreate(subprocessor_id=known[(scope, sub)], service=service),
                SYSTEM,
            )
        except Exception:  # noqa: S112 - already linked on a second run
            continue

    await load_demo_agreements()
    await load_demo_processing()
    await load_demo_advisories()
    credentials = []
    existing_users = {r["email"] for r in await User.select(User.email)}
    for email, role, scopes, password in USERS:
        if email not in existing_users:
            await add_user(email, role, scopes, password=password)
        credentials.append((email, role, password))
    return credentials
