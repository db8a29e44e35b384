
"""Text of the Dutch default processor agreement (own wording; Jinja tags for the context).

Each article is (heading, clause keys it covers, numbered paragraphs). Everything
conditional stays inside one paragraph so the numbering never has gaps.
"""

from __future__ import annotations

LANGUAGE = "nl"
DOC_TITLE = "Verwerkersovereenkomst"
CORE_TITLE = "Verwerkersovereenkomst {{ agreement.reference }}"
HEADER = "{{ controller.name }} · {{ supplier.name }}"
FOOTER = ("Verwerkersovereenkomst {{ agreement.reference }} · pagina ", " van ")
ARTICLE = "Artikel"

COVER_ROWS: list[tuple[str, str]] = [
    ("Kenmerk", "{{ agreement.reference }}"),
    ("Hoofdovereenkomst", "{{ agreement.main_contract }}"),
    ("Verwerkingsverantwoordelijke", "{{ controller.name }}"),
    ("Verwerker", "{{ supplier.name }}"),
    ("Ingangsdatum", "{{ agreement.start_date|datum }}"),
    ("Looptijd tot en met", '{{ agreement.end_date|datum("onbepaalde tijd") }}'),
    ("Opgesteld op", "{{ generated_at|datumtijd }}"),
]

PARTIES_HEADING = "Partijen"
PARTIES: list[str] = [
    "{{ controller.name }}, "
    '{% if controller.kind == "arrangement" %}een openbaar lichaam of ander samenwerkingsverband '
    "op grond van de Wet gemeenschappelijke regelingen{% else %}een gemeente{% endif %}"
    "{% if controller.kvk_number %}, ingeschreven bij de KvK onder nummer "
    "{{ controller.kvk_number }}{% endif %}, hierbij vertegenwoordigd door "
    "{{ controller.represented_by }}, hierna: de verwerkingsverantwoordelijke;",
    "{{ supplier.name }}, gevestigd in {{ supplier.country_name }}"
    "{% if supplier.kvk_number %}, ingeschreven bij de KvK onder nummer "
    "{{ supplier.kvk_number }}{% endif %}, hierna: de verwerker;",
    "samen: partijen. De adressen van partijen staan in bijlage I.",
]
MEMBERS = (
    "De verwerkingsverantwoordelijke sluit deze overeenkomst mede ten behoeve van haar "
    "deelnemende gemeenten: {{ members|map(attribute='name')|opsomming }}."
)

RECITALS_HEADING = "Overwegingen"
RECITALS: list[str] = [
    "Partijen hebben de hoofdovereenkomst {{ agreement.main_contract }} gesloten. Bij de "
    "uitvoering daarvan verwerkt de verwerker persoonsgegevens in opdracht van de "
    "verwerkingsverantwoordelijke.",
    "Artikel 28 van de Algemene verordening gegevensbescherming (AVG) schrijft voor dat zo'n "
    "verwerking wordt vastgelegd in een schriftelijke overeenkomst. Partijen leggen in deze "
    "overeenkomst hun afspraken daarover vast.",
    "Als overheidsorgaan legt de verwerkingsverantwoordelijke verantwoording af over de "
    "beveiliging van de gegevens die zij laat verwerken. De verwerker levert haar daarvoor "
    "de nodige zekerheid.",
]

ARTICLES: list[tuple[str, list[str], list[str]]] = [
    (
        "Begrippen",
        [],
        [
            "Begrippen die in de AVG een betekenis hebben, zoals persoonsgegevens, verwerking, "
            "betrokkene, inbreuk in verband met persoonsgegevens en toezichthoudende autoriteit, "
            "hebben in deze overeenkomst dezelfde betekenis.",
            "Datalek: een inbreuk in verband met persoonsgegevens als bedoeld in artikel 4, onder "
            "12, AVG, of een redelijk vermoeden daarvan.",
            "Subverwerker: een andere partij die de verwerker inschakelt en die daarbij toegang "
            "krijgt tot persoonsgegevens waarvoor de verwerkingsverantwoordelijke verantwoordelijk is.",
            "Toezichthouder: de Autoriteit Persoonsgegevens of een andere bevoegde "
            "toezichthoudende autoriteit.",
            "Bijlagen: bijlage I (partijen), II (beschrijving van de verwerking), III (technische "
            "en organisatorische maatregelen) en IV (subverwerkers). De bijlagen maken deel uit van "
            "deze overeenkomst.",
        ],
    ),
    (
        "Onderwerp en omschrijving van de verwerking",
        ["processing-purpose", "personal-data-types", "data-subject-categories"],
        [
            "De verwerker verwerkt persoonsgegevens in opdracht van de verwerkingsverantwoordelijke "
            "voor zover dat nodig is voor de uitvoering van de hoofdovereenkomst. Het onderwerp is: "
            "{{ processing.subject_matter }}.",
            "De verwerking dient uitsluitend de volgende doeleinden: "
            "{{ processing.purposes|opsomming }}. De aard van de verwerking is: "
            "{{ processing.nature|opsomming }}.",
            "Het gaat om de volgende soorten persoonsgegevens: "
            "{{ processing.personal_data|opsomming }}. Deze gegevens betreffen de volgende "
            "categorieën betrokkenen: {{ processing.data_subjects|opsomming }}.",
            "De verwerkingsverantwoordelijke bepaalt het doel van en de middelen voor de verwerking. "
            "De verwerker gebruikt de gegevens niet voor eigen doeleinden en verstrekt ze niet aan "
            "derden, tenzij deze overeenkomst dat toestaat.",
            "Bijlage II geeft de volledige beschrijving van de verwerking. Bij strijd tussen deze "
            "overeenkomst en de hoofdovereenkomst gaat deze overeenkomst voor waar het de "
            "bescherming van persoonsgegevens betreft.",
        ],
    ),
    (
        "Verwerking op instructie",
        ["instructions", "legal-requirement-notice", "unlawful-instruction-notice"],
        [
            "De verwerker verwerkt de persoonsgegevens alleen op basis van schriftelijk vastgelegde "
            "instructies van de verwerkingsverantwoordelijke. Deze overeenkomst en de "
            "hoofdovereenkomst gelden als zulke instructies. Dit geldt ook voor het doorgeven van "
            "gegevens aan een derde land of een internationale organisatie.",
            "Verplicht een regel van Unierecht of Nederlands recht de verwerker tot een verwerking "
            "die niet op een instructie berust, dan meldt de verwerker die wettelijke verplichting "
            "aan de verwerkingsverantwoordelijke voordat hij met de verwerking begint, tenzij die "
            "regel zo'n melding om gewichtige redenen van algemeen belang verbiedt.",
            "Meent de verwerker dat een instructie in strijd is met de AVG of met andere regels "
            "over gegevensbescherming, dan stelt hij de verwerkingsverantwoordelijke daarvan "
            "onmiddellijk op de hoogte. De verwerker mag de uitvoering van die instructie opschorten "
            "totdat de verwerkingsverantwoordelijke haar heeft bevestigd of aangepast.",
        ],
    ),
    (
        "Geheimhouding",
        ["confidentiality"],
        [
            "De verwerker zorgt ervoor dat iedereen die onder zijn gezag persoonsgegevens mag "
            "verwerken, zoals werknemers, ingehuurde krachten en medewerkers van subverwerkers, "
            "schriftelijk tot geheimhouding is verplicht of onder een wettelijke "
            "geheimhoudingsplicht valt.",
            "De verwerker geeft alleen toegang tot persoonsgegevens aan personen die die toegang "
            "voor hun taak nodig hebben, en niet verder dan nodig. Hij trekt die toegang in zodra "
            "die niet langer nodig is.",
            "De geheimhouding geldt niet voor zover een wettelijke plicht tot verstrekking bestaat; "
            "voor die gevallen geldt artikel 3.2.",
        ],
    ),
    (
        "Beveiliging",
        ["security-measures", "security-risk-assessment", "security-standard"],
        [
            "De verwerker treft passende technische en organisatorische maatregelen om de "
            "persoonsgegevens te beveiligen, zoals artikel 32 AVG verlangt. Bijlage III beschrijft "
            "deze maatregelen.",
            "Bij de keuze van de maatregelen houdt de verwerker rekening met de stand van de "
            "techniek, de kosten van uitvoering, de aard, omvang, context en doeleinden van de "
            "verwerking en de risico's voor betrokkenen. Hij beoordeelt daarbij in het bijzonder "
            "het risico dat gegevens, per ongeluk of onrechtmatig, worden vernietigd, verloren "
            "gaan of gewijzigd, of dat ze zonder toestemming worden verstrekt of ingezien. Hij "
            "herhaalt die beoordeling ten minste eens per "
            "{{ agreement.review_interval_months|aantal('maand', 'maanden') }} en bij iedere "
            "ingrijpende wijziging van de dienst.",
            "De verwerker richt zijn beveiliging in volgens de {{ processing.security_standard }}"
            '{% if processing.security_standard == "BIO" %} (Baseline Informatiebeveiliging '
            "Overheid){% endif %}, of volgens een norm waarvan hij aantoont dat die ten minste "
            "gelijkwaardig is, voor het deel van zijn organisatie dat de dienst levert.",
            "{% if processing.special_categories or processing.bsn or processing.criminal_data %}"
            "De verwerking omvat gegevens die extra bescherming vragen: "
            "{{ [processing.special_categories and 'bijzondere persoonsgegevens', processing.bsn "
            "and 'het burgerservicenummer (BSN)', processing.criminal_data and 'strafrechtelijke "
            "gegevens']|select|opsomming }}. De verwerker versleutelt deze gegevens bij transport "
            "en opslag en legt iedere toegang ertoe vast.{% else %}De verwerking omvat geen "
            "bijzondere persoonsgegevens, strafrechtelijke gegevens of BSN. Wil de "
            "verwerkingsverantwoordelijke dat wijzigen, dan passen partijen eerst bijlage II en "
            "III aan.{% endif %}",
            "De verwerker verlaagt het beveiligingsniveau niet zonder voorafgaande schriftelijke "
            "toestemming van de verwerkingsverantwoordelijke.",
        ],
    ),
    (
        "Bijstand aan de verwerkingsverantwoordelijke",
        [
            "data-subject-rights",
            "assist-security",
            "assist-dpia",
            "assist-prior-consultation",
            "assist-breach-authority",
            "assist-breach-subjects",
        ],
        [
            "De verwerker helpt de verwerkingsverantwoordelijke, met passende technische en "
            "organisatorische maatregelen, bij het beantwoorden van verzoeken van betrokkenen die "
            "hun rechten uitoefenen, zoals inzage, rectificatie, wissing, beperking, "
            "overdraagbaarheid en bezwaar. Krijgt de verwerker zo'n verzoek zelf, dan stuurt hij "
            "het onverwijld door en beantwoordt hij het niet zelf, tenzij de "
            "verwerkingsverantwoordelijke hem dat opdraagt.",
            "De verwerker helpt de verwerkingsverantwoordelijke bij het nakomen van haar eigen "
            "verplichting om de verwerking passend te beveiligen (artikel 32 AVG).",
            "De verwerker helpt de verwerkingsverantwoordelijke bij het uitvoeren van een "
            "gegevensbeschermingseffectbeoordeling (DPIA, artikel 35 AVG), onder meer door de "
            "nodige informatie over de dienst en de maatregelen te geven.",
            "De verwerker helpt de verwerkingsverantwoordelijke als zij de toezichthouder vooraf "
            "moet raadplegen (artikel 36 AVG).",
            "De verwerker helpt de verwerkingsverantwoordelijke bij het melden van een datalek aan "
            "de toezichthouder (artikel 33 AVG), en bij het informeren van betrokkenen over een "
            "datalek (artikel 34 AVG).",
            "Bijstand die nodig is doordat de verwerker tekortschiet, verleent hij kosteloos. Voor "
            "overige bijstand gelden de tarieven van de hoofdovereenkomst.",
        ],
    ),
    (
        "Datalekken",
        ["breach-notification", "breach-information", "breach-deadline"],
        [
            "De verwerker meldt een datalek zonder onredelijke vertraging aan de "
            "verwerkingsverantwoordelijke, en in ieder geval binnen "
            "{{ processing.breach_notification_hours }} uur nadat hij het heeft ontdekt, zodat zij "
            "haar eigen meldtermijn van 72 uur kan halen.",
            "De melding beschrijft ten minste: de aard van het datalek, met waar mogelijk de "
            "categorieën en het geschatte aantal betrokkenen en gegevens; de naam en "
            "contactgegevens van een aanspreekpunt; de waarschijnlijke gevolgen; en de maatregelen "
            "die de verwerker heeft genomen of voorstelt om het lek te dichten en de gevolgen te "
            "beperken. Is nog niet alles bekend, dan vult de verwerker de melding zonder verdere "
            "vertraging in stappen aan.",
            "De verwerker houdt een overzicht bij van alle datalekken, met feiten, gevolgen en "
            "genomen maatregelen, en geeft de verwerkingsverantwoordelijke daar op verzoek inzage in.",
            "De verwerker meldt een datalek niet zelf aan de toezichthouder of aan betrokkenen, "
            "tenzij de verwerkingsverantwoordelijke daarom vraagt of de wet hem daartoe verplicht.",
            "Aanspreekpunt van de verwerker: {{ supplier.contact.name }}, "
            "{{ supplier.contact.email }}{% if supplier.contact.phone %}, telefoon "
            "{{ supplier.contact.phone }}{% endif %}.",
        ],
    ),
    (
        "Subverwerkers",
        [
            "subprocessor-authorisation",
            "subprocessor-changes",
            "subprocessor-objection",
            "subprocessor-flow-down",
            "subprocessor-liability",
        ],
        [
            "De verwerker schakelt geen subverwerker in zonder voorafgaande schriftelijke "
            "toestemming van de verwerkingsverantwoordelijke. "
            '{% if processing.subprocessor_authorisation == "general" %}Met het sluiten van deze '
            "overeenkomst geeft de verwerkingsverantwoordelijke algemene schriftelijke toestemming "
            "voor de subverwerkers in bijlage IV en voor subverwerkers die volgens artikel 8.2 worden "
            "toegevoegd en waartegen zij geen bezwaar maakt.{% else %}Deze toestemming wordt per "
            "subverwerker gegeven (specifieke toestemming); de subverwerkers in bijlage IV zijn "
            "goedgekeurd.{% endif %}",
            "De verwerker meldt ieder voornemen om een subverwerker toe te voegen of te vervangen "
            "ten minste {{ processing.subprocessor_notice_days }} dagen vooraf schriftelijk aan de "
            "verwerkingsverantwoordelijke, met de naam van de subverwerker, de dienst die deze "
            "levert en de landen waar de gegevens worden verwerkt.",
            "De verwerkingsverantwoordelijke kan binnen die termijn op redelijke gronden bezwaar "
            "maken tegen de nieuwe subverwerker. De verwerker schakelt die subverwerker dan niet in. "
            "Vinden partijen geen oplossing, dan mag de verwerkingsverantwoordelijke de betrokken "
            "diensten kosteloos beëindigen.",
            "De verwerker legt iedere subverwerker bij schriftelijke overeenkomst dezelfde "
            "verplichtingen inzake gegevensbescherming op als die welke in deze overeenkomst voor "
            "hem gelden, in het bijzonder over beveiliging. Op verzoek geeft hij de "
            "verwerkingsverantwoordelijke een afschrift van de relevante bepalingen.",
            "De verwerker blijft tegenover de verwerkingsverantwoordelijke volledig aansprakelijk "
            "voor de nakoming van de verplichtingen van zijn subverwerkers.",
        ],
    ),
    (
        "Locatie en doorgifte buiten de EER",
        ["international-transfers", "processing-location"],
        [
            "De verwerker verwerkt de persoonsgegevens uitsluitend in "
            "{{ processing.locations|map(attribute='country_name')|opsomming }}. Verplaatsing naar "
            "een ander land vraagt voorafgaande schriftelijke toestemming van de "
            "verwerkingsverantwoordelijke.",
            "Doorgifte van persoonsgegevens naar een land buiten de Europese Economische Ruimte "
            "(EER) of naar een internationale organisatie vindt alleen plaats op schriftelijke "
            "instructie van de verwerkingsverantwoordelijke en als aan hoofdstuk V van de AVG is "
            "voldaan: een adequaatheidsbesluit, standaardcontractbepalingen van de Europese "
            "Commissie of bindende bedrijfsvoorschriften. "
            "{% if processing.transfer_mechanism %}Voor de doorgiften die bij het sluiten van deze "
            "overeenkomst bekend zijn, geldt als waarborg: {{ processing.transfer_mechanism }}."
            "{% else %}Bij het sluiten van deze overeenkomst zijn geen doorgiften buiten de EER "
            "voorzien.{% endif %}",
            "Vraagt een overheidsinstantie buiten de EER om toegang tot de persoonsgegevens, dan "
            "licht de verwerker de verwerkingsverantwoordelijke daarover in, voor zover dat is "
            "toegestaan, en verstrekt hij niets zonder dat de vordering rechtsgeldig is "
            "getoetst.",
        ],
    ),
    (
        "Informatie, verklaringen en audits",
        ["compliance-information", "audits", "assurance-report"],
        [
            "De verwerker stelt alle informatie ter beschikking die nodig is om aan te tonen dat de "
            "verplichtingen uit artikel 28 AVG en uit deze overeenkomst worden nagekomen. Hij "
            "levert ook tijdig wat de verwerkingsverantwoordelijke nodig heeft voor haar jaarlijkse "
            "verantwoording (ENSIA).",
            "De verwerker overlegt ten minste eens per "
            "{{ processing.assurance_frequency_months|aantal('maand', 'maanden') }} een verklaring "
            "van een onafhankelijke deskundige "
            "{% if processing.assurance_required %}({{ processing.assurance_required|opsomming("
            "last='of') }}){% else %}(een TPM, een ISAE 3402 type II-rapport of een SOC 2 type "
            "II-rapport){% endif %} over de opzet, het bestaan en de werking van de maatregelen. "
            "De reikwijdte van de verklaring dekt de gecontracteerde dienst en de relevante "
            "subverwerkers; de verwerker vermeldt welke aanvullende maatregelen de "
            "verwerkingsverantwoordelijke zelf moet treffen.",
            "De verwerker maakt audits en inspecties mogelijk door de verwerkingsverantwoordelijke "
            "of door een onafhankelijke auditor die zij aanwijst, en werkt daaraan mee. Een audit "
            "wordt ten minste veertien dagen vooraf aangekondigd, tenzij er een vermoeden van een "
            "datalek of een ernstige tekortkoming is.",
            "De kosten van een audit komen voor rekening van de verwerkingsverantwoordelijke, "
            "tenzij de audit wezenlijke tekortkomingen aan het licht brengt. De verwerker herstelt "
            "gebleken tekortkomingen binnen een redelijke termijn en op eigen kosten.",
        ],
    ),
    (
        "Aansprakelijkheid",
        ["liability"],
        [
            "Iedere partij is aansprakelijk voor schade die voortvloeit uit haar eigen "
            "tekortkoming in de nakoming van deze overeenkomst of van de AVG, zoals bepaald in "
            "artikel 82 AVG.",
            "De verwerker vrijwaart de verwerkingsverantwoordelijke voor aanspraken van derden, "
            "waaronder betrokkenen, en voor boetes van de toezichthouder, voor zover die het gevolg "
            "zijn van een tekortkoming van de verwerker of van zijn subverwerkers.",
            "Beperkingen van aansprakelijkheid in de hoofdovereenkomst gelden niet voor schade door "
            "opzet of bewuste roekeloosheid, en niet voor boetes die aan een tekortkoming van de "
            "verwerker te wijten zijn.",
        ],
    ),
    (
        "Duur en beëindiging",
        ["processing-duration", "termination"],
        [
            "Deze overeenkomst gaat in op {{ agreement.start_date|datum }} en loopt zolang de "
            "hoofdovereenkomst loopt{% if agreement.end_date %}, uiterlijk tot en met "
            "{{ agreement.end_date|datum }}{% else %}, voor onbepaalde tijd{% endif %}. De "
            "verwerking duurt niet langer dan deze overeenkomst, met uitzondering van de "
            "handelingen die artikel 13 voorschrijft.",
            "Eindigt de hoofdovereenkomst, om welke reden ook, dan eindigt deze overeenkomst op "
            "hetzelfde moment. Partijen kunnen deze overeenkomst opzeggen met een opzegtermijn van "
            "{{ agreement.notice_period_months|aantal('maand', 'maanden') }}, gelijk met de "
            "hoofdovereenkomst.",
            "De verwerkingsverantwoordelijke mag deze overeenkomst en de hoofdovereenkomst met "
            "onmiddellijke ingang geheel of gedeeltelijk beëindigen als de verwerker ernstig of "
            "herhaaldelijk tekortschiet in de nakoming van deze overeenkomst of van de AVG, of als "
            "hij een instructie niet kan opvolgen.",
            "Partijen bezien deze overeenkomst en de bijlagen ten minste eens per "
            "{{ agreement.review_interval_months|aantal('maand', 'maanden') }}. Verplichtingen die "
            "naar hun aard doorlopen, zoals geheimhouding, teruggave en aansprakelijkheid, blijven "
            "na het einde van deze overeenkomst gelden.",
        ],
    ),
    (
        "Teruggave en vernietiging",
        ["return-or-delete"],
        [
            "Na afloop van de dienstverlening geeft de verwerker, naar keuze van de "
            "verwerkingsverantwoordelijke, alle persoonsgegevens terug in een gangbaar en open "
            "bestandsformaat, of vernietigt hij ze, binnen {{ processing.return_days }} dagen. Dat "
            "geldt ook voor kopieën, back-ups en gegevens bij subverwerkers.",
            "De verwerker bewaart niets langer, tenzij het Unierecht of het Nederlandse recht "
            "opslag verplicht; dan blijven deze overeenkomst en de geheimhouding voor die gegevens "
            "gelden. Hij bevestigt de vernietiging schriftelijk.",
        ],
    ),
    (
        "Exit",
        ["exit"],
        [
            "De verwerker houdt een exitplan bij waarin staat hoe de gegevens en de dienst bij het "
            "einde van de overeenkomst worden overgedragen aan de verwerkingsverantwoordelijke of "
            "aan een opvolgende leverancier.",
            "Bij het einde van de overeenkomst werkt de verwerker zonder vertraging mee aan die "
            "overdracht, levert hij de gegevens in een gangbaar machineleesbaar formaat met de "
            "bijbehorende beschrijving, en zet hij de dienst zo nodig voort tot de overdracht is "
            "afgerond, tegen de tarieven van de hoofdovereenkomst.",
        ],
    ),
    (
        "Slotbepalingen",
        [],
        [
            "Wijzigingen van deze overeenkomst en de bijlagen zijn alleen geldig als partijen ze "
            "schriftelijk vastleggen. Bijlage IV wordt bijgewerkt bij iedere wijziging volgens "
            "artikel 8.",
            "Is een bepaling nietig of vernietigbaar, dan blijven de overige bepalingen gelden en "
            "vervangen partijen de bepaling door een geldige bepaling die het doel zo dicht "
            "mogelijk benadert.",
            "Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd "
            "aan de bevoegde rechter in het arrondissement waarin de verwerkingsverantwoordelijke "
            "is gevestigd.",
        ],
    ),
]

SIGNATURE_HEADING = "Ondertekening"
SIGNATURE_INTRO = "Aldus overeengekomen en in tweevoud ondertekend."
SIGNATURE_COLUMNS = ("Voor de verwerkingsverantwoordelijke", "Voor de verwerker")
SIGNATURE_LABELS = ("Naam", "Functie", "Plaats", "Datum", "Handtekening")
SIGNING_DATE = '{{ agreement.signing_date|datum("") }}'

ANNEX = "Bijlage"
ANNEX_I = "Partijen"
ANNEX_I_ROWS = (
    ("Naam", "Soort", "CBS-code", "KvK-nummer of OIN", "Adres", "Vertegenwoordigd door"),
    ("Naam", "Land", "KvK-nummer", "Adres", "Website", "Contactpersoon privacy"),
)
CONTROLLER_KIND = (
    '{% if controller.kind == "arrangement" %}samenwerkingsverband (Wgr){% else %}gemeente'
    "{% endif %}"
)
MEMBERS_HEADING = "Deelnemende gemeenten"
ANNEX_II = "Beschrijving van de verwerking"
ANNEX_II_ROWS: list[tuple[str, str]] = [
    ("Onderwerp", "{{ processing.subject_matter }}"),
    (
        "Duur",
        "van {{ agreement.start_date|datum }} tot "
        "{{ agreement.end_date|datum('het einde van de hoofdovereenkomst') }}",
    ),
    ("Doeleinden", '{{ processing.purposes|join("\\n") }}'),
    ("Aard van de verwerking", "{{ processing.nature|opsomming }}"),
    ("Soorten persoonsgegevens", '{{ processing.personal_data|join("\\n") }}'),
    ("Bijzondere persoonsgegevens (art. 9 AVG)", "{{ processing.special_categories|janee }}"),
    ("Strafrechtelijke gegevens (art. 10 AVG)", "{{ processing.criminal_data|janee }}"),
    ("Burgerservicenummer (BSN)", "{{ processing.bsn|janee }}"),
    ("Categorieën betrokkenen", '{{ processing.data_subjects|join("\\n") }}'),
    ("Bewaartermijn", "{{ processing.retention }}"),
    ("Locaties", "{{ processing.locations|map(attribute='country_name')|opsomming }}"),
    ("Waarborg doorgifte", '{{ processing.transfer_mechanism or "niet van toepassing" }}'),
    ("Producten en diensten", '{{ processing.products|join("\\n") }}'),
]
ANNEX_III = "Technische en organisatorische maatregelen"
ANNEX_III_INTRO = (
    "De verwerker treft ten minste de volgende maatregelen, ingericht volgens de "
    "{{ processing.security_standard }}. Meldtermijn datalekken: "
    "{{ processing.breach_notification_hours }} uur. Vereiste onafhankelijke verklaringen: "
    "{{ processing.assurance_required|opsomming(empty='geen aanvullende eisen') }}, "
    "ten minste eens per {{ processing.assurance_frequency_months|aantal('maand', 'maanden') }}."
)
ANNEX_III_HEAD = ("Onderwerp", "Maatregel")
ANNEX_III_ROWS: list[tuple[str, str]] = [
    (
        "Toegang",
        "Toegang op basis van functie en noodzaak, met sterke authenticatie "
        "(meerdere factoren) voor beheer en voor toegang op afstand; periodieke "
        "controle van rechten.",
    ),
    (
        "Versleuteling",
        "Versleuteling van gegevens tijdens transport en in opslag met actuele, "
        "erkende algoritmen; sleutelbeheer gescheiden van de gegevens.",
    ),
    (
        "Logging",
        "Vastlegging van toegang tot en wijziging van persoonsgegevens; logbestanden "
        "beschermd tegen wijziging en periodiek beoordeeld.",
    ),
    (
        "Continuïteit",
        "Regelmatige back-ups op een tweede locatie, geteste herstelprocedures en "
        "een uitwijkvoorziening.",
    ),
    (
        "Kwetsbaarheden",
        "Tijdig patchen, periodieke kwetsbaarheidsscans en ten minste jaarlijks "
        "een penetratietest.",
    ),
    (
        "Incidenten",
        "Een vastgelegde procedure voor het ontdekken, beoordelen en melden van "
        "incidenten en datalekken.",
    ),
    (
        "Personeel",
        "Geheimhoudingsverklaringen, screening passend bij de functie en jaarlijkse bewustwording.",
    ),
    ("Fysieke beveiliging", "Datacenters met toegangscontrole, bewaking en brandbeveiliging."),
    (
        "Leveranciers",
        "Beoordeling van subverwerkers vooraf en jaarlijks, met doorlegging van deze eisen.",
    ),
]
ANNEX_IV = "Subverwerkers"
ANNEX_IV_HEAD = ("Naam", "Dienst", "Land", "In de EER")
ANNEX_IV_ROW = ("{{ s.name }}", "{{ s.service }}", "{{ s.country_name }}", "{{ s.in_eea|janee }}")
ANNEX_IV_NONE = "Er zijn geen subverwerkers."
SUPPLIER_COUNTRY = "{{ supplier.country_name }}"
