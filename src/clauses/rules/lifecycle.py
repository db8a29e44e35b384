"""End of the agreement, liability, transfers and location."""

from __future__ import annotations

from clauses.rules.base import DATA, END, SUB, clause, rule

# return-or-delete (28(3)(g)), in the abstract: at the end of the services (termination,
# expiry, completion) ACTOR DUTY delete or return  OBJECT all personal data (and copies),
# at the controller's choice, unless law requires storage.  Framings: "upon termination
# ... shall destroy", "return and delete", passive "data will be erased".

_DELETE = (
    r"(?:delet|eras|destroy|destruct|return|hand back|give back|verwijder|vernietig|"
    r"terug|retourneer|wissen|gewist|overdra)"
)
_THIRD = (
    r"(?:third countr|outside (?:of )?(?:the )?(?:eea|european|eu\b|uk|united kingdom)|"
    r"\beea\b|european economic area|adequa|standard contractual|\bsccs?\b|"
    r"binding corporate|derde land|buiten de (?:eer|eu|europese)|\beer\b|passend"
    r"(?:heids)?besluit|standaardcontractbepalingen|modelcontract|internationa)"
)
_PLACE = (
    r"(?:\beea\b|\beer\b|european (?:union|economic area)|europese economische ruimte|"
    r"\beu\b|europese unie|"
    r"netherlands|nederland|germany|duitsland|ireland|ierland|data ?cent(?:er|re)s?|"
    r"datacentr|datacenter|locations?|locatie|country|land\b|landen|region)"
)

LIFECYCLE_RULES = (
    clause(
        "return-or-delete",
        (
            "delet",
            "eras",
            "destroy",
            "destruct",
            "return",
            "hand back",
            "give back",
            "verwijder",
            "vernietig",
            "terug",
            "retourneer",
            "wissen",
            "gewist",
            "overdra",
            "meer",
            "remain",
            "retain",
        ),
        rule(_DELETE, DATA, END),
        rule(
            r"(?:delet|eras|destroy|verwijder|vernietig|wissen)",
            DATA,
            r"(?:return|terug|retourneer|overdra|hand back|give back|hands back|gives back)",
        ),
        # a guarantee that nothing is kept: "after termination no personal data remain"
        rule(
            END,
            DATA,
            r"(?:\bgeen\b[^.;]{0,80}\bmeer\b|\bno (?:\w+\s){0,3}(?:data|copies)[^.;]{0,40}"
            r"(?:remain|retain|kept|stored))",
        ),
    ),
    clause(
        "international-transfers",
        (
            "transfer",
            "doorgifte",
            "doorgeven",
            "doorgegeven",
            "export",
            "grensoverschrijd",
            " door ",
        ),
        rule(r"(?:transfer|doorgifte|doorgeven|doorgegeven|export|grensoverschrijd)", _THIRD),
        rule(r"\bgeeft\b.{0,60}\bdoor\b", _THIRD),
        rule(r"\bgeeft\b.{0,60}\bdoor\b", _THIRD),
    ),
    clause(
        "liability",
        ("liab", "indemn", "aansprakelijk", "vrijwa", "schadevergoeding", "hold harmless"),
        rule(r"(?:liab|indemn|aansprakelijk|vrijwa|schadevergoeding|hold harmless)", unless=(SUB,)),
        rule(
            r"(?:limitation of liability|indemnif|vrijwaar|vrijwaring|liability cap|"
            r"aansprakelijkheid (?:van|is beperkt))"
        ),
    ),
    clause(
        "termination",
        ("terminat", "beëindig", "opzeg", "ontbind", "expir", "einde", "eindigt"),
        rule(
            r"(?:terminat|beëindig|opzeg|ontbind|expir|einde|eindigt)",
            r"(?:agreement|dpa|addendum|contract|overeenkomst)",
        ),
    ),
    clause(
        "processing-location",
        (
            "eea",
            "eer",
            "european",
            "eu",
            "europese",
            "netherlands",
            "nederland",
            "germany",
            "duitsland",
            "ireland",
            "ierland",
            "data cent",
            "datacent",
            "locat",
            "country",
            "land",
            "region",
        ),
        rule(
            r"(?:stored|store|hosted|host|processed|located|reside|kept|opgeslagen|"
            r"opslaan|opslag|verwerkt|bewaard|gehost|locatie|location)",
            r"(?:\bin\b|within|binnen|outside|buiten|at|op)",
            _PLACE,
            unless=(
                r"(?:transfer\w* .{0,30}outside|doorgifte)(?!.*(?:only|uitsluitend|"
                r"alleen))",
            ),
        ),
    ),
    clause(
        "exit",
        (
            "exit",
            "transition",
            "migrat",
            "continuity",
            "handover",
            "hand over",
            "overdracht",
            "overdragen",
            "continuïteit",
            "successor",
            "opvolg",
            "escrow",
        ),
        rule(
            r"(?:exit|transition|migrat|continuity|handover|hand over|overdracht|overdragen|"
            r"continuïteit|successor|opvolg|escrow)",
            rf"(?:{END}|{DATA}|service|dienst|plan|strateg)",
        ),
    ),
)
