"""Instructions and the description of processing (GDPR 28(3) intro, (a), (b))."""

from __future__ import annotations

from clauses.rules.base import ACTOR, DUTY, LAW, NOTIFY, clause, near, rule

# The obligations in the abstract (ACTOR / DUTY: see base.py):
#
# instructions (28(3)(a))
#   ACTOR DUTY process only  OBJECT on documented instructions of the controller;
#   framings: "only in accordance with", "except on the written instructions", "solely on
#   behalf of".
# legal-requirement-notice (28(3)(a))
#   condition: where law obliges the processor to process otherwise ("unless required to
#   do so by Union or Member State law"); ACTOR DUTY inform/notify  OBJECT the controller
#   of that requirement, before processing, unless that law prohibits it.
#   framings: "where the processor is required by law ..., it will notify the controller
#   prior to processing"; a disclosure request/subpoena passed on to the controller;
#   "unless it is under a mandatory legal obligation"; a reference to Art. 28(3)(a).
#   not: "as required by law" qualifying some other duty; a notice about something else
#   (the notice must concern the requirement: its object or its timing).
# unlawful-instruction-notice (28(3) last subparagraph)
#   condition: an instruction infringes the law (in the processor's opinion); ACTOR DUTY
#   inform immediately  OBJECT the controller.  The instruction must be what infringes
#   ("an instruction infringes", "unlawful instructions"), not a "violation of the law,
#   this DPA or the instructions" by the processor; not the SCC "cannot comply" notice.
# confidentiality (28(3)(b))
#   ACTOR DUTY ensure that  OBJECT persons authorised to process are bound to
#   confidentiality (contract or statute); framings: "staff ... subject to a duty of
#   confidentiality", "oblige its employees to", "shall keep the personal data
#   confidential" (the processor's own duty binds its people).  "personal" is no person.

# "opdracht" (order), not the parties "opdrachtnemer" / "opdrachtgever"
_INSTR = (
    r"(?:instruct|instructie|opdracht(?!nemer|gever)|opdraagt|opgedragen|aanwijzing|direction|"
    # plain words: "what you tell us to", "something you ask us to do", "wat u ons vraagt"
    r"(?:what|whatever|something|anything)\s(?:you|your \w+)\s(?:\w+\s)?(?:tell|ask)s?\s(?:us|me)\b|"
    r"(?:is|are|be|being)\s(?:\w+\s)?(?:asked|told)\sto\s(?:do|carry out|perform)\b|"
    r"\bwat\s(?:u|je|jij)\s(?:ons|mij)\s(?:\w+\s)?(?:vraagt|zegt|opdraagt))"
)
# anchors for the plain words
_INSTR_ANCHORS = (
    "instruct", "opdracht", "opdraag", "opgedragen", "aanwijzing", "direction", "tell", "told", "ask",
    "vraagt", "zegt",
)
_ONLY = (
    r"(?:only|solely|exclusively|except|other than|save|strictly|in accordance with|"
    r"pursuant to|on behalf of|uitsluitend|alleen|slechts|behalve|anders dan|overeenkomstig|"
    r"conform|volgens|op basis van|in opdracht)"
)
_PROCESS = r"(?:process|verwerk|use |gebruik|handle)"
_WRONG = (
    r"(?:infring|violat|breach|\bbreaks?\b|contraven|unlawful|illegal|in conflict|conflicts with|"
    r"non-?complian|inconsistent with|contrary to|(?:does|do|would|might|may) not comply|"
    r"not (?:be )?in (?:accordance|compliance) with|in strijd|strijdig|onrechtmatig|"
    r"schend|inbreuk|onwettig|niet .{0,20}(?:verenig|toegestaan)|"
    # plain words: "is against data protection law", "tegen de privacywet ingaat"
    r"against (?:the )?(?:[\w-]+ ){0,2}?(?:law|rules|gdpr)|"
    r"tegen (?:de |het )?(?:[\w-]+ )?(?:\w*wet\w*|avg|regels)\s(?:\w+\s)?in\s?ga)"
)
# the instruction is what infringes ("an instruction infringes", "unlawful
# instructions", "would breach the law to follow an instruction") -- not a "violation
# of the law, this DPA or the instructions" by the processor
_INSTRUCTION_WRONG = (
    rf"(?:{_INSTR}.{{0,160}}{_WRONG}|{_WRONG}(?!\w*\s(?:of|with)\b)\W+(?:\w+\W+){{0,8}}?{_INSTR})"
)
_CONF = (
    r"(?:confidential|confidence|secrecy|non-disclosure|geheimhouding|vertrouwelijk|zwijgplicht|"
    r"(?:keep|keeps|kept|houden|houdt)\s(?:\w+\s){0,3}?(?:secret|geheim)|geheim\s(?:te\s)?hou)"
)
_PEOPLE = (
    r"(?:\bpersons?\b|personnel|staff|employee|worker|individual|agent|contractor|authori[sz]ed|"
    r"anyone|everyone|people|partners|engineer|team|medewerker|personeel|werknemer|iedereen|personen|"
    r"\bwho (?:work|works|handle|handles|process|processes|see|sees|has access|have access)\b|"
    r"eenieder|ingeschakeld|"
    # one who does the work: "each transcriber", "iedere chauffeur"
    r"\b(?:each|every|iedere|elke)\s(?!(?:other|either|neither|order|number|quarter|customer|"
    r"controller|processor|provider|supplier|server|computer|matter|letter|register)\b)"
    r"\w+(?:er|eur)\b)"
)
_BOUND = (
    r"(?:bound|oblig|undertak|commit|duty|required|agreement|sign|subject to|ensure|"
    r"gebonden|verplicht|plicht|verklaring|tekenen|ondertekend|zorgt|gehouden|waarborg|"
    r"guarantee|warrant|garandeer|promise|belooft|beloofd|must|moet|agreed)"
)

_CONTROLLER = (
    r"(?:controller|customer|verantwoordelijke|gemeente|opdrachtgever|klant|afnemer|instelling|"
    r"college|organisatie\b|waterschap|provincie|minist|"
    r"\bje\b|\bjou\b|\bu\b|\byou\b)"
)
_ABOUT_REQUIREMENT = (
    r"(?:before|prior|in advance|advance notice|unless|prohibit|forbid|requirement|request|"
    r"order|demand|subpoena|disclos|such case|that case|vooraf|voordat|voorafgaand|tenzij|"
    r"verbied|verboden|vordering|verzoek|bevel|verstrek)"
)

PROCESSING_RULES = (
    clause(
        "instructions",
        (*_INSTR_ANCHORS, "limited to", "only as", "solely as", "zoals"),
        rule(_INSTR, _ONLY, _PROCESS),
        # the processing bound to what the controller wrote down: "handle the data solely as
        # Annex 1 describes", "processing is limited to what the Authority has set out"
        rule(
            r"(?:process\w*|handl\w*|transcrib\w*|\buse\b|deal with|verwerk\w*|gebruik\w*)\s"
            r"(?:\S+\s){0,4}?(?:is |are )?"
            r"(?:limited to|only as|solely as|strictly as|uitsluitend zoals|alleen zoals)\s"
            r"(?:\S+\s){0,5}?(?:set out|sets out|described|describes|specified|specifies|"
            r"documented|beschreven|beschrijft|vastgelegd|omschreven)\b"
        ),
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
            "(a)",
            "(3)a",
            "(3) a",
        ),
        rule(
            r"(?:unless|except|save|other than|tenzij|behalve)\W+(?:\w+\W+){0,6}?"
            r"(?:required|obliged|compelled|requires|verplicht|vereist|gehouden|"
            r"(?:under|subject to) (?:a |an )?(?:(?:mandatory|legal|statutory) ){1,2}"
            r"(?:law|obligation|duty))",
            r"(?:union|member state|applicable law|law to which|mandatory (?:legal |statutory )?"
            r"(?:law|obligation)|lidstaat|unierecht|"
            r"wettelijk voorschrift|wet of regelgeving|op grond van de wet)",
            # the exception alone is no notice: the processor must tell of the requirement
            rf"(?:{NOTIFY}|warn)",
        ),
        # "where the processor is required by law to ..., it will notify the controller
        # before processing / of that requirement / unless the law prohibits it":
        # the notice must concern the requirement (its object or its timing); "as
        # required by law" qualifies another duty and is no legal requirement
        rule(
            near(
                r"(?:(?<!as )required|obliged|compelled|requirement|requires|verplicht|vereist|"
                r"gehouden|subpoena|disclosure request|request for disclosure|vordering|bevel|"
                r"voorgeschreven|voorschrijft|voorschrift|dwingt|gedwongen|makes? us|forces? us)",
                LAW,
                40,
            ),
            rf"(?:{near(NOTIFY, _CONTROLLER, 70)}|(?:wordt|worden|is|are|be|being)\s(?:\S+\s){{0,4}}?"
            r"(?:geïnformeerd|ingelicht|in kennis gesteld|notified|informed))",
            _ABOUT_REQUIREMENT,
            unless=(
                r"(?:controller|verantwoordelijke|customer) (?:shall|will|must) "
                r"(?:\w+ )?(?:notify|inform)",
                # a breach notice whose list names some legal requirement too
                r"(?:data breach|personal data breach|security incident|datalek)",
            ),
        ),
        # "unless that law forbids it" qualifies the notice; in a secrecy clause it
        # qualifies disclosure and is no notice of a legal requirement
        rule(
            r"(?:unless|tenzij|behalve)[\w\s]{0,80}(?:prohibit|forbid|prevent|verbied|verboden|verhinder)",
            NOTIFY,
            unless=(r"(?:geheim|confidential|secrecy|non-disclosure)",),
        ),
        # the exception incorporated by reference
        rule(
            r"28\s?\(3\)\s?\(?a\)",
            r"(?:except|unless|save|permitted|required|tenzij|behalve|toegestaan|verplicht)",
        ),
    ),
    clause(
        "unlawful-instruction-notice",
        _INSTR_ANCHORS,
        # "if, in its opinion, an instruction ..." is the Art. 28(3) wording itself
        rule(
            r"(?:in (?:its|his|our|their|the processor['’]s|[\w]+['’]s|processor) "
            r"(?:opinion|view|judge?ment)|van mening|naar (?:het )?oordeel)",
            near(_INSTR, rf"(?:{NOTIFY}|warn)", 120),
        ),
        rule(
            r"(?:\bif\b|\bwhere\b|should|in case|indien|wanneer|\bals\b|opinion|mening|"
            r"\bvind(?:t|en)?\b|\bmee?nt\b|"
            r"oordeel|believes|considers|of the view|van mening|meent|acht|aware|in the event)",
            _INSTR,
            _WRONG,
            _INSTRUCTION_WRONG,
            rf"(?:{NOTIFY}|warn)",
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
            "confidence",
            "secrecy",
            "non-disclosure",
            "geheimhouding",
            "vertrouwelijk",
            "zwijgplicht",
            "secret",
            "geheim",
        ),
        rule(
            near(_CONF, _PEOPLE, 200),
            _BOUND,
            unless=(r"confidentiality of (?:a |the )?(?:law enforcement|investigation)",),
        ),
        # people bound to keep the data confidential ("contractually bound to keep it
        # confidential", "verplicht de gegevens geheim te houden")
        rule(
            r"(?:bound|obliged|required|verplicht|gehouden)\s(?:\w+\s){0,4}?(?:to keep|to treat|"
            r"geheim te houden|vertrouwelijk te behandelen)|(?:bound|obliged|required|verplicht|"
            r"gehouden)\s(?:\w+\s){0,2}?to keep [^.;]{0,40}(?:confidential|secret)"
        ),
        # the processor's own duty to keep the data confidential (it binds its people)
        rule(
            rf"(?:{ACTOR}|parties|partijen)",
            DUTY,
            near(
                r"(?:keep|treat|maintain|hold|preserve|houdt|behandel)\w*",
                r"(?:confidential|vertrouwelijk|geheim)",
                60,
            ),
            across=False,
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
