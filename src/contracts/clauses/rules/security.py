"""Security, audits and assurance (GDPR 28(3)(c), (h), 32; BIO 5.20)."""

from __future__ import annotations

from contracts.clauses.rules.base import ASSIST, clause, near, rule

_HARM = (
    r"(?:destruction|destroy|\bloss\b|alteration|unauthori[sz]ed (?:disclosure|access)|"
    r"vernietiging|verlies|wijziging|ongeoorloofde|onbevoegde|onrechtmatige verwerking)"
)
_MEASURE = r"(?:measure|protect|secur|safeguard|maatregel|beveilig|bescherm)"
_AUDIT = r"(?:audit|inspect|inspection|controle|inspectie|onderzoek|keuring)"
_SHOW = (
    r"(?:demonstrat|prove|proof|show|evidence|verify|verification|establish|"
    r"aantonen|aan te tonen|aantoont|controleren|bewijs|compliance with|naleving)"
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
            "vernietig",
            "verlies",
            "risico",
            "ongeoorloofd",
            "onbevoegd",
            "wijziging",
        ),
        rule(
            near(r"(?:measure|protect|safeguard|secur|maatregel|beveilig|bescherm)", _HARM, 100),
            r"(?:destruction|destroy|vernietiging|alteration|wijziging|"
            r"unauthori[sz]ed|ongeoorloofde|onbevoegde)",
            unless=(
                r"(?:means|meaning|shall mean|is defined|betekent|wordt verstaan)",
                r"(?:breach|incident|datalek)(?!.*(?:measures|maatregelen))",
            ),
        ),
        rule(
            r"(?:appropriate|passend)",
            r"(?:\brisks?\b|risico)",
            r"(?:level of security|security|beveiligingsniveau|beveiliging)",
            r"(?:likelihood|severity|rights and freedoms|state of the art|nature, scope|"
            r"waarschijnlijkheid|ernst|rechten en vrijheden|stand van de techniek)",
        ),
        rule(r"(?:risk assessment|risicoanalyse|risicobeoordeling|risico-inschatting)", _MEASURE),
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
        ),
        rule(
            r"(?:information|documentation|informatie|documentatie|records|evidence|"
            r"certificat|report)",
            _SHOW,
            rf"(?:{ASSIST}|available|furnish|supply|give|beschikbaar|verstrekt|"
            r"ter beschikking|toegang|access|inzage)",
        ),
    ),
    clause(
        "audits",
        ("audit", "inspect", "controle", "inspectie", "onderzoek", "keuring"),
        rule(
            _AUDIT,
            r"(?:allow|permit|contribut|submit|conduct|carry out|perform|right|"
            r"entitled|may\b|cooperat|co-operat|undergo|mag\b|kan\b|laten uitvoeren|"
            r"recht|medewerking|meewerk|uitvoer|toestaan|staat .{0,40}toe)",
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
