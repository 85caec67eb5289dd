"""Meet in Leiden: the venue finder and the request for proposal."""

from django import forms
from django.db import transaction
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from leiden_site.fields import MultipleChoiceField
from leiden_site.listing import bind_filters, with_renditions

from .models import FACILITIES, SETUPS, CongressRequest, VenuePage
from .tasks import mail_congress_request

MAX_ATTENDEES = 100_000


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


class CongressRequestForm(forms.ModelForm):
    website_url = forms.CharField(required=False, label=_("Leave this field empty"))  # honeypot

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
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}),
            "end_date": forms.DateInput(attrs={"type": "date"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def __init__(self, *args, venues=(), **kwargs):
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


def find_venues(index, data: dict):
    venues = VenuePage.objects.live().child_of(index)
    if data.get("min_capacity"):
        venues = venues.filter(max_capacity__gte=data["min_capacity"])
    for facility in data.get("facilities") or []:
        venues = venues.filter(facilities__contains=MultipleChoiceField.contains(facility))
    venues = list(
        venues.select_related("image")
        .prefetch_related("rooms", with_renditions("image"))
        .order_by("title_nl")
    )
    setup, guests = data.get("setup"), data.get("min_capacity") or 1
    if setup:
        venues = [venue for venue in venues if venue.capacity_for(setup) >= guests]
    return venues


def venue_finder_view(index, request):
    finder, data, errors = bind_filters(VenueFinderForm, request)
    request_form, request_sent = _handle_request_form(request)
    context = index.get_context(request)
    context.update(
        finder_form=finder,
        errors=errors,
        venues=find_venues(index, data),
        request_form=request_form,
        request_sent=request_sent,
    )
    status = 400 if errors else 200
    return TemplateResponse(request, index.get_template(request), context, status=status)


def _handle_request_form(request):
    if request.method != "POST":
        return CongressRequestForm(initial={"venue": request.GET.get("venue") or None}), False
    form = CongressRequestForm(request.POST)
    if request.POST.get("website_url"):
        return CongressRequestForm(), True  # a robot: pretend, store nothing
    if not form.is_valid():
        return form, False
    with transaction.atomic():
        congress_request = form.save(commit=False)
        congress_request.language = get_language()
        congress_request.save()
        transaction.on_commit(lambda: mail_congress_request.enqueue(request_id=congress_request.pk))
    return CongressRequestForm(), True
