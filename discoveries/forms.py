"""The brand site's visitor forms: listing filters, the request for proposal, the newsletter."""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from leiden_site.forms import HoneypotMixin, PageChoiceField
from leiden_site.models import Theme

from .models import (
    AUDIENCES,
    FACILITIES,
    SETUPS,
    CongressRequest,
    PlacePage,
    Subscriber,
    VenuePage,
)

AGENDA_PRESETS = [
    ("today", _("Today")),
    ("tomorrow", _("Tomorrow")),
    ("weekend", _("This weekend")),
    ("week", _("This week")),
    ("month", _("This month")),
]
AGENDA_TEXT_MAX_LENGTH = 100
AGENDA_MAX_RANGE_DAYS = 366 * 2
# Wide enough for any real plan, and far enough from the calendar's end (year 9999) that
# the day after a range, where its exclusive end lies, always exists.
AGENDA_FIRST_DAY = datetime.date(1900, 1, 1)
AGENDA_LAST_DAY = datetime.date(2999, 12, 31)
MAX_ATTENDEES = 100_000


def theme_choice_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=_("Theme"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All themes"),
        error_messages={"invalid_choice": _("We do not know that theme.")},
    )


class StoryFilterForm(forms.Form):
    theme = theme_choice_field()


class PlaceFilterForm(forms.Form):
    theme = theme_choice_field()
    place_type = forms.ChoiceField(
        label=_("Kind of place"),
        choices=[("", _("All kinds")), *PlacePage.PLACE_TYPES],
        required=False,
    )
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    accessible = forms.BooleanField(label=_("Wheelchair accessible"), required=False)


def within_agenda_calendar(day: datetime.date) -> None:
    if not AGENDA_FIRST_DAY <= day <= AGENDA_LAST_DAY:
        raise ValidationError(
            _("Choose a date in the years %(first)s to %(last)s."),
            code="out_of_range",
            params={"first": AGENDA_FIRST_DAY.year, "last": AGENDA_LAST_DAY.year},
        )


def agenda_date_field(label) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        validators=[within_agenda_calendar],
        widget=forms.DateInput(
            attrs={
                "type": "date",
                "min": AGENDA_FIRST_DAY.isoformat(),
                "max": AGENDA_LAST_DAY.isoformat(),
            }
        ),
    )


class AgendaFilterForm(forms.Form):
    when = forms.ChoiceField(
        label=_("When"), choices=[("", _("Any time")), *AGENDA_PRESETS], required=False
    )
    date_from = agenda_date_field(_("From"))
    date_to = agenda_date_field(_("Until"))
    theme = theme_choice_field()
    audience = forms.ChoiceField(
        label=_("For"), choices=[("", _("Everyone")), *AUDIENCES], required=False
    )
    free = forms.BooleanField(label=_("Free only"), required=False)
    q = forms.CharField(
        label=_("Search the agenda"),
        required=False,
        max_length=AGENDA_TEXT_MAX_LENGTH,
        strip=True,
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The end date comes before the start date."))
        elif start and end and (end - start).days > AGENDA_MAX_RANGE_DAYS:
            self.add_error("date_to", _("Choose a period of at most two years."))
        return cleaned


class VenueFinderForm(forms.Form):
    min_capacity = forms.IntegerField(
        label=_("Number of guests"), required=False, min_value=1, max_value=MAX_ATTENDEES
    )
    setup = forms.ChoiceField(
        label=_("Room setup"), choices=[("", _("Any setup")), *SETUPS], required=False
    )
    facilities = forms.MultipleChoiceField(
        label=_("Facilities"),
        choices=FACILITIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class CongressRequestForm(HoneypotMixin, forms.ModelForm):
    class Meta:
        model = CongressRequest
        fields = [
            "venue",
            "name",
            "organisation",
            "email",
            "phone",
            "start_date",
            "end_date",
            "attendees",
            "setup",
            "message",
        ]
        field_classes = {"venue": PageChoiceField}
        widgets = {
            # ISO dates, whatever the language: what a date input reads and writes.
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["venue"].queryset = VenuePage.objects.live()
        self.fields["venue"].empty_label = _("No preference")
        self.fields["attendees"].max_value = MAX_ATTENDEES
        self.fields["attendees"].widget.attrs["max"] = MAX_ATTENDEES

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The last day comes before the first."))
        attendees = cleaned.get("attendees")
        if attendees and attendees > MAX_ATTENDEES:
            self.add_error("attendees", _("That is more guests than Leiden can seat."))
        return cleaned


class RequestPrefillForm(forms.Form):
    """What the request for proposal takes over from the finder's or a venue page's link.

    The finder's own fields (guests, setup) come from its form; these are the rest. Each value
    is checked on its own, and one that does not hold is left out, never an error.
    """

    venue = PageChoiceField(queryset=VenuePage.objects.live(), required=False)
    start_date = forms.DateField(required=False)
    end_date = forms.DateField(required=False)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            del cleaned["end_date"]
        return cleaned

    def initial_values(self) -> dict:
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value not in (None, "") and name not in self.errors
        }


class NewsletterSignUpForm(HoneypotMixin, forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=Subscriber._meta.get_field("email").max_length,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    interests = forms.ModelMultipleChoiceField(
        label=_("I am interested in"),
        queryset=Theme.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consent = forms.BooleanField(
        label=_("I agree that Leiden Marketing stores my address to send me the newsletter."),
        error_messages={"required": _("We can only send the newsletter with your consent.")},
    )
