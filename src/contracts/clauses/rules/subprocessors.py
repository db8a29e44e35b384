"""Sub-processors: authorisation, changes, objection, flow-down, liability (GDPR 28(2), 28(4))."""

from __future__ import annotations

from contracts.clauses.rules.base import NOTIFY, SUB, clause, near, neg, rule

_PERMIT = (
    r"(?:authori[sz]|consent|approv|permission|permit|agree|accept|acknowledg|entitled|"
    r"toestemming|goedkeuring|instemming|akkoord|machtig|staat toe|is toegestaan|mag\b|mogen\b)"
)
_ENGAGE = (
    r"(?:engag|appoint|use|using|retain|involv|employ|subcontract|commission|"
    r"inschakel|in te schakelen|gebruik|betrek|inzet)"
)
_CHANGE = (
    r"(?:new|additional|addition|add\b|adding|replac|chang|intended|intend|update|"
    r"nieuwe|vervang|wijzig|toevoeg|voorgenomen|voornemen)"
)
_SAME = (
    r"(?:same|equivalent|similar|back-to-back|no less|not less|at least|substantially|comparable|"
    r"consistent with|materially|as protective|as restrictive|corresponding|"
    r"dezelfde|gelijkwaardig|vergelijkbaar|ten minste|tenminste|minimaal|zelfde|overeenkomstig)"
)
_OBLIGATIONS = (
    r"(?:obligation|protection|terms|requirement|condition|restriction|standard|"
    r"verplichting|eisen|voorwaarden|afspraken|bescherming)"
)
_LIABLE = r"(?:liab|responsib|aansprakelijk|verantwoordelijk)"
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
            "third party processor",
            "third-party processor",
            "derden in",
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
            "third party processor",
            "third-party processor",
            "derden in",
        ),
        rule(
            near(SUB, rf"(?:{NOTIFY}|made available|make available|publish|bekendgemaakt)", 100),
            _CHANGE,
            unless=(r"(?:incident|breach|disciplinary|datalek)",),
        ),
        rule(SUB, r"(?:object|bezwaar)", r"(?:notice|notif|inform|melding|kennisgeving)"),
        rule(
            SUB,
            _CHANGE,
            r"(?:prior|advance|vooraf|voorafgaand|before|voordat)",
            r"(?:consent|approv|authori[sz]|toestemming|goedkeuring)",
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
            "third party processor",
            "third-party processor",
            "derden in",
        ),
        rule(SUB, near(_SAME, _OBLIGATIONS, 60), unless=(r"same meaning",)),
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
        ("liab", "responsib", "aansprakelijk", "verantwoordelijk"),
        rule(
            SUB,
            _LIABLE,
            r"(?:remain|fully|full\b|stays|continue|as if|as though|same extent|"
            r"acts or omissions|omission|blijft|volledig|volle)",
            unless=(_NEGATED_LIABILITY,),
        ),
        rule(_LIABLE + r"[\w\s]{0,25}for .{0,60}" + SUB, unless=(_NEGATED_LIABILITY,)),
        rule(SUB, r"(?:not be relieved|not relieve|ontslaat .{0,30}niet|onverlet)"),
    ),
)
