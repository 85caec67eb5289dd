"""The Expat Centre's visitor forms: the arrival checklist's questions, the employer filter
and the appointment request.

The first two are GET forms: their answers live in the URL, and nothing is stored.
"""

from datetime import timedelta
from urllib.parse import urlencode

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from leiden_site.forms import HoneypotMixin, PageChoiceField, PageMultipleChoiceField

from .arrival_rules import ACTIVITIES, ORIGINS, YES, YES_NO, Answers
from .models import EMPLOYER_SECTORS, AppointmentRequest, EmployerPage, ServicePage
from .models.appointments import MAX_FAMILY_MEMBERS

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


# Appointments: the desk plans at most a year ahead, and a visitor who arrived more than a
# year ago, or arrives more than a year from now, has typed the wrong year.
APPOINTMENT_DAYS_AHEAD = 366
APPOINTMENT_ARRIVAL_DAYS = 366


def date_field(label, required=True) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Enter a date that exists, such as 2027-05-14.")},
    )


class AppointmentRequestForm(HoneypotMixin, forms.ModelForm):
    """A request for an appointment at the desk, on days the desk is open."""

    services = PageMultipleChoiceField(
        label=_("What is the appointment about?"),
        queryset=ServicePage.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Choose at least one service."),
            "invalid_choice": _("We do not offer that service; please choose again."),
            "invalid_pk_value": _("We do not offer that service; please choose again."),
            "invalid_list": _("Choose at least one service."),
        },
    )
    employer = PageChoiceField(
        label=_("Your employer, if it is in our list"),
        queryset=EmployerPage.objects.none(),
        required=False,
        empty_label=_("Not in the list, or none"),
        error_messages={"invalid_choice": _("That employer is not in our list.")},
    )
    arrival_date = date_field(_("Date of arrival in the Netherlands"))
    first_choice = date_field(_("Preferred date"))
    second_choice = date_field(_("Second choice"), required=False)
    third_choice = date_field(_("Third choice"), required=False)
    family_members = forms.IntegerField(
        label=_("Family members coming to the appointment"),
        min_value=0,
        max_value=MAX_FAMILY_MEMBERS,
        initial=0,
        error_messages={
            "invalid": _("Enter the number as a whole number."),
            "min_value": _("The number cannot be below zero."),
            "max_value": _("For more than %(limit_value)s people, please call us."),
        },
    )
    consent = forms.BooleanField(
        label=_("I agree that the Expat Centre stores my details to handle this request."),
        error_messages={"required": _("We can only handle your request with your consent.")},
    )

    class Meta:
        model = AppointmentRequest
        fields = [
            "services",
            "name",
            "email",
            "phone",
            "nationality",
            "employer",
            "employer_name",
            "arrival_date",
            "first_choice",
            "second_choice",
            "third_choice",
            "family_members",
            "remarks",
        ]
        labels = {"employer_name": _("Or the name of your employer")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "remarks": forms.Textarea(attrs={"rows": 4}),
        }
        error_messages = {
            "nationality": {"invalid_choice": _("Choose a country from the list.")},
            "email": {"invalid": _("Enter an email address such as name@example.org.")},
        }

    def __init__(self, *args, page, opening_hours=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["services"].queryset = page.services()
        self.fields["employer"].queryset = page.employers()
        self.opening_hours = opening_hours
        today = timezone.localdate()
        arrival_window = timedelta(days=APPOINTMENT_ARRIVAL_DAYS)
        self.fields["arrival_date"].widget.attrs.update(
            min=(today - arrival_window).isoformat(), max=(today + arrival_window).isoformat()
        )
        for name in ("first_choice", "second_choice", "third_choice"):
            self.fields[name].widget.attrs.update(
                min=today.isoformat(),
                max=(today + timedelta(days=APPOINTMENT_DAYS_AHEAD)).isoformat(),
            )
        self.fields["first_choice"].help_text = _(
            "A day the desk is open; we confirm the time by email."
        )

    def clean_arrival_date(self):
        day = self.cleaned_data["arrival_date"]
        today = timezone.localdate()
        if abs((day - today).days) > APPOINTMENT_ARRIVAL_DAYS:
            raise forms.ValidationError(
                _("Enter an arrival date within a year before or after today.")
            )
        return day

    def clean_preferred(self, name):
        day = self.cleaned_data.get(name)
        if day is None:
            return day
        today = timezone.localdate()
        if day < today:
            raise forms.ValidationError(_("That date has passed; choose today or later."))
        if day > today + timedelta(days=APPOINTMENT_DAYS_AHEAD):
            raise forms.ValidationError(_("We plan appointments up to a year ahead."))
        hours = self.opening_hours
        if hours is not None and hours.is_set and not hours.hours_on(day).intervals:
            closed = hours.hours_on(day)
            raise forms.ValidationError(
                _("The desk is closed on %(day)s%(reason)s; please choose another day.")
                % {
                    "day": formats.date_format(day, "l j F Y"),
                    "reason": f" ({closed.label})" if closed.label else "",
                }
            )
        return day

    def clean_first_choice(self):
        return self.clean_preferred("first_choice")

    def clean_second_choice(self):
        return self.clean_preferred("second_choice")

    def clean_third_choice(self):
        return self.clean_preferred("third_choice")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("employer") and cleaned.get("employer_name"):
            self.add_error(
                "employer_name",
                _("Choose your employer from the list or type its name, not both."),
            )
        days = [cleaned.get(name) for name in ("first_choice", "second_choice", "third_choice")]
        chosen = [day for day in days if day]
        if len(set(chosen)) < len(chosen):
            self.add_error("third_choice" if days[2] else "second_choice", _("Choose another day."))
        return cleaned

    def save(self, commit=True):
        appointment = super().save(commit=False)
        services = self.cleaned_data["services"]
        appointment.services_requested = ", ".join(
            service.title_nl or service.title for service in services
        )[:500]
        employer = self.cleaned_data.get("employer")
        if employer is not None:
            appointment.employer_name = employer.title_nl or employer.title
        if commit:
            appointment.save()
            self.save_m2m()
        return appointment
