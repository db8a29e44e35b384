"""Security, audits and assurance (GDPR 28(3)(c), (h), 32; BIO 5.20)."""

from __future__ import annotations

from clauses.rules.base import ART_28_3_F, ASSIST, DUTY, clause, near, rule

# The obligations in the abstract (ACTOR / DUTY: see base.py):
#
# security-measures (28(3)(c), 32)
#   ACTOR DUTY implement/maintain/take  OBJECT appropriate technical and organisational
#   (security) measures; framings: "measures pursuant to Article 32", an annex of measures.
# security-risk-assessment (32(1), 32(2))
#   the measures are weighed against risks: "a level of security appropriate to the risk",
#   "taking into account the state of the art, the costs ... likelihood and severity", and
#   the Art. 32(2) list of harms ("accidental or unlawful destruction, loss, alteration,
#   unauthorised disclosure of or access to") as the criterion for the measures -- two
#   harms of the list together, not one word such as "destroy" on its own.
# compliance-information (28(3)(h))
#   ACTOR DUTY make available/provide/grant access  OBJECT (all) information necessary
#   to demonstrate compliance; framings: "shall demonstrate its compliance", handing over
#   audit reports, certifications or documentation.  One word plays one role ("evidenced
#   in writing" is not information plus showing).
# audits (28(3)(h))
#   ACTOR DUTY allow for/contribute to/submit to  OBJECT audits and inspections by the
#   controller or its auditor; framings: "the controller may audit", "right to inspect".

_HARM = (
    r"(?:destruction|destroy|\bloss\b|alteration|unauthori[sz]ed (?:disclosure|access)|"
    r"vernietiging|verlies|wijziging|ongeoorloofde|onbevoegde|onrechtmatige verwerking)"
)
# Art. 32(2) names the harms as a list ("destruction, loss, alteration, unauthorised
# disclosure of or access to"): two of them close together, not one word on its own
_HARM_NOUN = (
    r"(?:destruction|\bloss\b|alteration|unauthori[sz]ed|unlawful|damage|vernietiging|"
    r"verlies|wijziging|aantasting|ongeoorloofde|onbevoegde|onrechtmatige)"
)
_HARMS = _HARM_NOUN + r"\W+(?:[\w-]+\W+){0,5}?" + _HARM_NOUN
_MEASURE = r"(?:measure|protect|secur|safeguard|maatregel|beveilig|bescherm)"
_AUDIT = (
    r"(?:audit|inspect|inspection|controle|inspectie|onderzoek|keuring|"
    # plain words: "you can check how we handle your data"
    r"(?:you|controller|customer|client)\s(?:\w+\s){0,2}?check\s(?:on\s)?(?:how|that|whether|what)\b)"
)
_SHOW = (
    r"(?:demonstrat|prove|proof|show|evidence|verify|verification|establish|"
    r"aantonen|aan te tonen|aantoont|controleren|bewijs|compliance with|naleving|naleeft|"
    r"nakomt|na te gaan|la(?:at|ten)\s(?:\S+\s){0,10}?zien|"
    # information for the controller's audit or check is information to show compliance
    r"audit|inspect|\bcheck)"
)

SECURITY_RULES = (
    clause(
        "security-measures",
        ("measure", "secur", "maatregel", "beveilig", "32"),
        rule(
            r"(?:technical and organi[sz]ational|technische en organisatorische|"
            r"security measures|beveiligingsmaatregelen|(?:article|art\.?|artikel)\s*32\b|"
            r"appropriate measures|passende maatregelen|security (?:program|standard|polic)|"
            r"information security|informatiebeveiliging|"
            r"(?:appropriate|adequate|reasonable|passende)\s(?:\w+\s){0,3}?"
            r"(?:security|safeguards|beveiliging))"
        ),
        # "secures the data appropriately", "beveiligt de gegevens passend"
        rule(
            r"(?:beveiligt|beveiligen|secures?|protects?)\s(?:\S+\s){0,4}?(?:passend|adequaat|"
            r"appropriately|adequately)|passend(?:e)? beveilig"
        ),
        # "we secure the data with measures ...", "beveiligen ... met maatregelen"
        rule(near(r"(?:secure|protect|beveilig|bescherm)", r"(?:measures|maatregelen)", 60)),
        # a guaranteed level: "guarantees a level of security appropriate to the risk",
        # "staat in voor een beveiligingsniveau dat past bij ..."
        rule(DUTY, r"(?:level of (?:data )?security|security level|beveiligingsniveau|"
                   r"niveau van beveiliging)"),
    ),
    clause(
        "security-risk-assessment",
        (
            "destruct",
            "destroy",
            "loss",
            "alteration",
            "unauthori",
            "risk",
            "harm",
            "vernietig",
            "verlies",
            "risico",
            "ongeoorloofd",
            "onbevoegd",
            "wijziging",
        ),
        rule(
            near(r"(?:measure|protect|safeguard|secur|maatregel|beveilig|bescherm)", _HARM, 100),
            _HARMS,
            unless=(
                r"(?:means|meaning|shall mean|is defined|betekent|wordt verstaan)",
                r"(?:breach|incident|datalek)(?!.*(?:measures|maatregelen))",
            ),
        ),
        # Art. 32(1): security measures weighed against risks of varying likelihood and
        # severity, the state of the art, costs, nature, scope, context and purposes
        rule(
            r"(?:\brisks?\b|risico)",
            r"(?:level of security|security|secure|beveiligingsniveau|beveilig|"
            r"technical and organi[sz]ational|technische en organisatorische)",
            r"(?:likelihood|severity|rights and freedoms|state of the art|nature, scope|"
            r"waarschijnlijkheid|ernst|rechten en vrijheden|stand van de techniek)",
        ),
        rule(r"(?:risk assessment|risicoanalyse|risicobeoordeling|risico-inschatting)", _MEASURE),
        # Art. 32(1): "a level of security appropriate to the risk", "een beveiligingsniveau
        # dat past bij het risico", "op het risico afgestemd"
        rule(
            near(
                r"(?:level of security|security level|beveiligingsniveau|measures|maatregelen|"
                r"security|beveiliging|safeguards)",
                r"(?:appropriate|commensurate|proportionate|adapted|past|passend|passen|"
                r"afgestemd|aangepast|"
                # "measures that match the risks", "designed for the risks", "having regard
                # to the risk", "rekening houdend met het risico", "op basis van de risico's"
                r"match\w*|suit\w*|fits?\b|fitting|designed for|tailored|geared|in line with|"
                r"in proportion|"
                r"based on|having regard to|taking (?:into )?account|in view of|considering|"
                r"rekening houdend met|gelet op|in verhouding tot|gebaseerd op|op basis van|"
                r"calibrated to|met inachtneming van|rekening\s(?:\w+\s){0,2}?(?:hou\w*|gehouden)\smet)"
                r"\W+(?:[\w'’]+\W+){0,10}?(?:risks?|risico|harm\b)",
                100,
            ),
            unless=(
                r"(?:means|meaning|shall mean|betekent|wordt verstaan)",
                r"(?:controller|customer|verantwoordelijke)(?:['’]s)? (?:sole )?responsib",
            ),
        ),
        rule(r"(?:op (?:het|de) risico(?:'s)? afgestemd|risk-based|risicogebaseerd)", _MEASURE),
        # "appropriate to the risks ..., in particular from accidental or unlawful
        # destruction, loss, ..."
        rule(r"(?:\brisks?\b|risico)", _HARMS, _MEASURE, across=False),
    ),
    clause(
        "compliance-information",
        (
            "information",
            "documentation",
            "informatie",
            "documentatie",
            "records",
            "evidence",
            "report",
            "certificat",
            "rapport",
            "verklaring",
            "demonstrat",
            "prove",
            "aanton",
            "aan te ton",
        ),
        rule(
            r"(?:information|documentation|informatie|documentatie|records|"
            r"certificat|report|rapport|verklaring)",
            _SHOW,
            rf"(?:{ASSIST}|available|furnish|supply|give|beschikbaar|verstrekt|"
            r"ter beschikking|toegang|access|inzage)",
            # the Art. 28(3)(f) wording ("the information available to the processor")
            # belongs to the assistance duty
            unless=(ART_28_3_F,),
        ),
        # the evidence itself handed over: audit reports, certifications, documentation
        rule(
            DUTY,
            near(
                r"(?:make available|makes available|provide|furnish|supply|present|share|send|"
                r"stelt .{0,40}beschikbaar|ter beschikking|verstrekt|overlegt|toont)",
                r"(?:audit reports?|(?:third[- ]party |external |independent )?audits? "
                r"(?:reports?|results)|most recent (?:third[- ]party )?audits|certifications?|"
                r"certificates|documentation|auditrapport\w*|certificat\w*|documentatie)",
                220,
            ),
            across=False,
        ),
        # the processor's own duty to be able to demonstrate compliance
        rule(
            near(DUTY, r"(?:demonstrat|\bprove|aantonen|aan te tonen|aantoont)", 50),
            near(
                r"(?:demonstrat|\bprove|aantonen|aan te tonen|aantoont)",
                r"(?:complian|comply|obligations|naleving|nakom|verplichtingen)",
                40,
            ),
            across=False,
        ),
    ),
    clause(
        "audits",
        ("audit", "inspect", "controle", "inspectie", "onderzoek", "keuring", "check"),
        rule(
            _AUDIT,
            r"(?:allow|permit|contribut|submit|conduct|carry out|perform|right|"
            r"entitled|may\b|cooperat|co-operat|undergo|mag\b|kan\b|laten uitvoeren|"
            r"recht|medewerking|meewerk|uitvoer|toestaan|staat .{0,40}toe|mogelijk|bijdr|"
            r"toegestaan|ondersteun|support|can\b|"
            r"bij te dragen|draagt .{0,30}bij|werkt .{0,30}mee|verleent|toe te staan|"
            r"(?:access|toegang)\s(?:\w+\s){0,2}?(?:to|tot)\b)",
            unless=(r"(?:audit trail|audit log|auditlog)(?!.*\baudits?\b)",),
        ),
    ),
    clause(
        "security-standard",
        ("iso", "nen", "bio", "baseline"),
        rule(
            r"(?:iso(?:/iec)?[\s-]?2700[12]|nen[\s-]?7510|\bbio2?\b|"
            r"baseline informatiebeveiliging)"
        ),
    ),
    clause(
        "assurance-report",
        (
            "isae",
            "soc",
            "tpm",
            "mededeling",
            "assurance",
            "attest",
            "report",
            "rapport",
            "verklaring",
            "onafhankelijke",
        ),
        rule(
            r"(?:isae[\s-]?(?:3402|3000)|\bsoc[\s-]?[12]\b|soc 2|third party mededeling|"
            r"\btpm\b|assurance[\s-]?(?:report|rapport|verklaring)|"
            r"independent (?:third[- ]party )?(?:auditor'?s? )?(?:report|attestation)|"
            r"onafhankelijke (?:\w+\s)?(?:verklaring|rapportage|auditor))"
        ),
    ),
)
