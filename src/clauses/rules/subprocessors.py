"""Sub-processors: authorisation, changes, objection, flow-down, liability (GDPR 28(2), 28(4))."""

from __future__ import annotations

from clauses.rules.base import NOTIFY, SUB, clause, near, neg, rule

# The obligations in the abstract (ACTOR / DUTY: see base.py):
#
# subprocessor-authorisation (28(2))
#   ACTOR DUTY not engage  OBJECT a sub-processor without the controller's prior specific
#   or general written authorisation; framings: "the controller hereby authorises",
#   "approved sub-processors listed in Annex".
# subprocessor-changes (28(2))
#   under a general authorisation ACTOR DUTY inform/notify  OBJECT the controller of
#   intended additions or replacements; framings: passive "the controller will be
#   notified of new sub-processors", publication of an updated list, informing the
#   controller before (previously, in advance) a sub-processor is engaged.
#   not: prior consent per sub-processor without any notice duty (review judgement); an
#   "objection" that does not concern a sub-processor.
# subprocessor-flow-down (28(4))
#   ACTOR DUTY impose by contract  OBJECT the same data protection obligations on the
#   sub-processor; framings: "terms no less protective", "written agreement ... this DPA".
# subprocessor-liability (28(4))
#   ACTOR remains fully liable  OBJECT for the performance of its sub-processors;
#   framings: "liable for the acts and omissions of its sub-processors as if they were its
#   own", "shall not be relieved".  Word boundaries matter: "reliability", "carefully".

_PERMIT = (
    r"(?:authori[sz]|consent|approv|permission|permit|agree|accept|acknowledg|entitled|"
    r"toestemming|goedkeuring|instemming|instemt|akkoord|machtig|staat toe|is toegestaan|mag\b|mogen\b|"
    r"\bja\b\s(?:\w+\s){0,2}?zeg|say(?:s)? yes)"
)
_ENGAGE = (
    r"(?:engag|appoint|use|using|retain|involv|employ|subcontract|commission|"
    r"inschakel|in te schakelen|gebruik|betrek|inzet)"
)
_CHANGE = (
    r"(?:new|additional|addition|add\b|adding|replac|chang|intended|intend|update|"
    r"nieuwe|vervang|wijzig|toevoeg|voorgenomen|voornemen)"
)
_ADVANCE = (
    r"(?:previously|in advance|beforehand|prior to|\bbefore\b|vooraf|voorafgaand|voordat|"
    r"van tevoren|tevoren)"
)
_NOTICE_OF_SUB = near(
    SUB,
    rf"(?:{NOTIFY}|made available|make available|publish|bekendgemaakt|publiceert|"
    r"updat|bijgewerkt|bij te werken|werkt\s(?:\S+\s){0,12}?bij\b)",
    100,
)
_SAME = (
    r"(?:same|equivalent|similar|back-to-back|no less|not less|at least|substantially|comparable|"
    r"consistent with|materially|as protective|as restrictive|corresponding|"
    r"dezelfde|gelijkwaardig|vergelijkbaar|ten minste|tenminste|minimaal|zelfde|overeenkomstig|"
    r"niet minder|minstens even)"
)
_OBLIGATIONS = (
    r"(?:obligation|protection|terms|requirement|condition|restriction|standard|"
    r"verplichting|plichten|eisen|voorwaarden|afspraken|bescherming|safeguard|waarborg|"
    r"rules|regels)"
)
_LIABLE = (
    r"(?:\bliab|\bresponsib|aansprakelijk|verantwoordelijk|sta(?:at|an)\s(?:\S+\s){0,5}?in voor|"
    r"answers?\s(?:to\s(?:\w+\s){1,2}?)?for|answerable|"
    r"instaan voor)"
)
# the anchors of the plain words for a sub-processor (base.SUB: "other companies")
_PLAIN_SUB_ANCHORS = (
    "compan", "firm", "business", "bedrijf", "bedrijven", "partijen", "helper", "uitbeste",
    "besteed",
)
# a third party the processor brings in, named as such ("iedere derde", "that third party"):
# a sub-processor where the same obligations are imposed on it or liability kept for it
_SUB_THIRD = rf"(?:{SUB}|\b(?:iedere|elke|die|deze|zo'n|each|every|such|that) (?:derde|third party)\b)"
_NEGATED_LIABILITY = r"^(?!.*(?:relieve|ontslaat|onverlet)).*" + neg(_LIABLE)

SUBPROCESSOR_RULES = (
    clause(
        "subprocessor-authorisation",
        (
            "subproc",
            "sub-proc",
            "sub proc",
            "subcontract",
            "sub-contract",
            "sub contract",
            "subverwerk",
            "sub-verwerk",
            "onderaannem",
            "onderverwerk",
            "further processor",
            "another processor",
            "other processor",
            "andere verwerker",
            "third party processor",
            "third-party processor",
            "derden in",
            *_PLAIN_SUB_ANCHORS,
        ),
        rule(SUB, _PERMIT),
        rule(SUB, _ENGAGE, r"(?:prior|written|advance|vooraf|schriftelijk|voorafgaand)"),
        rule(
            SUB,
            r"(?:list|annex|appendix|schedule|exhibit|lijst|bijlage|overzicht)",
            r"(?:approved|authori[sz]ed|current|goedgekeurd|toegestaan)",
        ),
    ),
    clause(
        "subprocessor-changes",
        (
            "subproc",
            "sub-proc",
            "sub proc",
            "subcontract",
            "sub-contract",
            "sub contract",
            "subverwerk",
            "sub-verwerk",
            "onderaannem",
            "onderverwerk",
            "further processor",
            "another processor",
            "other processor",
            "andere verwerker",
            "third party processor",
            "third-party processor",
            "derden in",
            *_PLAIN_SUB_ANCHORS,
        ),
        rule(
            _NOTICE_OF_SUB,
            _CHANGE,
            unless=(r"(?:incident|breach|disciplinary|datalek)",),
        ),
        # notice before a sub-processor is engaged
        rule(
            _NOTICE_OF_SUB,
            _ADVANCE,
            unless=(r"(?:incident|breach|disciplinary|datalek)",),
        ),
        rule(
            near(SUB, r"(?:\bobject|bezwaar)", 100),
            r"(?:notice|notif|inform|melding|kennisgeving)",
        ),
        rule(
            SUB,
            _CHANGE,
            r"(?:prior|advance|vooraf|voorafgaand|before|voordat)",
            r"(?:consent|approv|authori[sz]|toestemming|goedkeuring)",
            across=False,  # spread over two sentences the change and the consent part
        ),
    ),
    clause(
        "subprocessor-objection",
        ("object", "bezwaar"),
        rule(r"(?:object|bezwaar)", rf"(?:{SUB}|{_CHANGE})"),
    ),
    clause(
        "subprocessor-flow-down",
        (
            "subproc",
            "sub-proc",
            "sub proc",
            "subcontract",
            "sub-contract",
            "sub contract",
            "subverwerk",
            "sub-verwerk",
            "onderaannem",
            "onderverwerk",
            "further processor",
            "another processor",
            "other processor",
            "andere verwerker",
            "third party processor",
            "third-party processor",
            "derden in",
            "derde",
            "third party",
            *_PLAIN_SUB_ANCHORS,
        ),
        rule(_SUB_THIRD, near(_SAME, _OBLIGATIONS, 60), unless=(r"same meaning",)),
        # passive: "sub-processors are bound by written terms ...", "zijn gebonden aan ..."
        rule(
            near(
                SUB,
                r"(?:bound by|gebonden aan)\s(?:\w+\s){0,3}?(?:terms|obligations|agreement|"
                r"contract|voorwaarden|verplichtingen|afspraken|eisen)",
                80,
            )
        ),
        # "flows these terms down to every sub-processor", "legt ... door aan"
        rule(SUB, r"(?:flows?\s(?:\w+\s){0,4}?down|flow-?down|passes\s(?:\w+\s){0,4}?on to|"
                  r"doorleg|legt\s(?:\S+\s){0,6}?door)"),
        rule(
            near(
                SUB,
                r"(?:carried out|performed|process\w*|uitgevoerd|verwerkt) "
                r"(?:in accordance with|subject to|overeenkomstig|conform) "
                r"(?:this|the|deze) (?:dpa|agreement|addendum|overeenkomst)",
                80,
            )
        ),
        rule(
            near(
                SUB,
                r"(?:impos|bind|flow[- ]down|flows down|oplegt|opleggen|oplegging|"
                r"gebonden)",
                120,
            ),
            r"(?:written|contract|agreement|schriftelijk|overeenkomst|obligation|verplichting"
            r"|terms|voorwaarden)",
            unless=(r"(?:confidential|geheimhouding)(?!.*(?:same|dezelfde))",),
        ),
        rule(
            near(SUB, r"(?:written (?:agreement|contract)|schriftelijke overeenkomst)", 120),
            r"(?:data protection|gegevensbescherming|this dpa|deze overeenkomst|"
            r"this (?:agreement|addendum)|obligations|verplichtingen)",
            unless=(r"(?:confidential|geheimhouding)(?!.*(?:same|dezelfde))",),
        ),
    ),
    clause(
        "subprocessor-liability",
        ("liab", "responsib", "aansprakelijk", "verantwoordelijk", "staat", "staan", "instaan", "answer"),
        rule(
            _SUB_THIRD,
            _LIABLE,
            r"(?:\bremain|\bfully\b|\bfull\b|\bstays|\bcontinue|as if|as though|same extent|"
            r"acts or omissions|omission|blijft|blijven|volledig|volle|als ware|alsof|eigen handelen|"
            r"as for its own|as its own)",
            unless=(_NEGATED_LIABILITY,),
        ),
        rule(_LIABLE + r"[\w\s]{0,25}for .{0,60}" + SUB, unless=(_NEGATED_LIABILITY,)),
        # plain words: "we are responsible to you for what they do", "aansprakelijk jegens u"
        rule(
            SUB,
            _LIABLE + r"\w*\s(?:\w+\s){0,2}?(?:(?:to|towards)\s(?:you|the (?:controller|customer|"
            r"client))|jegens (?:u|de (?:verwerkingsverantwoordelijke|klant|opdrachtgever)))\b",
            unless=(_NEGATED_LIABILITY,),
            across=False,
        ),
        rule(SUB, r"(?:not be relieved|not relieve|ontslaat .{0,30}niet|onverlet)"),
    ),
)
