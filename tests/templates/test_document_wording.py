"""Document wording: Amsterdam time, and one full stop where a value and a sentence both end in one."""

from __future__ import annotations

import datetime as dt

from templates.filters import datetime_en, datumtijd
from templates.render import single_full_stops


def test_times_are_amsterdam_time_in_winter_and_summer() -> None:
    assert datumtijd(dt.datetime(2026, 12, 3, 7, 5, tzinfo=dt.UTC)) == "3 december 2026, 08.05 uur"
    assert datumtijd(dt.datetime(2026, 7, 1, 7, 5, tzinfo=dt.UTC)) == "1 juli 2026, 09.05 uur"
    assert datetime_en(dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC)) == "1 January 2027, 00:30"
    assert datumtijd(dt.datetime(2026, 12, 3, 8, 5)) == "3 december 2026, 08.05 uur"  # no zone: as given


def test_a_typed_full_stop_is_not_doubled_but_an_ellipsis_stays() -> None:
    xml = ('<w:p><w:r><w:t xml:space="preserve">Hosting en support..</w:t></w:r>'
           '<w:r><w:t>Rekenwerk B.V.. Zie verder...</w:t></w:r></w:p>')
    assert single_full_stops(xml) == ('<w:p><w:r><w:t xml:space="preserve">Hosting en support.</w:t></w:r>'
                                      '<w:r><w:t>Rekenwerk B.V. Zie verder...</w:t></w:r></w:p>')
