"""Dutch public holidays and Leidens Ontzet, filled in automatically, and what a schedule
does on them: closed, the usual hours or other hours; a dated exception wins."""

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from django.utils import translation

from leiden_site.models.opening_calendar import (
    DayKind,
    OnHolidays,
    OpeningHours,
    Period,
    Schedule,
    public_holidays,
)

AMS = ZoneInfo("Europe/Amsterdam")

EXPECTED = {
    2025: {
        date(2025, 1, 1): "New Year's Day",
        date(2025, 4, 18): "Good Friday",
        date(2025, 4, 20): "Easter Sunday",
        date(2025, 4, 21): "Easter Monday",
        date(2025, 4, 26): "King's Day",  # 27 April 2025 is a Sunday
        date(2025, 5, 5): "Liberation Day",
        date(2025, 5, 29): "Ascension Day",
        date(2025, 6, 8): "Whit Sunday",
        date(2025, 6, 9): "Whit Monday",
        date(2025, 10, 3): "Leidens Ontzet",
        date(2025, 12, 25): "Christmas Day",
        date(2025, 12, 26): "Second Day of Christmas",
    },
    2027: {
        date(2027, 1, 1): "New Year's Day",
        date(2027, 3, 26): "Good Friday",
        date(2027, 3, 28): "Easter Sunday",
        date(2027, 3, 29): "Easter Monday",
        date(2027, 4, 27): "King's Day",
        date(2027, 5, 5): "Liberation Day",
        date(2027, 5, 6): "Ascension Day",
        date(2027, 5, 16): "Whit Sunday",
        date(2027, 5, 17): "Whit Monday",
        date(2027, 10, 4): "Leidens Ontzet",  # 3 October 2027 is a Sunday
        date(2027, 12, 25): "Christmas Day",
        date(2027, 12, 26): "Second Day of Christmas",
    },
}


@pytest.mark.parametrize("year", sorted(EXPECTED))
def test_every_holiday_of_the_year_on_its_date_with_its_name(year):
    with translation.override("en"):
        assert {day: str(name) for day, name in public_holidays(year).items()} == EXPECTED[year]


def test_kings_day_moves_to_saturday_when_the_27th_is_a_sunday():
    with translation.override("en"):
        assert str(public_holidays(2031)[date(2031, 4, 26)]) == "King's Day"
    assert date(2031, 4, 27) not in public_holidays(2031)


def at(*args):
    return datetime(*args, tzinfo=AMS)


def office(on_holidays, holiday_opens=None, holiday_closes=None):
    """Monday to Saturday 10:00-17:00."""
    return Schedule(
        (Period(frozenset(range(6)), time(10), time(17)),),
        on_holidays=on_holidays,
        holiday_opens=holiday_opens,
        holiday_closes=holiday_closes,
    )


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


def test_closed_on_a_holiday_opens_the_next_working_day():
    hours = OpeningHours([office(OnHolidays.CLOSED)], [])
    # Easter Monday 2027 falls on a Monday; the office opens again on Tuesday.
    status = hours.status(at(2027, 3, 29, 12, 0))
    assert not status.is_open
    assert status.changes_at == at(2027, 3, 30, 10, 0)
    with translation.override("en"):
        easter_monday = hours.hours_on(date(2027, 3, 29))
        assert (easter_monday.kind, str(easter_monday.label)) == (DayKind.HOLIDAY, "Easter Monday")


def test_other_hours_on_holidays():
    hours = OpeningHours([office(OnHolidays.OTHER, time(12), time(16))], [])
    kings_day = hours.status(at(2027, 4, 27, 11, 0))  # a Tuesday
    assert not kings_day.is_open and kings_day.changes_at == at(2027, 4, 27, 12, 0)
    assert hours.status(at(2027, 4, 27, 15, 0)).changes_at == at(2027, 4, 27, 16, 0)


def test_the_usual_hours_on_holidays_are_named_but_unchanged():
    hours = OpeningHours([office(OnHolidays.REGULAR)], [])
    liberation_day = hours.hours_on(date(2027, 5, 5))  # a Wednesday
    assert liberation_day.intervals == [(at(2027, 5, 5, 10, 0), at(2027, 5, 5, 17, 0))]
    assert liberation_day.kind == DayKind.HOLIDAY


def test_an_exception_wins_over_a_holiday():
    leidens_ontzet = Exception_(
        date(2026, 10, 3), closed=False, opens=time(9), closes=time(13), note="3 October market"
    )
    hours = OpeningHours([office(OnHolidays.CLOSED)], [leidens_ontzet])
    status = hours.status(at(2026, 10, 3, 10, 0))  # a Saturday, and Leidens Ontzet
    assert status.is_open and status.changes_at == at(2026, 10, 3, 13, 0)
    assert status.note == "3 October market"


def test_json_ld_has_seasons_and_special_days():
    summer = Schedule(
        (Period(frozenset(range(7)), time(9), time(18)),),
        valid_from=date(2027, 4, 1),
        valid_until=date(2027, 9, 30),
    )
    specs = OpeningHours([office(OnHolidays.CLOSED), summer], []).json_ld(date(2027, 3, 1), 60)
    weekly, seasonal, *special = specs
    assert weekly["dayOfWeek"][0] == "https://schema.org/Monday" and "validFrom" not in weekly
    assert (seasonal["validFrom"], seasonal["validThrough"]) == ("2027-04-01", "2027-09-30")
    # Good Friday, Easter Monday and King's Day fall in the coming 60 days; Easter Sunday
    # is a Sunday, already closed every week, but named all the same.
    assert {"validFrom": "2027-03-26", "validThrough": "2027-03-26"}.items() <= special[0].items()
    assert all((spec["opens"], spec["closes"]) == ("00:00", "00:00") for spec in special)
    assert len(special) == 4
