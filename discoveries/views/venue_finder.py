"""Meet in Leiden: the venue finder and the request for proposal."""

from urllib.parse import urlencode

from django.conf import settings
from django.db import transaction
from django.utils.translation import get_language

from leiden_site.fields import MultipleChoiceField
from leiden_site.forms import is_robot, resent_values
from leiden_site.listing import bind_filters, with_renditions
from leiden_site.page_cache import reads_query
from leiden_site.page_views import page_view, render_page
from leiden_site.throttle import (
    CONGRESS_CONFIRMATION,
    CONGRESS_REQUEST,
    TOO_MANY_REQUESTS,
    over_limit,
)

from ..forms import CongressRequestForm, RequestPrefillForm, VenueFinderForm
from ..models import CongressRequest, VenueIndexPage, VenuePage
from ..tasks import mail_congress_confirmation, mail_congress_request


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


# What an organiser chose on the way to the request form, in the order links carry it.
CHOICE_PARAMETERS = ("min_capacity", "setup", "start_date", "end_date")


def valid_choices(request) -> dict:
    """The organiser's choices among CHOICE_PARAMETERS that hold; the others are dropped."""
    reads_query(request, *CHOICE_PARAMETERS)
    finder = VenueFinderForm(request.GET)
    finder.is_valid()
    dates = RequestPrefillForm(request.GET).initial_values()
    values = {**finder.cleaned_data, **dates}
    return {name: values[name] for name in CHOICE_PARAMETERS if values.get(name)}


@page_view(VenuePage, "venue")
def venue_view(venue, request):
    choices = valid_choices(request)
    return render_page(venue, request, proposal_query=urlencode({"venue": venue.pk, **choices}))


@page_view(VenueIndexPage, "venue_finder")
def venue_finder_view(index, request):
    finder, data, errors = bind_filters(VenueFinderForm, request)
    choices = {name: data[name] for name in ("min_capacity", "setup") if data.get(name)}
    request_form, sent_request, status = _handle_request_form(request, data)
    return render_page(
        index,
        request,
        status=400 if errors else status,
        finder_form=finder,
        errors=errors,
        venues=find_venues(index, data),
        choice_query=urlencode(choices),
        request_form=request_form,
        request_sent=sent_request is not None,
        sent_request=sent_request,
    )


def prefilled_values(request, finder_data: dict) -> dict:
    """What the organiser chose before: the finder's guests and setup, and the venue and
    dates of the link that brought them here (declared to the page cache)."""
    reads_query(request, *RequestPrefillForm.base_fields)
    values = RequestPrefillForm(request.GET).initial_values()
    if finder_data.get("min_capacity"):
        values["attendees"] = finder_data["min_capacity"]
    if finder_data.get("setup"):
        values["setup"] = finder_data["setup"]
    return values


def _handle_request_form(request, finder_data: dict):
    """(the request form to show, the request just stored or None, the status)."""
    if request.method != "POST":
        initial = {**prefilled_values(request, finder_data), **resent_values(request)}
        return CongressRequestForm(initial=initial), None, 200
    if is_robot(request):
        return CongressRequestForm(), CongressRequest(), 200  # store nothing
    form = CongressRequestForm(request.POST)
    recipient = request.POST.get("email", "")
    if over_limit(request, CONGRESS_REQUEST, settings.CONGRESS_DESK_EMAIL) or over_limit(
        request, CONGRESS_CONFIRMATION, recipient
    ):
        form.add_error(None, TOO_MANY_REQUESTS)
        return form, None, 429
    if not form.is_valid():
        return form, None, 200
    with transaction.atomic():
        congress_request = form.save(commit=False)
        congress_request.language = get_language()
        congress_request.save()
        # The mails are tasks, enqueued once the request (and its reference) is committed.
        transaction.on_commit(lambda: mail_congress_request.enqueue(request_id=congress_request.pk))
        transaction.on_commit(
            lambda: mail_congress_confirmation.enqueue(request_id=congress_request.pk)
        )
    return CongressRequestForm(), congress_request, 200
