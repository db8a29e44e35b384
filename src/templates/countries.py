"""Country names (ISO 3166-1 alpha-2) in Dutch and English for the ``land``/``country`` filters."""

from __future__ import annotations

#: The EEA: the EU 27 plus Iceland, Liechtenstein and Norway.
EEA: frozenset[str] = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GR",
        "HR",
        "HU",
        "IE",
        "IT",
        "LT",
        "LU",
        "LV",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SE",
        "SI",
        "SK",
        "IS",
        "LI",
        "NO",
    ]
)

#: code -> (Dutch name, English name)
NAMES: dict[str, tuple[str, str]] = {
    "AT": ("Oostenrijk", "Austria"),
    "BE": ("België", "Belgium"),
    "BG": ("Bulgarije", "Bulgaria"),
    "CY": ("Cyprus", "Cyprus"),
    "CZ": ("Tsjechië", "Czechia"),
    "DE": ("Duitsland", "Germany"),
    "DK": ("Denemarken", "Denmark"),
    "EE": ("Estland", "Estonia"),
    "ES": ("Spanje", "Spain"),
    "FI": ("Finland", "Finland"),
    "FR": ("Frankrijk", "France"),
    "GR": ("Griekenland", "Greece"),
    "HR": ("Kroatië", "Croatia"),
    "HU": ("Hongarije", "Hungary"),
    "IE": ("Ierland", "Ireland"),
    "IT": ("Italië", "Italy"),
    "LT": ("Litouwen", "Lithuania"),
    "LU": ("Luxemburg", "Luxembourg"),
    "LV": ("Letland", "Latvia"),
    "MT": ("Malta", "Malta"),
    "NL": ("Nederland", "the Netherlands"),
    "PL": ("Polen", "Poland"),
    "PT": ("Portugal", "Portugal"),
    "RO": ("Roemenië", "Romania"),
    "SE": ("Zweden", "Sweden"),
    "SI": ("Slovenië", "Slovenia"),
    "SK": ("Slowakije", "Slovakia"),
    "IS": ("IJsland", "Iceland"),
    "LI": ("Liechtenstein", "Liechtenstein"),
    "NO": ("Noorwegen", "Norway"),
    "CH": ("Zwitserland", "Switzerland"),
    "GB": ("Verenigd Koninkrijk", "the United Kingdom"),
    "US": ("Verenigde Staten", "the United States"),
    "CA": ("Canada", "Canada"),
    "IN": ("India", "India"),
    "IL": ("Israël", "Israel"),
    "JP": ("Japan", "Japan"),
    "KR": ("Zuid-Korea", "South Korea"),
    "AU": ("Australië", "Australia"),
    "NZ": ("Nieuw-Zeeland", "New Zealand"),
    "UA": ("Oekraïne", "Ukraine"),
    "RS": ("Servië", "Serbia"),
    "PH": ("Filipijnen", "the Philippines"),
    "SG": ("Singapore", "Singapore"),
}


def country_name(code: str | None, language: str = "nl") -> str:
    """A country name in Dutch (``nl``) or English (``en``); unknown codes come back as is."""
    if not code:
        return "—"
    names = NAMES.get(code.strip().upper())
    if names is None:
        return code
    return names[0] if language == "nl" else names[1]


def in_eea(code: str | None) -> bool:
    """Whether a country belongs to the European Economic Area."""
    return bool(code) and code.strip().upper() in EEA  # type: ignore[union-attr]
