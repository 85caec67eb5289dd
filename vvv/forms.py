"""The VVV's visitor forms: the product filters and the tour booking request."""

import datetime
from datetime import timedelta

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from leiden_site.forms import HoneypotMixin

from .models import CATEGORIES, TOUR_LANGUAGES, BookingRequest
from .models.products import MAX_PRICE

# Filters and bookings look ahead at most this far: further is a typo, not a plan.
LOOK_AHEAD_DAYS = 2 * 366
BOOKING_AHEAD_DAYS = 366

TOO_EXPENSIVE = _("Our prices stay below 10,000 euros.")

SORT_ORDERS = [
    ("", _("Our choice")),
    ("price", _("Price, low to high")),
    ("-price", _("Price, high to low")),
    ("name", _("Name")),
    ("duration", _("Duration, short to long")),
]


def date_input() -> forms.DateInput:
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def price_field(label) -> forms.DecimalField:
    return forms.DecimalField(
        label=label,
        required=False,
        min_value=0,
        max_value=MAX_PRICE,
        max_digits=6,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"min": 0, "max": MAX_PRICE, "step": "0.01"}),
        error_messages={
            "invalid": _("Enter a price in euros, such as 12.50."),
            "min_value": _("A price cannot be below zero."),
            "max_value": TOO_EXPENSIVE,
            "max_digits": TOO_EXPENSIVE,
            "max_whole_digits": TOO_EXPENSIVE,
            "max_decimal_places": _("Give the price in whole cents."),
        },
    )


class ProductFilterForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Category"),
        choices=[("", _("Everything")), *CATEGORIES],
        required=False,
        error_messages={"invalid_choice": _("We do not know that category.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the tour"),
        choices=[("", _("Any language")), *TOUR_LANGUAGES],
        required=False,
        error_messages={"invalid_choice": _("We offer no tours in that language.")},
    )
    price_min = price_field(_("Lowest price (€)"))
    price_max = price_field(_("Highest price (€)"))
    date = forms.DateField(
        label=_("Available on"),
        required=False,
        widget=date_input(),
        error_messages={"invalid": _("Enter a date that exists, such as 2027-05-14.")},
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=SORT_ORDERS,
        required=False,
        error_messages={"invalid_choice": _("We cannot sort that way; showing our choice.")},
    )

    def clean_date(self):
        day = self.cleaned_data.get("date")
        today = timezone.localdate()
        if day and day < today:
            raise forms.ValidationError(_("Choose today or a later date."))
        if day and day > today + timedelta(days=LOOK_AHEAD_DAYS):
            raise forms.ValidationError(_("Choose a date within the next two years."))
        return day

    def clean(self):
        cleaned = super().clean()
        lowest, highest = cleaned.get("price_min"), cleaned.get("price_max")
        if lowest is not None and highest is not None and highest < lowest:
            self.add_error("price_max", _("The highest price is below the lowest."))
        return cleaned


class BookingRequestForm(HoneypotMixin, forms.ModelForm):
    """A request for one tour: the tour's own season, days, party sizes and languages."""

    date = forms.DateField(
        label=_("Date"),
        widget=date_input(),
        error_messages={"invalid": _("Enter a date that exists, such as 2027-05-14.")},
    )
    party_size = forms.IntegerField(
        label=_("Number of people"),
        error_messages={"invalid": _("Enter the number of people as a whole number.")},
    )
    consent = forms.BooleanField(
        label=_("I agree that VVV Leiden stores my details to handle this request."),
        error_messages={"required": _("We can only handle your request with your consent.")},
    )

    class Meta:
        model = BookingRequest
        fields = ["date", "party_size", "tour_language", "name", "email", "phone", "remarks"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "remarks": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, tour, **kwargs):
        super().__init__(*args, **kwargs)
        self.tour = tour
        self.fields["tour_language"].choices = [
            (code, label) for code, label in TOUR_LANGUAGES if code in tour.languages
        ]
        self.fields["tour_language"].error_messages["invalid_choice"] = _(
            "This tour is not given in that language."
        )
        size = self.fields["party_size"]
        size.widget.attrs.update(min=tour.min_group_size, max=tour.max_group_size)
        size.help_text = _("From %(min)s to %(max)s people.") % {
            "min": tour.min_group_size,
            "max": tour.max_group_size,
        }
        today = timezone.localdate()
        self.fields["date"].widget.attrs.update(
            min=today.isoformat(), max=(today + timedelta(days=BOOKING_AHEAD_DAYS)).isoformat()
        )

    def clean_date(self):
        day = self.cleaned_data["date"]
        today = timezone.localdate()
        if day < today:
            raise forms.ValidationError(_("That date has passed; choose today or later."))
        if day > today + timedelta(days=BOOKING_AHEAD_DAYS):
            raise forms.ValidationError(_("We take requests up to a year ahead."))
        if not self.tour.runs_on(day):
            raise forms.ValidationError(self.not_running_message(day))
        return day

    def not_running_message(self, day: datetime.date) -> str:
        tour = self.tour
        if (tour.available_from and day < tour.available_from) or (
            tour.available_until and day > tour.available_until
        ):
            return _("The tour does not run then: its season is %(season)s.") % {
                "season": self.season_text()
            }
        return _("The tour does not run on that day of the week. It runs on: %(days)s.") % {
            "days": ", ".join(str(label) for label in tour.weekday_labels)
        }

    def season_text(self) -> str:
        tour = self.tour
        start = formats.date_format(tour.available_from) if tour.available_from else ""
        end = formats.date_format(tour.available_until) if tour.available_until else ""
        if start and end:
            return _("%(start)s to %(end)s") % {"start": start, "end": end}
        if start:
            return _("from %(start)s") % {"start": start}
        return _("until %(end)s") % {"end": end}

    def clean_party_size(self):
        size = self.cleaned_data["party_size"]
        lowest, highest = self.tour.min_group_size, self.tour.max_group_size
        if not lowest <= size <= highest:
            raise forms.ValidationError(
                _("This tour takes parties of %(min)s to %(max)s people.")
                % {"min": lowest, "max": highest}
            )
        return size
