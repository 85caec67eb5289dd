"""Opening hours shared by places and the VVV office: what staff edit.

A page type gets them through two small child models that subclass the abstract ones here:
schedules (weekly periods, all year or for a season, with what happens on public holidays)
and dated exceptions (other hours, or closed). `opening_calendar.py` computes from them.
"""

from datetime import date, datetime, time

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from .opening_calendar import (
    AMSTERDAM,
    WEEKDAYS,
    OnHolidays,
    OpeningHours,
    OpeningStatus,
    Period,
    Schedule,
)

__all__ = [
    "AMSTERDAM",
    "AbstractOpeningException",
    "AbstractOpeningSchedule",
    "OpeningHours",
    "OpeningHoursMixin",
    "OpeningPeriodBlock",
]

SAME_TIMES = _("Opening and closing time cannot be the same (00:00 to 00:00 is all day).")


def _same_times(opens, closes) -> bool:
    """00:00 to 00:00 is the whole day; any other equal pair is a typo."""
    return opens is not None and opens == closes and opens != time(0)


def _check_times(opens, closes, field_name="closes") -> dict:
    return {field_name: SAME_TIMES} if _same_times(opens, closes) else {}


class OpeningPeriodBlock(blocks.StructBlock):
    days = blocks.MultipleChoiceBlock(
        choices=[(str(number), name) for number, name in WEEKDAYS], label=_("days")
    )
    opens = blocks.TimeBlock(label=_("opens"))
    closes = blocks.TimeBlock(
        label=_("closes"), help_text=_("A time before the opening time is on the next day.")
    )

    class Meta:
        label = _("Period")
        icon = "time"

    def clean(self, value):
        value = super().clean(value)
        if _same_times(value["opens"], value["closes"]):
            raise blocks.StructBlockValidationError({"closes": ValidationError(SAME_TIMES)})
        return value


class AbstractOpeningSchedule(Orderable):
    """Weekly hours, all year or for a season, and what happens on public holidays."""

    name = models.CharField(
        _("name"), max_length=60, blank=True, help_text=_("For instance 'Summer hours'.")
    )
    valid_from = models.DateField(
        _("valid from"), null=True, blank=True, help_text=_("Both dates empty: all year.")
    )
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    periods = StreamField(
        [("period", OpeningPeriodBlock())],
        verbose_name=_("periods"),
        blank=True,
        help_text=_("Several periods on one day: add a period for each."),
    )
    on_holidays = models.CharField(
        _("on public holidays"),
        max_length=10,
        choices=OnHolidays.choices,
        default=OnHolidays.CLOSED,
        help_text=_(
            "Dutch public holidays and Leidens Ontzet (3 October) are filled in automatically."
        ),
    )
    holiday_opens = models.TimeField(_("holiday opens"), null=True, blank=True)
    holiday_closes = models.TimeField(_("holiday closes"), null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("periods"),
        FieldRowPanel(
            [FieldPanel("on_holidays"), FieldPanel("holiday_opens"), FieldPanel("holiday_closes")]
        ),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The last day cannot come before the first.")
        if self.on_holidays == OnHolidays.OTHER:
            if not (self.holiday_opens and self.holiday_closes):
                errors["holiday_opens"] = _("Give the hours for public holidays.")
            else:
                errors.update(
                    _check_times(self.holiday_opens, self.holiday_closes, "holiday_closes")
                )
        if errors:
            raise ValidationError(errors)

    def as_schedule(self) -> Schedule:
        periods = tuple(
            Period(
                frozenset(int(day) for day in block.value["days"]),
                block.value["opens"],
                block.value["closes"],
            )
            for block in self.periods
            if block.value["opens"] and block.value["closes"]
        )
        return Schedule(
            periods=periods,
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            name=self.name,
            on_holidays=self.on_holidays,
            holiday_opens=self.holiday_opens,
            holiday_closes=self.holiday_closes,
        )


class AbstractOpeningException(Orderable):
    """A date (or date range) with other hours, or closed all day. Wins over a holiday."""

    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty: one day."))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens"), null=True, blank=True)
    closes = models.TimeField(
        _("closes"),
        null=True,
        blank=True,
        help_text=_("A time before the opening time is on the next day."),
    )
    note = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("Shown to visitors, e.g. 'Museum night'."),
    )

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
            else:
                errors.update(_check_times(self.opens, self.closes))
        if errors:
            raise ValidationError(errors)

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= (self.end_date or self.start_date)


class OpeningHoursMixin:
    """For a page with `opening_schedules` and `opening_exceptions` child relations."""

    @property
    def opening_hours(self) -> OpeningHours:
        # Kept per language: schedules carry their name in the language they were built in,
        # and a site's home page object outlives one request (it is shared per process and
        # publish generation), so an English page must not reuse the Dutch names.
        built = self.__dict__.setdefault("_opening_hours_by_language", {})
        language = get_language()
        if language not in built:
            built[language] = OpeningHours(
                [schedule.as_schedule() for schedule in self.opening_schedules.all()],
                self.opening_exceptions.all(),
            )
        return built[language]

    def opening_status(self, at: datetime | None = None) -> OpeningStatus | None:
        hours = self.opening_hours
        return hours.status(at or timezone.now()) if hours.is_set else None
