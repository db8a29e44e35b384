"""Jinja filters for Word templates: dates, lists, yes/no, counts and countries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from core import AMSTERDAM, EMPTY, as_day, datum
from templates.countries import country_name

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def date_en(value: Any, default: str = EMPTY) -> str:
    """English long date: ``1 January 2027``; no date gives ``default``."""
    day = as_day(value)
    if day is None:
        return default
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def _local(moment: dt.datetime) -> dt.datetime:
    """A moment with a time zone, on the clock of Amsterdam (where the register is read)."""
    return moment.astimezone(AMSTERDAM) if moment.tzinfo is not None else moment


def datumtijd(value: Any, default: str = EMPTY) -> str:
    """Dutch date and time, Amsterdam time: ``1 januari 2027, 14.05 uur``."""
    moment = as_day(value)
    if moment is None:
        return default
    if not isinstance(moment, dt.datetime):
        return datum(moment)
    moment = _local(moment)
    return f"{datum(moment)}, {moment:%H.%M} uur"


def datetime_en(value: Any, default: str = EMPTY) -> str:
    """English date and time: ``1 January 2027, 14:05``."""
    moment = as_day(value)
    if moment is None:
        return default
    if not isinstance(moment, dt.datetime):
        return date_en(moment)
    moment = _local(moment)
    return f"{date_en(moment)}, {moment:%H:%M}"


def _join(items: Iterable[Any] | None, last: str, empty: str) -> str:
    words = [str(item) for item in (items or []) if item is not None and str(item) != ""]
    if not words:
        return empty
    if len(words) == 1:
        return words[0]
    return f"{', '.join(words[:-1])} {last} {words[-1]}"


def opsomming(items: Iterable[Any] | None, last: str = "en", empty: str = EMPTY) -> str:
    """Dutch enumeration: ``a, b en c`` (``last="of"`` for ``a, b of c``)."""
    return _join(items, last, empty)


def enumeration(items: Iterable[Any] | None, last: str = "and", empty: str = EMPTY) -> str:
    """English enumeration: ``a, b and c`` (``last="or"`` for ``a, b or c``)."""
    return _join(items, last, empty)


def janee(value: Any) -> str:
    """``ja`` or ``nee``."""
    return "ja" if value else "nee"


def yesno(value: Any) -> str:
    """``yes`` or ``no``."""
    return "yes" if value else "no"


def aantal(number: int | None, singular: str, plural: str) -> str:
    """``1 maand``, ``3 maanden``: a number with the right noun (also for English)."""
    if number is None:
        return EMPTY
    return f"{number} {singular if number == 1 else plural}"


def land(code: str | None) -> str:
    """Dutch country name of an ISO 3166-1 code: ``DE`` → ``Duitsland``."""
    return country_name(code, "nl")


def country(code: str | None) -> str:
    """English country name of an ISO 3166-1 code: ``DE`` → ``Germany``."""
    return country_name(code, "en")


FILTERS: dict[str, Callable[..., Any]] = {
    "datum": datum,
    "date_en": date_en,
    "datumtijd": datumtijd,
    "datetime_en": datetime_en,
    "opsomming": opsomming,
    "enumeration": enumeration,
    "janee": janee,
    "yesno": yesno,
    "aantal": aantal,
    "land": land,
    "country": country,
}

#: What each filter does, in Dutch, for the help on the templates page.
FILTER_HELP_NL = {
    "datum": "Nederlandse datum: ``1 januari 2027``; zonder datum de standaardwaarde.",
    "date_en": "Engelse datum: ``1 January 2027``; zonder datum de standaardwaarde.",
    "datumtijd": "Nederlandse datum en tijd: ``1 januari 2027, 14.05 uur``.",
    "datetime_en": "Engelse datum en tijd: ``1 January 2027, 14:05``.",
    "opsomming": "Nederlandse opsomming: ``a, b en c`` (met ``last=\"of\"``: ``a, b of c``).",
    "enumeration": "Engelse opsomming: ``a, b and c`` (met ``last=\"or\"``: ``a, b or c``).",
    "janee": "``ja`` of ``nee``.",
    "yesno": "Engels ja of nee: ``yes`` of ``no``.",
    "aantal": "Een getal met het juiste zelfstandig naamwoord: ``1 maand``, ``3 maanden``.",
    "land": "Nederlandse landnaam bij een ISO 3166-1-code: ``DE`` wordt ``Duitsland``.",
    "country": "Engelse landnaam bij een ISO 3166-1-code: ``DE`` wordt ``Germany``.",
}
