"""Open now / opens at, in Europe/Amsterdam time, with exceptions and DST."""

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from leiden_site.models.opening_hours import OpeningHours

AMS = ZoneInfo("Europe/Amsterdam")
UTC = ZoneInfo("UTC")


@dataclass
class Period:
    weekday: int
    opens: time
    closes: time


@dataclass
class Exception_:
    start_date: date
    end_date: date | None = None
    closed: bool = True
    opens: time | None = None
    closes: time | None = None
    note: str = ""

    def covers(self, day):
        return self.start_date <= day <= (self.end_date or self.start_date)


# Tuesday to Sunday 10:00-17:00, like most Leiden museums.
MUSEUM = [Period(day, time(10), time(17)) for day in range(1, 7)]


def at(*args, tz=AMS):
    return datetime(*args, tzinfo=tz)


def test_open_during_the_day_and_says_when_it_closes():
    status = OpeningHours(MUSEUM, []).status(at(2026, 12, 1, 11, 30))  # a Tuesday
    assert status.is_open
    assert status.changes_at == at(2026, 12, 1, 17, 0)


def test_closed_on_monday_opens_on_tuesday():
    status = OpeningHours(MUSEUM, []).status(at(2026, 11, 30, 12, 0))  # Monday
    assert not status.is_open
    assert status.changes_at == at(2026, 12, 1, 10, 0)


def test_closing_time_is_exclusive():
    assert not OpeningHours(MUSEUM, []).status(at(2026, 12, 1, 17, 0)).is_open


def test_a_closure_overrides_the_weekly_hours():
    christmas = Exception_(date(2026, 12, 25), note="Eerste Kerstdag")
    status = OpeningHours(MUSEUM, [christmas]).status(at(2026, 12, 25, 12, 0))  # a Friday
    assert not status.is_open
    assert status.changes_at == at(2026, 12, 26, 10, 0)
    assert status.note == ""  # the note belongs to the day it opens again


def test_a_closed_range_skips_to_the_first_day_after_it():
    renovation = Exception_(date(2026, 12, 1), end_date=date(2026, 12, 10))
    status = OpeningHours(MUSEUM, [renovation]).status(at(2026, 12, 5, 12, 0))
    assert not status.is_open
    assert status.changes_at == at(2026, 12, 11, 10, 0)


def test_special_hours_replace_the_weekly_hours():
    late_night = Exception_(
        date(2026, 12, 1), closed=False, opens=time(19), closes=time(0), note="Museumnacht"
    )
    hours = OpeningHours(MUSEUM, [late_night])
    assert not hours.status(at(2026, 12, 1, 12, 0)).is_open
    evening = hours.status(at(2026, 12, 1, 23, 30))
    assert evening.is_open and evening.note == "Museumnacht"
    assert evening.changes_at == at(2026, 12, 2, 0, 0)


def test_the_answer_is_in_amsterdam_time_whatever_the_clock_zone():
    # 09:30 UTC on a winter Tuesday is 10:30 in Leiden.
    assert OpeningHours(MUSEUM, []).status(at(2026, 12, 1, 9, 30, tz=UTC)).is_open
    # 09:30 UTC on a summer Tuesday is 11:30 in Leiden; 15:30 UTC is 17:30: closed.
    assert OpeningHours(MUSEUM, []).status(at(2026, 7, 7, 9, 30, tz=UTC)).is_open
    assert not OpeningHours(MUSEUM, []).status(at(2026, 7, 7, 15, 30, tz=UTC)).is_open


@pytest.mark.parametrize(
    ("utc_moment", "expected_open"),
    [
        # Sunday 25 October 2026: clocks go back at 03:00 CEST -> 02:00 CET; opens 09:00.
        (at(2026, 10, 25, 7, 59, tz=UTC), False),  # 08:59 CET
        (at(2026, 10, 25, 8, 0, tz=UTC), True),  # 09:00 CET
        (at(2026, 10, 25, 15, 59, tz=UTC), True),  # 16:59 CET
        (at(2026, 10, 25, 16, 0, tz=UTC), False),  # 17:00 CET
        # Sunday 29 March 2026: clocks go forward at 02:00 CET -> 03:00 CEST.
        (at(2026, 3, 29, 6, 59, tz=UTC), False),  # 08:59 CEST
        (at(2026, 3, 29, 7, 0, tz=UTC), True),  # 09:00 CEST
        (at(2026, 3, 29, 14, 59, tz=UTC), True),  # 16:59 CEST
        (at(2026, 3, 29, 15, 0, tz=UTC), False),  # 17:00 CEST
    ],
)
def test_hours_stay_right_across_the_clock_changes(utc_moment, expected_open):
    sunday_early = [*MUSEUM[:-1], Period(6, time(9), time(17))]
    assert OpeningHours(sunday_early, []).status(utc_moment).is_open is expected_open


def test_next_opening_across_the_change_to_winter_time():
    # Saturday 24 October 2026 at 18:00 CEST; Sunday opens 10:00 CET, which is 09:00 UTC.
    status = OpeningHours(MUSEUM, []).status(at(2026, 10, 24, 18, 0))
    assert status.changes_at.astimezone(UTC) == at(2026, 10, 25, 9, 0, tz=UTC)


def test_nothing_scheduled_gives_no_next_opening():
    status = OpeningHours([], []).status(at(2026, 12, 1, 12, 0))
    assert not status.is_open and status.changes_at is None
