"""Instructions and the description of processing (GDPR 28(3) intro, (a), (b))."""

from __future__ import annotations

from contracts.clauses.rules.base import LAW, NOTIFY, clause, near, rule

_INSTR = r"(?:instruct|instructie|opdracht|aanwijzing)"
_ONLY = (
    r"(?:only|solely|exclusively|except|other than|save|strictly|in accordance with|"
    r"pursuant to|on behalf of|uitsluitend|alleen|slechts|behalve|anders dan|overeenkomstig|"
    r"conform|volgens|op basis van|in opdracht)"
)
_PROCESS = r"(?:process|verwerk|use |gebruik|handle)"
_WRONG = (
    r"(?:infring|violat|breach|contraven|unlawful|illegal|in conflict|conflicts with|"
    r"non-?complian|inconsistent with|contrary to|(?:does|do|would|might|may) not comply|"
    r"not (?:be )?in (?:accordance|compliance) with|in strijd|strijdig|onrechtmatig|"
    r"schend|inbreuk|onwettig|niet .{0,20}(?:verenig|toegestaan))"
)
_CONF = r"(?:confidential|secrecy|non-disclosure|geheimhouding|vertrouwelijk|zwijgplicht)"
_PEOPLE = (
    r"(?:person|personnel|staff|employee|worker|individual|agent|contractor|authori[sz]ed|"
    r"anyone|everyone|people|partners|medewerker|personeel|werknemer|iedereen|personen|eenieder|ingeschakeld)"
)
_BOUND = (
    r"(?:bound|obligat|undertak|commit|duty|required|agreement|sign|subject to|ensure|"
    r"gebonden|verplicht|plicht|verklaring|tekenen|ondertekend|zorgt)"
)

PROCESSING_RULES = (
    clause(
        "instructions",
        ("instruct", "opdracht", "aanwijzing"),
        rule(_INSTR, _ONLY, _PROCESS),
        rule(r"(?:documented|written|schriftelijk|gedocumenteerd)[\w\s]{0,20}" + _INSTR),
    ),
    clause(
        "legal-requirement-notice",
        (
            "law",
            "legal",
            "legislation",
            "statut",
            "member state",
            "court",
            "authorit",
            "regulat",
            "subpoena",
            "wet",
            "rechter",
            "gerecht",
            "vordering",
            "recht",
            "lidstaat",
            "overheid",
            "instantie",
        ),
        rule(
            r"(?:unless|except|save|other than|tenzij|behalve)\W+(?:\w+\W+){0,6}?"
            r"(?:required|obliged|compelled|requires|verplicht|vereist|gehouden)",
            r"(?:union|member state|applicable law|law to which|lidstaat|unierecht|"
            r"wettelijk voorschrift|wet of regelgeving|op grond van de wet)",
        ),
        rule(
            near(
                r"(?:required|obliged|compelled|requirement|requires|verplicht|vereist|"
                r"gehouden|subpoena|disclosure request|request for disclosure|vordering|bevel)",
                LAW,
                40,
            ),
            near(NOTIFY, r"(?:controller|customer|verantwoordelijke|gemeente|opdrachtgever)", 70),
            unless=(
                r"(?:controller|verantwoordelijke|customer) (?:shall|will|must) "
                r"(?:\w+ )?(?:notify|inform)",
            ),
        ),
        rule(r"(?:unless|tenzij)[\w\s]{0,30}(?:prohibit|forbid|verbied|verboden)"),
    ),
    clause(
        "unlawful-instruction-notice",
        ("instruct", "opdracht", "aanwijzing"),
        # "if, in its opinion, an instruction ..." is the Art. 28(3) wording itself
        rule(
            r"(?:in (?:its|his|our|their|the processor['’]s|[\w]+['’]s|processor) "
            r"(?:opinion|view|judge?ment)|van mening|naar (?:het )?oordeel)",
            near(_INSTR, r"(?:inform|notif|tell|alert|advise|warn|meldt|informeert|waarschuw)", 120),
        ),
        rule(
            r"(?:\bif\b|\bwhere\b|should|in case|indien|wanneer|\bals\b|opinion|mening|"
            r"oordeel|believes|considers|of the view|van mening|meent|acht|aware|in the event)",
            near(_INSTR, _WRONG, 160),
            r"(?:inform|notif|tell|alert|advise|meldt|informeert|"
            r"waarschuw|stelt .{0,40}op de hoogte|in kennis)",
            unless=(
                r"(?:cannot|unable to|not able to) (?:comply|provide such compliance)",
                r"data (?:exporter|importer)",
                r"notified to the (?:relevant |competent |supervisory )?authorit",
            ),
        ),
    ),
    clause(
        "confidentiality",
        (
            "confidential",
            "secrecy",
            "non-disclosure",
            "geheimhouding",
            "vertrouwelijk",
            "zwijgplicht",
        ),
        rule(
            near(_CONF, _PEOPLE, 200),
            _BOUND,
            unless=(r"confidentiality of (?:a |the )?(?:law enforcement|investigation)",),
        ),
    ),
    clause(
        "processing-duration",
        ("duration", "term", "period", "looptijd", "duur", "termijn", "zolang", "as long as"),
        rule(
            r"(?:duration|looptijd|\bduur\b)",
            r"(?:process|verwerk|agreement|overeenkomst|"
            r"services|dienst)",
        ),
        rule(
            r"(?:process|verwerk)",
            r"(?:for (?:the|as long as)|as long as|zolang|gedurende|"
            r"until|tot het einde|term of)",
            r"(?:agreement|contract|services|overeenkomst|dienst)",
        ),
    ),
    clause(
        "processing-purpose",
        ("purpose", "nature", "subject matter", "subject-matter", "doel", "aard", "onderwerp"),
        rule(
            r"(?:purpose|nature|subject[- ]matter|\bdoel|\baard\b|onderwerp)",
            r"(?:process|verwerk)",
        ),
    ),
    clause(
        "personal-data-types",
        ("categor", "type", "kind", "soort", "persoonsgegevens:", "personal data:"),
        rule(r"(?:categor\w*|types?|kinds?) of (?:the )?(?:personal )?data\b"),
        rule(r"(?:soorten|categorie\w*|typen|type) (?:van )?(?:de )?(?:persoons)?gegevens"),
        rule(r"(?:persoonsgegevens|personal data)\s*:"),
    ),
    clause(
        "data-subject-categories",
        ("data subject", "betrokkene"),
        rule(r"(?:categor\w*|types?|groups?|kinds?) of data subjects"),
        rule(r"(?:categorie\w*|soorten|groepen) (?:van )?betrokkenen"),
        rule(r"(?:data subjects|betrokkenen)\s*:"),
    ),
)
