import datetime as dt

import pytest

from templates.filters import aantal, date_en, datum, datumtijd, enumeration, janee, land, opsomming


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2027, 1, 1), "1 januari 2027"),
        (dt.date(2027, 1, 31), "31 januari 2027"),
        (dt.date(2028, 2, 29), "29 februari 2028"),
        (dt.date(2027, 2, 28), "28 februari 2027"),
        (dt.date(2027, 4, 30), "30 april 2027"),
        (dt.date(2027, 12, 31), "31 december 2027"),
        ("2028-02-29", "29 februari 2028"),
    ],
)
def test_dutch_date_on_month_ends_and_leap_day(day: object, expected: str) -> None:
    assert datum(day) == expected


def test_dutch_date_without_a_date_gives_the_default() -> None:
    assert datum(None) == "—"
    assert datum(None, "onbepaalde tijd") == "onbepaalde tijd"


def test_english_date_and_dutch_date_time() -> None:
    assert date_en(dt.date(2028, 2, 29)) == "29 February 2028"
    assert datumtijd(dt.datetime(2027, 3, 1, 14, 5)) == "1 maart 2027, 14.05 uur"


def test_a_non_date_is_refused() -> None:
    with pytest.raises(ValueError):
        datum("morgen")


def test_enumerations_join_with_en_and_and() -> None:
    assert opsomming(["a", "b", "c"]) == "a, b en c"
    assert opsomming(["a", "b"], last="of") == "a of b"
    assert opsomming(["a"]) == "a"
    assert opsomming([]) == "—"
    assert enumeration(["a", "b", "c"]) == "a, b and c"


def test_yes_no_counts_and_countries() -> None:
    assert janee(True) == "ja" and janee(False) == "nee"
    assert aantal(1, "maand", "maanden") == "1 maand"
    assert aantal(3, "maand", "maanden") == "3 maanden"
    assert land("DE") == "Duitsland"
    assert land("ZZ") == "ZZ"
