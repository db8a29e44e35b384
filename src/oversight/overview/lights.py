"""The overview's traffic lights: thresholds, rules and labels of the six figures.

Traffic lights (``THRESHOLDS`` below, repeated in each figure's ``rule``):

=========  =======================  ================================  ===========================
figure     green                    orange                            red
=========  =======================  ================================  ===========================
signed     nothing missing          coverage >= 75 %                  coverage < 75 %
missing    none                     (not used)                        a product in use uncovered
ending     none                     any                               a date within 30 days
expired    none still "signed"      (not used)                        a signed agreement past end
assurance  none                     <= 25 % of the suppliers          > 25 % of the suppliers
gaps       none                     only weak clauses                 a mandatory clause missing
=========  =======================  ================================  ===========================

Coverage is signed / (signed + missing). The overall light is the worst of the six.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Light = Literal["green", "orange", "red"]
LIGHT_RANK: dict[str, int] = {"green": 0, "orange": 1, "red": 2}
LIGHT_NL = {"green": "groen", "orange": "oranje", "red": "rood"}

#: Thresholds of the traffic lights (see the module docstring).
SIGNED_ORANGE_COVERAGE = 0.75
ENDING_RED_DAYS = 30
ASSURANCE_ORANGE_SHARE = 0.25

FIGURE_KEYS = ("signed", "missing", "ending", "expired", "assurance", "gaps")


def signed_light(signed: int, missing: int) -> Light:
    if missing == 0:
        return "green"
    return "orange" if signed / (signed + missing) >= SIGNED_ORANGE_COVERAGE else "red"


def missing_light(products_uncovered: int, suppliers_without: int) -> Light:
    if products_uncovered:
        return "red"
    return "orange" if suppliers_without else "green"


def ending_light(dates: list[dt.date], on: dt.date) -> Light:
    if not dates:
        return "green"
    return "red" if min(dates) <= on + dt.timedelta(days=ENDING_RED_DAYS) else "orange"


def expired_light(still_signed: int) -> Light:
    return "red" if still_signed else "green"


def assurance_light(without: int, suppliers: int) -> Light:
    if without == 0:
        return "green"
    return "orange" if without / max(suppliers, 1) <= ASSURANCE_ORANGE_SHARE else "red"


def gaps_light(statuses: list[str]) -> Light:
    if not statuses:
        return "green"
    return "red" if "missing" in statuses else "orange"


def worst(lights: list[Light]) -> Light:
    return max(lights, key=LIGHT_RANK.__getitem__, default="green")


RULES = {
    "signed": "Groen als niets ontbreekt; oranje als ten minste 75% is gedekt "
              "(ondertekend ÷ (ondertekend + ontbrekend)); anders rood.",
    "missing": "Rood als een product in gebruik geen geldende ondertekende overeenkomst heeft; "
               "anders groen. Leveranciers die niets voor u verwerken tellen niet mee.",
    "ending": f"Rood als een einddatum of opzegtermijn binnen {ENDING_RED_DAYS} dagen valt; "
              "oranje bij andere; anders groen.",
    "expired": "Rood als een overeenkomst na haar einddatum nog als ondertekend staat; "
               "beëindigde overeenkomsten tellen mee maar kleuren het licht niet.",
    "assurance": "Groen als elke leverancier die voor u verwerkt een geldig bewijsstuk heeft; "
                 "oranje tot en met 25% van die leveranciers zonder; daarboven rood.",
    "gaps": "Rood als een verplichte bepaling ontbreekt; oranje als alleen verplichte bepalingen "
            "zwak zijn; anders groen.",
}
#: Each colour's rule in one line, for the tiles.
RULE_LINES = {
    "signed": {"green": "niets ontbreekt", "orange": "minstens 75% gedekt", "red": "minder dan 75% gedekt"},
    "missing": {"green": "elk product in gebruik is gedekt", "orange": "(niet gebruikt)",
                "red": "een product in gebruik zonder overeenkomst"},
    "ending": {"green": "niets loopt binnenkort af", "orange": "een termijn binnen de horizon",
               "red": f"een termijn binnen {ENDING_RED_DAYS} dagen"},
    "expired": {"green": "niets verlopen dat nog als ondertekend staat", "orange": "(niet gebruikt)",
                "red": "verlopen maar nog als ondertekend"},
    "assurance": {"green": "elke leverancier heeft geldig bewijs", "orange": "hoogstens 25% zonder",
                  "red": "meer dan 25% zonder"},
    "gaps": {"green": "geen open hiaten", "orange": "alleen zwakke bepalingen",
             "red": "een verplichte bepaling ontbreekt"},
}
#: What each tile's "van y" counts.
UNITS = {
    "signed": "nodig", "missing": "producten in gebruik", "ending": "ondertekend",
    "expired": "overeenkomsten", "assurance": "leveranciers", "gaps": "overeenkomsten",
}
LABELS = {
    "signed": "Ondertekende overeenkomsten",
    "missing": "Ontbrekende overeenkomsten",
    "ending": "Lopen binnenkort af",
    "expired": "Verlopen of beëindigd",
    "assurance": "Leveranciers zonder geldig bewijs",
    "gaps": "Overeenkomsten met open hiaten",
}


# --- reads ------------------------------------------------------------------------------
