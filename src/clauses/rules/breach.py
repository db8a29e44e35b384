"""Personal data breaches towards the controller (GDPR 33(2), 33(3))."""

from __future__ import annotations

from clauses.rules.base import NOTIFY, PLAIN_BREACH, clause, rule

BREACH = (
    r"(?:breach|incident|datalek|inbreuk|beveiligingsincident|inbreuk in verband met|"
    + PLAIN_BREACH
    + ")"
)
_TO_CONTROLLER = (
    r"(?:controller|customer|client|you\b|verantwoordelijke|gemeente|opdrachtgever|"
    r"without undue delay|unreasonable delay|promptly|immediately|within|as soon as|"
    r"onverwijld|zonder (?:onredelijke|onnodige) vertraging|onmiddellijk|binnen|zo snel)"
)
_CONTENTS = (
    r"(?:nature|categor|number|approximate|consequence|measures|contact|description|"
    r"describ|likely|mitigat|aard|categorie|aantal|gevolgen|maatregelen|contactpersoon|"
    r"omschrijving|beschrijving|omvang)"
)

BREACH_RULES = (
    clause(
        "breach-notification",
        ("breach", "incident", "datalek", "inbreuk", "wrong", "mis"),
        rule(
            BREACH,
            NOTIFY,
            _TO_CONTROLLER,
            unless=(
                r"^(?:.(?!processor|verwerker|we\b))*(?:controller|verantwoordelijke) "
                r"(?:shall|will|must) notify (?:the )?(?:supervisory|authorit)",
            ),
        ),
    ),
    clause(
        "breach-information",
        ("breach", "incident", "datalek", "inbreuk"),
        rule(BREACH, _CONTENTS + r".{0,200}" + _CONTENTS),
    ),
)
