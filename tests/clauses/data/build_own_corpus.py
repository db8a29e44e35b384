"""Build ``dpa-nl-own.jsonl``: Dutch processor agreements written for this project.

Every sentence below was written for this corpus (none is taken from the shared
corpora or from a published agreement). Each agreement is assembled from a style
(municipal model, SaaS supplier, passive, guarantee phrasing, list-heavy, public-sector
defined terms, PDF-like broken lines, short), party names, and the mandatory clauses it
leaves out (its known gaps); some gaps are filled with a distractor: a heading, a
definition, a negation or an exception that carries the keywords but not the duty.

    python tests/clauses/data/build_own_corpus.py   # rewrites dpa-nl-own.jsonl

Labels follow the corpus README: a sentence carries the key of the duty it states;
headings, definitions, negations and generic help without article or topic carry none;
an Art. 32-36 umbrella carries every assist-* key; a list item carries its own key.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

OUT = Path(__file__).with_name("dpa-nl-own.jsonl")

ASSIST = (
    "assist-security",
    "assist-prior-consultation",
    "assist-breach-authority",
    "assist-breach-subjects",
    "assist-dpia",
)

# per key: variants by phrasing. a: active duty, p: passive, g: guarantee / draagt zorg,
# l: list item under a lead-in ("... verplicht zich om:"), w: the supplier as "wij"
S: dict[str, dict[str, str]] = {
    "subprocessor-authorisation": {
        "a": "{P} schakelt geen subverwerker in zonder voorafgaande schriftelijke toestemming van {C}.",
        "p": "Het inschakelen van een derde die namens {P} persoonsgegevens verwerkt, is slechts "
        "toegestaan na voorafgaande schriftelijke goedkeuring door {C}.",
        "g": "{P} staat ervoor in dat geen andere verwerker wordt ingeschakeld zonder voorafgaande "
        "specifieke of algemene schriftelijke toestemming van {C}.",
        "l": "geen subverwerker in te schakelen zonder voorafgaande schriftelijke toestemming van {C};",
        "w": "Wij zetten geen subverwerker in zonder dat u daarvoor vooraf schriftelijk toestemming heeft gegeven.",
    },
    "subprocessor-changes": {
        "a": "Bij een algemene toestemming informeert {P} {C} ten minste dertig (30) dagen vooraf "
        "over een beoogde toevoeging of vervanging van een subverwerker.",
        "p": "Voorgenomen wijzigingen in de lijst van subverwerkers worden {C} uiterlijk 14 "
        "(veertien) dagen vooraf schriftelijk meegedeeld.",
        "g": "{P} houdt een lijst van subverwerkers bij op haar website en werkt die lijst ten "
        "minste 30 dagen voordat een nieuwe subverwerker wordt ingezet bij, zodat {C} vooraf op "
        "de hoogte is.",
        "l": "{C} ten minste vier weken vooraf in kennis te stellen van elke voorgenomen wijziging "
        "in de ingeschakelde subverwerkers;",
        "w": "Voordat wij een nieuwe subverwerker inschakelen, laten wij u dat minstens 21 dagen "
        "van tevoren per e-mail weten.",
    },
    "instructions": {
        "a": "{P} verwerkt de persoonsgegevens uitsluitend op basis van schriftelijke instructies van {C}.",
        "p": "De persoonsgegevens worden door {P} alleen verwerkt op grond van schriftelijke "
        "instructies van {C}, ook wat betreft doorgiften naar een derde land.",
        "g": "{P} garandeert dat zij de persoonsgegevens uitsluitend verwerkt volgens de "
        "gedocumenteerde instructies van {C}.",
        "l": "de persoonsgegevens uitsluitend te verwerken op basis van schriftelijke instructies van {C};",
        "w": "Wij gebruiken uw gegevens alleen zoals u ons dat schriftelijk opdraagt en voor geen enkel ander doel.",
    },
    "legal-requirement-notice": {
        "a": "Indien {P} op grond van een wettelijke bepaling verplicht is de persoonsgegevens "
        "anders te verwerken, stelt zij {C} daarvan voorafgaand aan de verwerking in kennis, "
        "tenzij die wet deze kennisgeving verbiedt.",
        "p": "Wordt verwerking voor een ander doel door Unierecht of lidstatelijk recht "
        "voorgeschreven, dan wordt {C} daarover vooraf geïnformeerd, behalve wanneer dat recht "
        "zulks om gewichtige redenen van algemeen belang verbiedt.",
        "g": "{P} staat ervoor in dat {C} vooraf wordt ingelicht wanneer een wettelijk voorschrift "
        "haar tot een andere verwerking dwingt, voor zover de wet dat toelaat.",
        "l": "{C} vóór de verwerking te informeren over een wettelijk voorschrift dat haar tot "
        "verwerking verplicht, tenzij dat voorschrift zulks verbiedt;",
        "w": "Moeten wij op grond van de wet gegevens verstrekken aan een instantie, dan "
        "vertellen wij u dat vooraf, behalve als de wet ons dat verbiedt.",
    },
    "confidentiality": {
        "a": "{P} zorgt ervoor dat de personen die gemachtigd zijn de persoonsgegevens te "
        "verwerken, zich tot geheimhouding hebben verbonden of door een passende wettelijke "
        "geheimhoudingsplicht zijn gebonden.",
        "p": "Medewerkers van {P} die toegang hebben tot de persoonsgegevens worden schriftelijk "
        "tot geheimhouding verplicht.",
        "g": "{P} garandeert dat iedereen die onder haar gezag toegang heeft tot de gegevens een "
        "geheimhoudingsverklaring heeft ondertekend.",
        "l": "ervoor te zorgen dat haar medewerkers die de persoonsgegevens verwerken tot "
        "geheimhouding zijn verplicht;",
        "w": "Iedereen bij ons die met uw gegevens werkt, heeft een geheimhoudingsverklaring getekend.",
    },
    "security-measures": {
        "a": "{P} neemt alle maatregelen die op grond van artikel 32 AVG vereist zijn.",
        "p": "Er worden door {P} passende technische en organisatorische maatregelen getroffen "
        "om de persoonsgegevens te beveiligen.",
        "g": "{P} draagt zorg voor passende technische en organisatorische beveiligingsmaatregelen.",
        "l": "passende technische en organisatorische maatregelen te nemen ter beveiliging van de persoonsgegevens;",
        "w": "Wij beveiligen uw gegevens met passende technische en organisatorische maatregelen, "
        "zoals versleuteling en toegangsbeheer.",
        "d": "{P} treft de Beveiligingsvoorzieningen en houdt die gedurende de looptijd in stand.",
    },
    "data-subject-rights": {
        "a": "{P} helpt {C} met passende technische en organisatorische maatregelen bij het "
        "vervullen van haar plicht om verzoeken van betrokkenen om uitoefening van hun rechten "
        "te beantwoorden.",
        "p": "Verzoeken van betrokkenen om inzage, rectificatie of wissing die bij {P} "
        "binnenkomen, worden onverwijld aan {C} doorgestuurd, en bij de afhandeling daarvan "
        "wordt door {P} alle medewerking verleend.",
        "g": "{P} staat ervoor in dat {C} tijdig en volledig kan ingaan op verzoeken van "
        "betrokkenen die hun rechten uitoefenen.",
        "l": "{C} bij te staan bij het beantwoorden van verzoeken van betrokkenen die hun rechten uitoefenen;",
        "w": "Wil iemand zijn gegevens inzien of laten verwijderen, dan helpen wij u om dat "
        "verzoek binnen de wettelijke termijn af te handelen.",
    },
    "return-or-delete": {
        "a": "Na afloop van de dienstverlening wist {P} naar keuze van {C} alle persoonsgegevens "
        "of bezorgt zij deze terug, en verwijdert zij bestaande kopieën, tenzij opslag wettelijk "
        "verplicht is.",
        "p": "Binnen 30 (dertig) dagen na het einde van de overeenkomst worden alle "
        "persoonsgegevens teruggegeven aan {C} en daarna vernietigd.",
        "g": "{P} garandeert dat uiterlijk zes weken na beëindiging van de overeenkomst geen "
        "persoonsgegevens van {C} meer in haar systemen aanwezig zijn.",
        "l": "na beëindiging van de overeenkomst alle persoonsgegevens binnen twee maanden terug "
        "te geven of te vernietigen;",
        "w": "Als u uw abonnement opzegt, verwijderen wij al uw gegevens binnen 60 dagen, tenzij "
        "u ons vraagt ze eerst aan u terug te geven.",
    },
    "unlawful-instruction-notice": {
        "a": "{P} stelt {C} onmiddellijk op de hoogte indien naar haar oordeel een instructie "
        "inbreuk maakt op de AVG of op andere bepalingen inzake gegevensbescherming.",
        "p": "Als een instructie naar het oordeel van {P} in strijd is met de wet, wordt {C} "
        "daarover direct gewaarschuwd.",
        "g": "{P} waarschuwt {C} onverwijld wanneer zij meent dat een gegeven opdracht onrechtmatig is.",
        "l": "{C} onmiddellijk te informeren wanneer een instructie naar haar mening in strijd is "
        "met wet- en regelgeving;",
        "w": "Vinden wij dat een opdracht van u in strijd is met de privacywetgeving, dan laten "
        "wij u dat direct weten.",
    },
    "compliance-information": {
        "a": "{P} stelt {C} alle informatie ter beschikking die nodig is om de nakoming van de "
        "verplichtingen uit artikel 28 AVG aan te tonen.",
        "p": "Op verzoek wordt aan {C} alle informatie verstrekt die nodig is om aan te tonen dat "
        "de verplichtingen uit deze overeenkomst worden nagekomen.",
        "g": "{P} staat ervoor in dat {C} beschikt over alle informatie die zij nodig heeft om de "
        "naleving van deze overeenkomst aan te tonen.",
        "l": "{C} alle informatie te verstrekken die nodig is om de naleving van deze overeenkomst aan te tonen;",
        "w": "Wij geven u op verzoek alle informatie die u nodig heeft om aan te tonen dat de "
        "afspraken in deze overeenkomst worden nageleefd.",
    },
    "audits": {
        "a": "{P} maakt audits, waaronder inspecties, door {C} of een door haar gemachtigde "
        "controleur mogelijk en draagt daaraan bij.",
        "p": "{C} is gerechtigd eens per kalenderjaar een audit te laten uitvoeren door een "
        "onafhankelijke deskundige, en daaraan wordt door {P} volledige medewerking verleend.",
        "g": "{P} verleent medewerking aan controles en inspecties die {C} of een door haar "
        "aangewezen auditor uitvoert.",
        "l": "audits en inspecties door of namens {C} mogelijk te maken en daaraan bij te dragen;",
        "w": "U mag ten hoogste één keer per jaar een audit bij ons laten uitvoeren; wij werken daaraan mee.",
    },
    "subprocessor-flow-down": {
        "a": "{P} legt aan iedere subverwerker bij overeenkomst dezelfde verplichtingen inzake "
        "gegevensbescherming op als die in deze verwerkersovereenkomst zijn opgenomen.",
        "p": "Aan ingeschakelde subverwerkers worden contractueel ten minste dezelfde "
        "verplichtingen opgelegd als die voor {P} uit deze overeenkomst voortvloeien.",
        "g": "{P} staat ervoor in dat haar subverwerkers schriftelijk gebonden zijn aan "
        "gelijkwaardige privacyverplichtingen als in deze overeenkomst.",
        "l": "met iedere subverwerker een schriftelijke overeenkomst te sluiten waarin dezelfde "
        "verplichtingen zijn opgenomen als in deze overeenkomst;",
        "w": "Met onze subverwerkers sluiten wij schriftelijke afspraken die minstens even streng "
        "zijn als deze overeenkomst.",
    },
    "subprocessor-liability": {
        "a": "Wanneer een subverwerker zijn verplichtingen niet nakomt, blijft {P} tegenover {C} "
        "volledig aansprakelijk voor de nakoming daarvan.",
        "p": "Voor het handelen en nalaten van subverwerkers blijft {P} jegens {C} volledig aansprakelijk.",
        "g": "{P} staat jegens {C} in voor de nakoming van de verplichtingen door haar "
        "subverwerkers als ware het haar eigen handelen.",
        "l": "jegens {C} volledig aansprakelijk te blijven voor het handelen van haar subverwerkers;",
        "w": "Voor fouten van onze subverwerkers blijven wij tegenover u volledig aansprakelijk.",
    },
    "security-risk-assessment": {
        "a": "Bij de beoordeling van het passende beveiligingsniveau houdt {P} rekening met de "
        "verwerkingsrisico's, vooral als gevolg van vernietiging, verlies, wijziging of "
        "ongeoorloofde verstrekking van of toegang tot de persoonsgegevens.",
        "p": "De maatregelen worden afgestemd op de risico's van de verwerking, waaronder het "
        "risico van verlies of onrechtmatige toegang.",
        "g": "{P} garandeert een beveiligingsniveau dat past bij de risico's die de verwerking "
        "voor betrokkenen meebrengt.",
        "l": "de beveiliging af te stemmen op de risico's van verlies, wijziging en onbevoegde toegang;",
        "w": "Hoe zwaar wij beveiligen, bepalen wij aan de hand van de risico's van verlies, "
        "diefstal of onbevoegde inzage.",
    },
    "breach-notification": {
        "a": "{P} meldt iedere inbreuk in verband met persoonsgegevens zonder onredelijke "
        "vertraging, en uiterlijk binnen 48 (achtenveertig) uur na ontdekking, aan {C}.",
        "p": "Een inbreuk in verband met persoonsgegevens wordt binnen 24 uur na ontdekking aan {C} gemeld.",
        "g": "{P} staat ervoor in dat {C} binnen 36 uur na ontdekking van een datalek op de hoogte wordt gebracht.",
        "l": "{C} uiterlijk binnen 24 uur na ontdekking in te lichten over een inbreuk in verband "
        "met persoonsgegevens;",
        "w": "Ontdekken wij een datalek, dan melden wij dat binnen 72 (tweeënzeventig) uur aan u.",
        "d": "{P} meldt ieder Beveiligingsincident binnen 24 uur aan {C}.",
    },
}
# the individual assist-* duties (Art. 32-36)
SA: dict[str, dict[str, str]] = {
    "assist-security": {
        "a": "{P} ondersteunt {C} bij het nakomen van haar verplichtingen inzake de beveiliging van de verwerking.",
        "p": "{C} wordt door {P} bijgestaan bij het waarborgen van de beveiliging van de verwerking.",
        "l": "{C} bij te staan bij het waarborgen van de beveiliging van de verwerking;",
    },
    "assist-prior-consultation": {
        "a": "{P} ondersteunt {C} bij een voorafgaande raadpleging van de Autoriteit Persoonsgegevens.",
        "p": "Moet {C} de toezichthouder vooraf raadplegen, dan wordt zij daarbij door {P} ondersteund.",
        "l": "{C} te helpen bij een voorafgaande raadpleging van de toezichthoudende autoriteit;",
    },
    "assist-breach-authority": {
        "a": "{P} verstrekt {C} alle informatie die zij nodig heeft om een inbreuk tijdig bij de "
        "Autoriteit Persoonsgegevens te melden.",
        "p": "Bij het melden van een inbreuk aan de toezichthouder wordt {C} door {P} ondersteund.",
        "l": "{C} te ondersteunen bij het melden van een inbreuk aan de toezichthoudende autoriteit;",
    },
    "assist-breach-subjects": {
        "a": "{P} verleent medewerking wanneer {C} de betrokkenen over een inbreuk moet informeren.",
        "p": "Bij het informeren van betrokkenen over een datalek wordt {C} door {P} geholpen.",
        "l": "{C} te helpen bij het informeren van betrokkenen over een inbreuk;",
    },
    "assist-dpia": {
        "a": "Waar {C} een gegevensbeschermingseffectbeoordeling uitvoert, verleent {P} daaraan de nodige medewerking.",
        "p": "Bij het uitvoeren van een DPIA wordt {C} door {P} ondersteund.",
        "l": "{C} te ondersteunen bij een gegevensbeschermingseffectbeoordeling;",
    },
}
UMBRELLA = {
    "a": "{P} helpt {C} bij het nakomen van de verplichtingen uit de artikelen 32 tot en met 36 "
    "AVG, rekening houdend met de aard van de verwerking en de informatie waarover zij "
    "beschikt.",
    "g": "{P} staat ervoor in dat {C} van haar alle bijstand krijgt die nodig is om de "
    "verplichtingen van de artikelen 32 t/m 36 van de AVG na te komen.",
    "w": "Wij helpen u bij uw verplichtingen uit de artikelen 32 tot en met 36 van de AVG.",
}
# a list: the lead-in carries the verb, each item names one assist-* topic
ASSIST_LIST_LEAD = "{P} staat {C} bij in het nakomen van de volgende verplichtingen:"
ASSIST_LIST_ITEMS = {
    "assist-security": "de beveiliging van de verwerking;",
    "assist-breach-authority": "het melden van inbreuken in verband met persoonsgegevens aan de "
    "Autoriteit Persoonsgegevens;",
    "assist-breach-subjects": "het meedelen van zulke inbreuken aan de betrokkenen;",
    "assist-dpia": "het uitvoeren van gegevensbeschermingseffectbeoordelingen;",
    "assist-prior-consultation": "de voorafgaande raadpleging van de toezichthouder;",
}

# wording that carries the keywords of a key without its duty: put where the key is a gap
DISTRACTORS: dict[str, list[str]] = {
    "audits": [
        "{C} mag de bedrijfsruimten van {P} niet inspecteren.",
        "{P} is niet verplicht audits of inspecties op locatie toe te staan.",
    ],
    "legal-requirement-notice": [
        "Partijen houden de inhoud van deze overeenkomst geheim, tenzij de wet openbaarmaking "
        "verbiedt of voorschrijft.",
    ],
    "security-risk-assessment": [
        "Inbreuk in verband met persoonsgegevens: een inbreuk op de beveiliging die leidt tot "
        "vernietiging, verlies, wijziging of ongeoorloofde verstrekking van of toegang tot "
        "persoonsgegevens.",
    ],
    "subprocessor-authorisation": ["Subverwerkers"],
    "subprocessor-flow-down": ["Subverwerker: een andere verwerker die door {P} wordt ingeschakeld."],
    "confidentiality": ["Geheimhouding"],
    "assist-dpia": [
        "DPIA: een gegevensbeschermingseffectbeoordeling als bedoeld in artikel 35 AVG.",
    ],
    "assist-security": [
        "{P} verleent {C} redelijke medewerking bij de naleving van de privacywetgeving.",
    ],
    "unlawful-instruction-notice": [
        "{C} geeft geen instructies die in strijd zijn met de wet.",
    ],
    "subprocessor-liability": [
        "De aansprakelijkheid van {P} is beperkt tot het bedrag dat in het voorafgaande jaar is gefactureerd.",
    ],
    "data-subject-rights": [
        "Betrokkene: de natuurlijke persoon op wie de persoonsgegevens betrekking hebben.",
    ],
}

HEADINGS = {
    "instructions": "Artikel {n} Verwerking op instructie",
    "confidentiality": "Artikel {n} Geheimhouding",
    "security-measures": "Artikel {n} Beveiliging",
    "subprocessor-authorisation": "Artikel {n} Subverwerkers",
    "data-subject-rights": "Artikel {n} Rechten van betrokkenen",
    "assist": "Artikel {n} Bijstand",
    "breach-notification": "Artikel {n} Inbreuken in verband met persoonsgegevens",
    "audits": "Artikel {n} Audit",
    "return-or-delete": "Artikel {n} Einde van de verwerking",
}

ORDER = (
    "instructions",
    "legal-requirement-notice",
    "unlawful-instruction-notice",
    "confidentiality",
    "security-measures",
    "security-risk-assessment",
    "subprocessor-authorisation",
    "subprocessor-changes",
    "subprocessor-flow-down",
    "subprocessor-liability",
    "data-subject-rights",
    "assist",
    "breach-notification",
    "compliance-information",
    "audits",
    "return-or-delete",
)
SECTION_OF = {
    "legal-requirement-notice": "instructions",
    "unlawful-instruction-notice": "instructions",
    "security-risk-assessment": "security-measures",
    "subprocessor-changes": "subprocessor-authorisation",
    "subprocessor-flow-down": "subprocessor-authorisation",
    "subprocessor-liability": "subprocessor-authorisation",
    "compliance-information": "audits",
}


@dataclass(frozen=True)
class Spec:
    name: str
    style: str  # default variant letter
    processor: str
    controller: str
    gaps: tuple[str, ...]
    assist: str = "single"  # single | umbrella | list | none
    distract: tuple[str, ...] = ()
    variants: tuple[tuple[str, str], ...] = ()  # per key overrides
    list_lead: bool = False  # most duties as items under one lead-in
    pdf: str = ""  # "lines": hard-wrapped with page headers; "inline": wraps already joined
    defined_terms: bool = False
    purpose: str = "de uitvoering van de Participatiewet"


SPECS = (
    Spec(
        "own-gemeente-model",
        "a",
        "Verwerker",
        "Verwerkingsverantwoordelijke",
        gaps=("subprocessor-liability",),
        assist="umbrella",
        distract=("subprocessor-liability",),
    ),
    Spec(
        "own-saas-wij",
        "w",
        "Wij",
        "u",
        gaps=("legal-requirement-notice", "audits"),
        assist="umbrella",
        distract=("audits",),
        purpose="het aanbieden van roosterplanning",
    ),
    Spec(
        "own-passief",
        "p",
        "Verwerker",
        "de Gemeente",
        gaps=("confidentiality", "assist-dpia", "assist-prior-consultation"),
        distract=("confidentiality", "assist-dpia"),
    ),
    Spec(
        "own-garantie",
        "g",
        "Opdrachtnemer",
        "Opdrachtgever",
        gaps=("unlawful-instruction-notice", "security-risk-assessment"),
        distract=("unlawful-instruction-notice", "security-risk-assessment"),
        assist="umbrella",
    ),
    Spec(
        "own-lijst",
        "l",
        "Verwerker",
        "Verwerkingsverantwoordelijke",
        gaps=("subprocessor-flow-down", "compliance-information"),
        assist="list",
        list_lead=True,
        distract=("subprocessor-flow-down",),
    ),
    Spec(
        "own-overheid-begrippen",
        "a",
        "Opdrachtnemer",
        "de Minister",
        gaps=("return-or-delete", *ASSIST),
        assist="none",
        defined_terms=True,
        distract=("assist-security",),
        variants=(("security-measures", "d"), ("breach-notification", "d")),
    ),
    Spec(
        "own-pdf-gebroken",
        "a",
        "Verwerker",
        "Verwerkingsverantwoordelijke",
        gaps=("audits", "subprocessor-changes"),
        pdf="lines",
        distract=("audits",),
    ),
    Spec(
        "own-kort",
        "a",
        "De Leverancier",
        "de Klant",
        gaps=(
            "legal-requirement-notice",
            "data-subject-rights",
            "subprocessor-flow-down",
            "subprocessor-liability",
            "security-risk-assessment",
        ),
        assist="umbrella",
        distract=("legal-requirement-notice", "data-subject-rights"),
    ),
    Spec(
        "own-zorg-garantie-lijst",
        "g",
        "Zorgaanbieder",
        "de Gemeente",
        gaps=("instructions", "assist-breach-subjects"),
        assist="list",
        variants=(("audits", "p"), ("return-or-delete", "p")),
    ),
    Spec(
        "own-onderwijs-passief",
        "p",
        "Leverancier",
        "Onderwijsinstelling",
        gaps=("subprocessor-authorisation", "unlawful-instruction-notice"),
        distract=("subprocessor-authorisation",),
        assist="single",
        variants=(("confidentiality", "g"), ("subprocessor-changes", "g")),
    ),
    Spec(
        "own-saas-gemengd",
        "a",
        "De Dienstverlener",
        "de Klant",
        gaps=("compliance-information", "assist-security", "assist-breach-authority"),
        distract=("assist-security",),
        variants=(("instructions", "g"), ("audits", "g"), ("data-subject-rights", "p")),
    ),
    Spec(
        "own-regio-pdf-lijst",
        "l",
        "Opdrachtnemer",
        "Opdrachtgever",
        gaps=("security-measures", "audits"),
        list_lead=True,
        pdf="inline",
        assist="umbrella",
        distract=("audits",),
    ),
    Spec(
        "own-volledig",
        "a",
        "Verwerker",
        "de Gemeente",
        gaps=(),
        assist="single",
        variants=(("subprocessor-changes", "p"), ("return-or-delete", "g")),
    ),
    Spec(
        "own-ggd-begrippen",
        "p",
        "Verwerker",
        "de GGD",
        gaps=("subprocessor-liability", "assist-prior-consultation", "assist-dpia"),
        defined_terms=True,
        distract=("subprocessor-liability", "assist-dpia"),
        variants=(("security-measures", "d"), ("breach-notification", "d")),
    ),
    Spec(
        "own-archief-garantie",
        "g",
        "De Leverancier",
        "het Waterschap",
        gaps=("confidentiality", "return-or-delete", "data-subject-rights"),
        distract=("confidentiality", "data-subject-rights"),
        assist="single",
        variants=(("subprocessor-changes", "a"),),
    ),
    Spec(
        "own-sociaal-domein",
        "a",
        "Opdrachtnemer",
        "het College",
        gaps=("subprocessor-changes", "legal-requirement-notice", "unlawful-instruction-notice"),
        distract=("legal-requirement-notice", "unlawful-instruction-notice"),
        assist="list",
        variants=(("audits", "p"), ("confidentiality", "p")),
    ),
)

RUNNING_HEADER = "Verwerkersovereenkomst - versie 2.1 - vertrouwelijk"
DEFINED_TERMS = [
    "In deze overeenkomst wordt verstaan onder Beveiligingsvoorzieningen: de technische en "
    "organisatorische maatregelen die in Bijlage 2 zijn beschreven en die passen bij de "
    "aard van de verwerking.",
    "Beveiligingsincident: een inbreuk op de beveiliging die leidt tot vernietiging, verlies, "
    "wijziging of ongeoorloofde verstrekking van of toegang tot de persoonsgegevens.",
]


def _fill(text: str, spec: Spec) -> str:
    p, c = spec.processor, spec.controller
    inner = p[0].lower() + p[1:] if p.startswith(("De ", "Het ")) else p
    if p == "Wij":
        text = text.replace("{P} is niet", "Wij zijn niet").replace("van {P}", "van ons")
        text = text.replace("door {P}", "door ons")
    if text.startswith("{P}"):
        text = p + text[3:]
    text = text.replace("{P}", inner).replace("{C}", c)
    if re.match(r"[a-p]\. ", text):
        return text  # a list item keeps its letter as written
    # a sentence starting with a lower-case party name gets its capital back
    return text[0].upper() + text[1:]


def _variant(bank: dict[str, str], spec: Spec, key: str) -> tuple[str, str]:
    overrides = dict(spec.variants)
    letter = overrides.get(key, spec.style)
    if spec.list_lead and letter == "l" and key not in overrides:
        return "l", bank["l"]
    if letter not in bank or (letter == "l" and not spec.list_lead):
        letter = "a" if spec.processor != "Wij" else "w"
    if letter not in bank:
        letter = "a"
    return letter, bank[letter]


_BREAK = re.compile(r"\s+")


def _pdf_lines(text: str, width: int = 58) -> str:
    """Hard-wrap at ``width`` characters; long words are hyphenated across the break."""
    lines: list[str] = []
    current = ""
    for word in _BREAK.split(text):
        if len(current) + 1 + len(word) <= width:
            current = f"{current} {word}".strip()
            continue
        room = width - len(current) - 2
        if len(word) > 9 and room > 4 and word.isalpha():
            lines.append(f"{current} {word[:room]}-".strip())
            current = word[room:]
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return "\n".join(lines)


def build(spec: Spec) -> dict[str, object]:
    sentences: list[dict[str, object]] = []

    def add(text: str, labels: tuple[str, ...] = ()) -> None:
        text = _fill(text, spec)
        if spec.pdf:
            text = _pdf_lines(text)
            if spec.pdf == "inline":
                text = text.replace("\n", " ")
            elif len(sentences) % 9 == 8 and "\n" in text:
                # a page break inside the sentence: footer, then the running header
                page = len(sentences) // 9 + 1
                head, tail = text.split("\n", 1)
                text = f"{head}\nPagina {page} van 4\n{RUNNING_HEADER}\n{tail}"
        sentences.append({"text": text, "labels": list(labels)})

    add(f"Verwerkersovereenkomst {spec.name.removeprefix('own-').replace('-', ' ')}")
    add(
        "Deze overeenkomst regelt de verwerking van persoonsgegevens door {P} ten behoeve van "
        f"{{C}} in het kader van {spec.purpose}.",
        ("processing-purpose",),
    )
    add(
        "Het gaat om naam, adres, geboortedatum en het burgerservicenummer van inwoners "
        "die een aanvraag hebben ingediend.",
        ("personal-data-types", "data-subject-categories"),
    )
    if spec.defined_terms:
        for definition in DEFINED_TERMS:
            add(definition)
    gaps = set(spec.gaps)
    number = 1
    lead_added = False
    items = 0
    sections_done: set[str] = set()
    for key in ORDER:
        section = SECTION_OF.get(key, key)
        if section not in sections_done and section in HEADINGS and not spec.list_lead:
            number += 1
            add(HEADINGS[section].format(n=number))
            sections_done.add(section)
        if key == "assist":
            if not spec.list_lead:
                _assist(spec, add, gaps)
            continue
        if key in gaps:
            if key in spec.distract and not spec.list_lead:
                for text in DISTRACTORS[key]:
                    add(text)
            continue
        letter, text = _variant(S[key], spec, key)
        if letter == "l" and not lead_added:
            add("{P} verplicht zich om:")
            lead_added = True
        if spec.pdf and letter == "l":
            text = f"{'abcdefghijklmnopqrs'[items]}. {text}"
            items += 1
        add(text, (key,))
    if spec.list_lead:
        # the list of duties ends here; what follows stands on its own
        _assist(spec, add, gaps)
        for gap in spec.distract:
            if gap in gaps and gap not in ASSIST:
                for text in DISTRACTORS[gap]:
                    add(text)
    for gap in spec.distract:
        if gap in ASSIST and gap in gaps and gap not in ("assist-security",):
            for text in DISTRACTORS.get(gap, []):
                add(text)
    add(
        "Deze overeenkomst geldt zolang de hoofdovereenkomst loopt en eindigt van rechtswege "
        "wanneer de hoofdovereenkomst eindigt.",
        ("processing-duration", "termination"),
    )
    return {"document": spec.name, "language": "nl", "sentences": sentences}


def _assist(spec: Spec, add: object, gaps: set[str]) -> None:
    assert callable(add)
    present = [k for k in ASSIST if k not in gaps]
    if "assist-security" in gaps and "assist-security" in spec.distract:
        for text in DISTRACTORS["assist-security"]:
            add(text)
    if not present:
        return
    if spec.assist == "umbrella" and len(present) == len(ASSIST):
        letter = spec.style if spec.style in UMBRELLA else "a"
        add(UMBRELLA[letter], ASSIST)
        return
    if spec.assist == "list":
        add(ASSIST_LIST_LEAD)
        for n, key in enumerate(present):
            item = ASSIST_LIST_ITEMS[key]
            if n == len(present) - 1:
                item = item.rstrip(";.") + "."
            add(f"{'abcde'[n]}. {item}", (key,))
        return
    for key in present:
        bank = SA[key]
        letter = spec.style if spec.style in bank else "a"
        if letter == "l" and not spec.list_lead:
            letter = "a"
        if letter == "l":
            add(bank["l"], (key,))
        else:
            add(bank[letter], (key,))


def main() -> None:
    lines = [json.dumps(build(spec), ensure_ascii=False) for spec in SPECS]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} agreements written to {OUT}")


if __name__ == "__main__":
    main()
