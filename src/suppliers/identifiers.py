"""Dutch government identifiers and countries: format checks with Dutch messages.

Each check returns None when the value is fine, or the reason it is not.
"""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache

import pycountry

CBS_CODE = re.compile(r"^GM\d{4}$")
KVK_NUMBER = re.compile(r"^\d{8}$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

#: The EU 27 plus Iceland, Liechtenstein and Norway.
EEA = frozenset(
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
        "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
    ]
)

OIN_PREFIXES = {
    "00000001": "RSIN",
    "00000003": "KvK-nummer",
    "00000004": "gegenereerd",
    "00000099": "test",
}


def cbs_code_error(value: str) -> str | None:
    if not CBS_CODE.match(value):
        return "Een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0363."
    return None


def kvk_error(value: str) -> str | None:
    if not KVK_NUMBER.match(value):
        return "Een KvK-nummer bestaat uit precies acht cijfers."
    return None


def rsin_valid(value: str) -> bool:
    """RSIN/BSN eleven-test: weights 9..2 and -1, sum divisible by 11."""
    if not re.fullmatch(r"\d{9}", value):
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(value, weights, strict=True))
    return total % 11 == 0 and int(value) != 0


def oin_error(value: str) -> str | None:
    if not re.fullmatch(r"\d{20}", value):
        return "Een OIN bestaat uit precies twintig cijfers."
    prefix, rest = value[:8], value[8:]
    if prefix not in OIN_PREFIXES:
        return "Een OIN begint met 00000001 (RSIN), 00000003 (KvK), 00000004 of 00000099."
    if prefix == "00000001" and (not rsin_valid(rest[:9]) or rest[9:].strip("0")):
        return "Dit OIN bevat geen geldig RSIN (elfproef) gevolgd door nullen."
    if prefix == "00000003" and rest[8:].strip("0"):
        return "Dit OIN bevat geen KvK-nummer van acht cijfers gevolgd door nullen."
    return None


@cache
def _dutch() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["nl"])
    except OSError:
        return gettext.NullTranslations()


def country_error(value: str) -> str | None:
    if len(value) != 2 or not value.isupper() or pycountry.countries.get(alpha_2=value) is None:
        return "Gebruik een landcode volgens ISO 3166-1 alpha-2 in hoofdletters, zoals NL of DE."
    return None


@lru_cache(maxsize=512)
def country_name(code: str, language: str = "nl") -> str:
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return _dutch().gettext(country.name) if language == "nl" else country.name


def in_eea(code: str) -> bool:
    return code in EEA
