"""When a place or office is open: the computation behind opening hours.

Pure functions over plain data (`Schedule`, `Period` and exception rows with `start_date`,
`end_date`, `closed`, `opens`, `closes` and `note`), in Europe/Amsterdam time, so it can be
tested without a database. The models in `opening_hours.py` turn themselves into this data.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from django.db import models
from django.utils.translation import gettext_lazy as _

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- Public holidays -------------------------------------------------------------------------

# The library's English names, as our own translatable labels.
HOLIDAY_NAMES = {
    "New Year's Day": _("New Year's Day"),
    "Good Friday": _("Good Friday"),
    "Easter Sunday": _("Easter Sunday"),
    "Easter Monday": _("Easter Monday"),
    "King's Day": _("King's Day"),
    "Liberation Day": _("Liberation Day"),
    "Ascension Day": _("Ascension Day"),
    "Pentecost": _("Whit Sunday"),
    "Pentecost Monday": _("Whit Monday"),
    "Christmas Day": _("Christmas Day"),
    "Second Day of Christmas": _("Second Day of Christmas"),
}
LEIDENS_ONTZET = _("Leidens Ontzet")


@lru_cache(maxsize=64)
def public_holidays(year: int) -> dict[date, str]:
    """The Dutch public holidays of a year (Good Friday included), plus Leidens Ontzet.

    The library knows the rules, such as King's Day moving to 26 April when the 27th is a
    Sunday. Leiden celebrates its relief on 3 October, or on Monday the 4th when the 3rd
    is a Sunday.
    """
    national = holidays.NL(years=year, language="en_US", categories=("public", "optional"))
    days = {day: HOLIDAY_NAMES.get(name, name) for day, name in national.items()}
    ontzet = date(year, 10, 3)
    if ontzet.weekday() == 6:
        ontzet = date(year, 10, 4)
    days[ontzet] = LEIDENS_ONTZET
    return days


def holiday_name(day: date) -> str | None:
    return public_holidays(day.year).get(day)


# --- The data the computation works on --------------------------------------------------------


class OnHolidays(models.TextChoices):
    CLOSED = "closed", _("Closed")
    REGULAR = "regular", _("The usual hours of that weekday")
    OTHER = "other", _("Other hours")


@dataclass(frozen=True)
class Period:
    """Open on these weekdays from `opens` to `closes`; a closing time at or before the
    opening time is on the next day (00:00 is midnight)."""

    days: frozenset[int]
    opens: time
    closes: time


@dataclass(frozen=True)
class Schedule:
    periods: tuple[Period, ...]
    valid_from: date | None = None
    valid_until: date | None = None
    name: str = ""
    on_holidays: str = OnHolidays.CLOSED
    holiday_opens: time | None = None
    holiday_closes: time | None = None

    @property
    def is_seasonal(self) -> bool:
        return self.valid_from is not None or self.valid_until is not None

    def covers(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )

    @property
    def weekly_lines(self) -> list[tuple[str, list[tuple[time, time]]]]:
        """Monday to Sunday, each with its periods in order (none: closed)."""
        return [
            (name, sorted((p.opens, p.closes) for p in self.periods if number in p.days))
            for number, name in WEEKDAYS
        ]

    def span(self) -> int:
        first, last = self.valid_from or date.min, self.valid_until or date.max
        return (last - first).days


class DayKind(models.TextChoices):
    REGULAR = "regular", _("Regular hours")
    HOLIDAY = "holiday", _("Public holiday")
    EXCEPTION = "exception", _("Special hours")


@dataclass(frozen=True)
class DayHours:
    """One calendar day: its opening intervals (local times), and why they differ if they do."""

    day: date
    intervals: list[tuple[datetime, datetime]] = field(default_factory=list)
    label: str = ""
    kind: str = DayKind.REGULAR
    usual_hours: bool = False  # a holiday on which the schedule keeps the weekday's hours

    @property
    def is_special(self) -> bool:
        return self.kind != DayKind.REGULAR

    @property
    def kind_label(self) -> str:
        return DayKind(self.kind).label


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    changes_at: datetime | None  # closes at (when open) or opens at (when closed)
    note: str = ""
    computed_at: datetime | None = None


def _interval(day: date, opens: time, closes: time) -> tuple[datetime, datetime]:
    start = datetime.combine(day, opens, tzinfo=AMSTERDAM)
    end_day = day + timedelta(days=1) if closes <= opens else day
    return start, datetime.combine(end_day, closes, tzinfo=AMSTERDAM)


SPECIAL_DAY = {"@type": "OpeningHoursSpecification"}


def _schema_times(opens: time, closes: time) -> dict:
    """Google reads 00:00 to 00:00 as closed all day; open all day is 00:00 to 23:59."""
    if opens == closes == time(0):
        return {"opens": "00:00", "closes": "23:59"}
    return {"opens": opens.strftime("%H:%M"), "closes": closes.strftime("%H:%M")}


def _utc(moment: datetime) -> datetime:
    # Datetimes sharing one tzinfo compare by wall clock; on the night the clocks go back
    # that is ambiguous, so every comparison happens in UTC.
    return moment.astimezone(UTC)


class OpeningHours:
    """Answers "open now?" and "when?" in Europe/Amsterdam time.

    On a day, the first exception that covers it wins; otherwise the schedule that applies
    (the shortest season covering the day, else the all-year one) gives the weekday's
    periods, unless the day is a public holiday and the schedule says otherwise. Wall-clock
    times are combined with the zone per day, so hours stay right when the clocks change.
    """

    LOOK_AHEAD_DAYS = 60

    def __init__(self, schedules, exceptions):
        self.schedules = list(schedules)
        self.exceptions = list(exceptions)

    @property
    def is_set(self) -> bool:
        return any(s.periods for s in self.schedules) or bool(self.exceptions)

    def schedule_on(self, day: date) -> Schedule | None:
        covering = [s for s in self.schedules if s.covers(day)]
        seasonal = sorted((s for s in covering if s.is_seasonal), key=Schedule.span)
        return (seasonal or covering or [None])[0]

    def hours_on(self, day: date) -> DayHours:
        for exception in self.exceptions:
            if exception.covers(day):
                intervals = (
                    [] if exception.closed else [_interval(day, exception.opens, exception.closes)]
                )
                return DayHours(day, intervals, exception.note, DayKind.EXCEPTION)
        schedule = self.schedule_on(day)
        periods = schedule.periods if schedule else ()
        regular = sorted(
            (_interval(day, p.opens, p.closes) for p in periods if day.weekday() in p.days),
            key=lambda interval: interval[0],
        )
        holiday = holiday_name(day)
        if holiday is None:
            return DayHours(day, regular)
        if schedule is None or schedule.on_holidays == OnHolidays.CLOSED:
            return DayHours(day, [], holiday, DayKind.HOLIDAY)
        if schedule.on_holidays == OnHolidays.OTHER:
            other = _interval(day, schedule.holiday_opens, schedule.holiday_closes)
            return DayHours(day, [other], holiday, DayKind.HOLIDAY)
        return DayHours(day, regular, holiday, DayKind.HOLIDAY, usual_hours=True)

    def days(self, start: date, count: int = 14) -> list[DayHours]:
        """The table of the coming days, exceptions and holidays marked and named."""
        return [self.hours_on(start + timedelta(days=n)) for n in range(count)]

    def week(self, start: date) -> list[DayHours]:
        return self.days(start, 7)

    def status(self, at: datetime) -> OpeningStatus:
        now = _utc(at)
        today = at.astimezone(AMSTERDAM).date()
        # Yesterday's hours may run past midnight.
        for day in (today - timedelta(days=1), today):
            hours = self.hours_on(day)
            for start, end in hours.intervals:
                if _utc(start) <= now < _utc(end):
                    return OpeningStatus(True, self._closing_after(end), hours.label, at)
        for offset in range(self.LOOK_AHEAD_DAYS):
            hours = self.hours_on(today + timedelta(days=offset))
            for start, _end in hours.intervals:
                if _utc(start) > now:
                    return OpeningStatus(False, start, hours.label, at)
        return OpeningStatus(False, None, "", at)

    def _closing_after(self, end: datetime) -> datetime:
        """When a period runs on into the next one (22:00–00:00, then 00:00–02:00), the end
        of the last of them."""
        for _hop in range(3):
            following = [
                later
                for start, later in self.hours_on(end.astimezone(AMSTERDAM).date()).intervals
                if _utc(start) == _utc(end) and _utc(later) > _utc(end)
            ]
            if not following:
                break
            end = following[0]
        return end

    def json_ld(self, today: date, horizon_days: int = 366) -> list[dict]:
        """schema.org `openingHoursSpecification`: the weekly hours of each current or future
        schedule (seasons with validFrom/validThrough), then every day in the horizon whose
        hours differ because of an exception or a holiday (closed: 00:00 to 00:00)."""
        specs = []
        # All-year hours first, then the seasons by start: the same order whatever order
        # the editor left them in (and a stable one when no order was saved at all).
        in_order = sorted(
            self.schedules, key=lambda s: (s.valid_from is not None, s.valid_from or date.min)
        )
        for schedule in in_order:
            if schedule.valid_until is not None and schedule.valid_until < today:
                continue
            for period in schedule.periods:
                spec = {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": [
                        f"https://schema.org/{SCHEMA_DAYS[d]}" for d in sorted(period.days)
                    ],
                    **_schema_times(period.opens, period.closes),
                }
                if schedule.valid_from:
                    spec["validFrom"] = schedule.valid_from.isoformat()
                if schedule.valid_until:
                    spec["validThrough"] = schedule.valid_until.isoformat()
                specs.append(spec)
        for hours in self.days(today, horizon_days):
            if not hours.is_special or hours.usual_hours:
                continue
            day = hours.day.isoformat()
            if not hours.intervals:
                closed = {"opens": "00:00", "closes": "00:00"}
                specs.append({**SPECIAL_DAY, "validFrom": day, "validThrough": day, **closed})
            for start, end in hours.intervals:
                times = _schema_times(start.time(), end.time())
                specs.append({**SPECIAL_DAY, "validFrom": day, "validThrough": day, **times})
        return specs
