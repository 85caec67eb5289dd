"""Opening hours shared by places, the VVV desk and the Expat Centre.

Weekly periods plus dated exceptions (other hours, or closed). A page type gets
them through two small child models that subclass these abstract ones.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

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


class AbstractOpeningPeriod(Orderable):
    """Open on a weekday from `opens` to `closes` (00:00 as closing time means midnight)."""

    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        if self.opens and self.closes and self.closes != time(0) and self.closes <= self.opens:
            raise ValidationError({"closes": _("Closing time must be after opening time.")})


class AbstractOpeningException(Orderable):
    """A date (or date range) with other hours, or closed all day."""

    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty: one day."))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(_("closes"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=120, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot come before the first.")
        if not self.closed:
            if not (self.opens and self.closes):
                errors["opens"] = _("Give opening and closing times, or tick 'closed all day'.")
            elif self.closes != time(0) and self.closes <= self.opens:
                errors["closes"] = _("Closing time must be after opening time.")
        if errors:
            raise ValidationError(errors)

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= (self.end_date or self.start_date)


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    changes_at: datetime | None  # closes at (when open) or opens at (when closed)
    note: str = ""


def _interval(day: date, opens: time, closes: time) -> tuple[datetime, datetime]:
    start = datetime.combine(day, opens, tzinfo=AMSTERDAM)
    end_day = day + timedelta(days=1) if closes == time(0) else day
    return start, datetime.combine(end_day, closes, tzinfo=AMSTERDAM)


class OpeningHours:
    """Answers "open now?" in Europe/Amsterdam time, honouring exceptions.

    Wall-clock times are combined with the zone per day, so hours stay right across
    the changes to and from summer time.
    """

    def __init__(self, periods, exceptions):
        self.periods = list(periods)
        self.exceptions = list(exceptions)

    def intervals_on(self, day: date) -> tuple[list[tuple[datetime, datetime]], str]:
        for exception in self.exceptions:
            if exception.covers(day):
                if exception.closed:
                    return [], exception.note
                return [_interval(day, exception.opens, exception.closes)], exception.note
        periods = sorted(
            (p for p in self.periods if p.weekday == day.weekday()), key=lambda p: p.opens
        )
        return [_interval(day, p.opens, p.closes) for p in periods], ""

    def status(self, at: datetime) -> OpeningStatus:
        local = at.astimezone(AMSTERDAM)
        today = local.date()
        # Yesterday's hours may run past midnight.
        for day in (today - timedelta(days=1), today):
            intervals, note = self.intervals_on(day)
            for start, end in intervals:
                if start <= local < end:
                    return OpeningStatus(True, end, note)
        for offset in range(0, 15):
            day = today + timedelta(days=offset)
            intervals, note = self.intervals_on(day)
            for start, _end in intervals:
                if start > local:
                    return OpeningStatus(False, start, note)
        return OpeningStatus(False, None)

    def week(self, start: date) -> list[tuple[date, list[tuple[datetime, datetime]], str]]:
        """The coming seven days, for an opening-hours table that shows exceptions."""
        return [
            (start + timedelta(days=n), *self.intervals_on(start + timedelta(days=n)))
            for n in range(7)
        ]

    @property
    def is_set(self) -> bool:
        return bool(self.periods or self.exceptions)

    def json_ld(self) -> list[dict]:
        names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        specs = [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{names[p.weekday]}",
                "opens": p.opens.strftime("%H:%M"),
                "closes": p.closes.strftime("%H:%M"),
            }
            for p in self.periods
        ]
        for exception in self.exceptions:
            spec = {
                "@type": "OpeningHoursSpecification",
                "validFrom": exception.start_date.isoformat(),
                "validThrough": (exception.end_date or exception.start_date).isoformat(),
                "opens": "00:00" if exception.closed else exception.opens.strftime("%H:%M"),
                "closes": "00:00" if exception.closed else exception.closes.strftime("%H:%M"),
            }
            specs.append(spec)
        return specs
