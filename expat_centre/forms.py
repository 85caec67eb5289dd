"""The Expat Centre's visitor forms: the arrival checklist's questions and the employer filter.

Both are GET forms: their answers live in the URL, and nothing is stored.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from .arrival_rules import ACTIVITIES, ORIGINS, YES, YES_NO, Answers
from .models import EMPLOYER_SECTORS

# How far from today an arrival date may lie: a checklist for someone who arrived up to a
# year ago still helps; further away, the rules and the dates stop making sense.
ARRIVAL_DAYS_BEFORE_TODAY = 366
ARRIVAL_DAYS_AFTER_TODAY = 2 * 366


def radio_choice(label, choices, **kwargs) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Please answer this question."),
            "invalid_choice": _("That is not one of the answers; please choose again."),
        },
        **kwargs,
    )


class OneValueEachMixin:
    """A parameter given twice in the URL is refused rather than one of its values guessed."""

    def clean(self):
        cleaned = super().clean()
        for name in self.fields:
            if hasattr(self.data, "getlist") and len(self.data.getlist(name)) > 1:
                self.add_error(name, _("Give one answer only."))
        return cleaned


class ArrivalForm(OneValueEachMixin, forms.Form):
    origin = radio_choice(_("I am"), ORIGINS)
    family = radio_choice(_("Is your partner or are your children moving with you?"), YES_NO)
    sponsor = radio_choice(
        _("Is your employer or university a recognised sponsor of the IND?"),
        YES_NO,
        help_text=_(
            "Most universities and larger employers are; our list of employers shows many."
        ),
    )
    activity = radio_choice(_("I am coming to"), ACTIVITIES)
    arrival = forms.DateField(
        label=_("Arrival date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={
            "required": _("Please give your arrival date."),
            "invalid": _(
                "That is not a date we can read; please use the date picker or YYYY-MM-DD."
            ),
        },
    )

    @classmethod
    def from_query(cls, query):
        """Bound when the URL answers any of the questions; a bare page shows the form only."""
        return cls(query if any(name in query for name in cls.base_fields) else None)

    @staticmethod
    def arrival_window(today=None):
        today = today or timezone.localdate()
        return (
            today - timedelta(days=ARRIVAL_DAYS_BEFORE_TODAY),
            today + timedelta(days=ARRIVAL_DAYS_AFTER_TODAY),
        )

    def clean_arrival(self):
        arrival = self.cleaned_data["arrival"]
        first, last = self.arrival_window()
        if not first <= arrival <= last:
            raise forms.ValidationError(
                _("Choose an arrival date between %(first)s and %(last)s."),
                params={
                    "first": formats.date_format(first, "DATE_FORMAT"),
                    "last": formats.date_format(last, "DATE_FORMAT"),
                },
            )
        return arrival

    def answers(self) -> Answers:
        data = self.cleaned_data
        return Answers(
            origin=data["origin"],
            family=data["family"] == YES,
            sponsor=data["sponsor"] == YES,
            activity=data["activity"],
            arrival=data["arrival"],
        )

    def query_string(self) -> str:
        """The answers as a clean query string, for the iCal link."""
        data = self.cleaned_data
        answers = {name: data[name] for name in self.fields if name != "arrival"}
        return urlencode({**answers, "arrival": data["arrival"].isoformat()})


class EmployerFilterForm(OneValueEachMixin, forms.Form):
    sector = forms.ChoiceField(
        label=_("Sector"),
        choices=[("", _("All sectors")), *EMPLOYER_SECTORS],
        required=False,
        error_messages={"invalid_choice": _("We do not know that sector.")},
    )
