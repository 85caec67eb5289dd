"""Open now / opens at, in Europe/Amsterdam time: seasons, exceptions, DST and midnight.

The computation works on plain schedule data, so these tests pass an explicit moment and
need no database; holidays have their own module (test_public_holidays.py).
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from leiden_site.models.opening_calendar import OnHolidays, OpeningHours, Period, Schedule

AMS = ZoneInfo("Europe/Amsterdam")
UTC = ZoneInfo("UTC")


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


def weekly(days, opens, closes):
    return Period(frozenset(days), opens, closes)


# Tuesday to Sunday 10:00-17:00, like most Leiden museums; open as usual on holidays.
MUSEUM = Schedule((weekly(range(1, 7), time(10), time(17)),), on_holidays=OnHolidays.REGULAR)


def hours(*schedules, exceptions=()):
    return OpeningHours(schedules or [MUSEUM], exceptions)


def at(*args, tz=AMS):
    return datetime(*args, tzinfo=tz)


def test_open_during_the_day_and_says_when_it_closes():
    status = hours().status(at(2026, 12, 1, 11, 30))  # a Tuesday
    assert status.is_open
    assert status.changes_at == at(2026, 12, 1, 17, 0)


def test_closed_on_monday_opens_on_tuesday():
    status = hours().status(at(2026, 11, 30, 12, 0))  # Monday
    assert not status.is_open
    assert status.changes_at == at(2026, 12, 1, 10, 0)


def test_closing_time_is_exclusive():
    assert not hours().status(at(2026, 12, 1, 17, 0)).is_open


def test_several_periods_on_one_day_close_for_lunch():
    office = Schedule(
        (weekly([0], time(9), time(12, 30)), weekly([0], time(13, 30), time(17))),
    )
    lunch = hours(office).status(at(2026, 11, 30, 12, 45))
    assert not lunch.is_open and lunch.changes_at == at(2026, 11, 30, 13, 30)
    morning = hours(office).status(at(2026, 11, 30, 10, 0))
    assert morning.is_open and morning.changes_at == at(2026, 11, 30, 12, 30)


def test_a_closure_overrides_the_weekly_hours():
    renovation = Exception_(date(2026, 12, 1), end_date=date(2026, 12, 10), note="Verbouwing")
    status = hours(exceptions=[renovation]).status(at(2026, 12, 5, 12, 0))
    assert not status.is_open
    assert status.changes_at == at(2026, 12, 11, 10, 0)
    assert hours(exceptions=[renovation]).hours_on(date(2026, 12, 5)).label == "Verbouwing"


def test_special_hours_replace_the_weekly_hours_and_run_past_midnight():
    museum_night = Exception_(
        date(2026, 12, 1), closed=False, opens=time(19), closes=time(1), note="Museumnacht"
    )
    with_night = hours(exceptions=[museum_night])
    assert not with_night.status(at(2026, 12, 1, 12, 0)).is_open
    after_midnight = with_night.status(at(2026, 12, 2, 0, 30))
    assert after_midnight.is_open and after_midnight.note == "Museumnacht"
    assert after_midnight.changes_at == at(2026, 12, 2, 1, 0)
    assert not with_night.status(at(2026, 12, 2, 1, 0)).is_open


def test_a_weekly_period_after_midnight_belongs_to_the_evening_it_starts():
    bar = Schedule((weekly([4, 5], time(20), time(2)),))  # Friday and Saturday nights
    saturday_night = hours(bar).status(at(2026, 12, 5, 1, 30))  # early Saturday
    assert saturday_night.is_open and saturday_night.changes_at == at(2026, 12, 5, 2, 0)
    sunday_early = hours(bar).status(at(2026, 12, 6, 1, 30))  # after Saturday's evening
    assert sunday_early.is_open
    monday_early = hours(bar).status(at(2026, 12, 7, 1, 30))  # Sunday evening is closed
    assert not monday_early.is_open and monday_early.changes_at == at(2026, 12, 11, 20, 0)


def test_periods_that_meet_at_midnight_close_at_the_end_of_the_last():
    late = Schedule((weekly([4], time(18), time(0)), weekly([5], time(0), time(3))))
    status = hours(late).status(at(2026, 12, 4, 23, 0))
    assert status.is_open and status.changes_at == at(2026, 12, 5, 3, 0)


def test_the_summer_season_switches_the_hours_on_its_first_day():
    winter = Schedule((weekly(range(7), time(10), time(16)),), name="Winter")
    summer = Schedule(
        (weekly(range(7), time(9), time(18)),),
        valid_from=date(2027, 4, 1),
        valid_until=date(2027, 9, 30),
        name="Summer",
    )
    both = hours(winter, summer)
    assert not both.status(at(2027, 3, 31, 17, 0)).is_open  # Wednesday, still winter
    assert both.status(at(2027, 4, 1, 17, 0)).is_open  # Thursday, summer
    assert both.status(at(2027, 9, 30, 17, 30)).is_open
    assert not both.status(at(2027, 10, 1, 17, 0)).is_open
    # Closed on the evening before summer starts: the next opening is summer's 09:00.
    assert both.status(at(2027, 3, 31, 20, 0)).changes_at == at(2027, 4, 1, 9, 0)


def test_a_closed_day_in_the_weekly_hours_shows_in_the_table():
    days = hours().days(date(2026, 11, 30), 14)  # from a Monday
    assert len(days) == 14
    mondays = [day for day in days if day.day.weekday() == 0]
    assert [day.intervals for day in mondays] == [[], []]
    assert not any(day.is_special for day in mondays)


def test_the_table_marks_and_names_exceptions():
    closed = Exception_(date(2026, 12, 2), note="Personeelsdag")
    days = hours(exceptions=[closed]).days(date(2026, 12, 1), 14)
    marked = [(day.day, day.label) for day in days if day.is_special]
    assert (date(2026, 12, 2), "Personeelsdag") in marked
    assert days[1].intervals == []


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
def test_hours_stay_right_on_both_dst_sundays(utc_moment, expected_open):
    sunday_early = Schedule(
        (weekly(range(1, 6), time(10), time(17)), weekly([6], time(9), time(17))),
    )
    assert hours(sunday_early).status(utc_moment).is_open is expected_open


@pytest.mark.parametrize(
    ("utc_moment", "expected_open"),
    [
        # Saturday night into Sunday 25 October 2026, 22:00-04:00 local: 04:00 CET is 03:00 UTC,
        # and the night lasts seven hours because 02:00-03:00 happens twice.
        (at(2026, 10, 25, 0, 30, tz=UTC), True),  # 02:30 CEST, the first time
        (at(2026, 10, 25, 1, 30, tz=UTC), True),  # 02:30 CET, the second time
        (at(2026, 10, 25, 2, 59, tz=UTC), True),  # 03:59 CET
        (at(2026, 10, 25, 3, 0, tz=UTC), False),  # 04:00 CET
        # Saturday night into Sunday 29 March 2026: 02:00-03:00 does not exist; five hours.
        (at(2026, 3, 29, 0, 59, tz=UTC), True),  # 01:59 CET
        (at(2026, 3, 29, 1, 0, tz=UTC), True),  # 03:00 CEST
        (at(2026, 3, 29, 2, 0, tz=UTC), False),  # 04:00 CEST
    ],
)
def test_a_night_across_midnight_on_the_dst_sundays(utc_moment, expected_open):
    club = Schedule((weekly([5], time(22), time(4)),))
    assert hours(club).status(utc_moment).is_open is expected_open


def test_next_opening_across_the_change_to_winter_time():
    # Saturday 24 October 2026 at 18:00 CEST; Sunday opens 10:00 CET, which is 09:00 UTC.
    status = hours().status(at(2026, 10, 24, 18, 0))
    assert status.changes_at.astimezone(UTC) == at(2026, 10, 25, 9, 0, tz=UTC)


def test_the_answer_is_in_amsterdam_time_whatever_the_clock_zone():
    # 09:30 UTC on a winter Tuesday is 10:30 in Leiden.
    assert hours().status(at(2026, 12, 1, 9, 30, tz=UTC)).is_open
    # 15:30 UTC on a summer Tuesday is 17:30: closed.
    assert not hours().status(at(2026, 7, 7, 15, 30, tz=UTC)).is_open


def test_nothing_scheduled_gives_no_next_opening():
    status = OpeningHours([], []).status(at(2026, 12, 1, 12, 0))
    assert not status.is_open and status.changes_at is None
