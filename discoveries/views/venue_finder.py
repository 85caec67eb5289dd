"""Meet in Leiden: the venue finder and the request for proposal."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import get_language

from leiden_site.fields import MultipleChoiceField
from leiden_site.forms import is_robot, resent_values
from leiden_site.listing import bind_filters, with_renditions
from leiden_site.page_cache import query_parameter
from leiden_site.page_views import page_view, render_page
from leiden_site.throttle import CONGRESS_REQUEST, TOO_MANY_REQUESTS, over_limit

from ..forms import CongressRequestForm, VenueFinderForm
from ..models import VenueIndexPage, VenuePage
from ..tasks import mail_congress_request


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


@page_view(VenueIndexPage, "venue_finder")
def venue_finder_view(index, request):
    finder, data, errors = bind_filters(VenueFinderForm, request)
    request_form, request_sent, status = _handle_request_form(request)
    return render_page(
        index,
        request,
        status=400 if errors else status,
        finder_form=finder,
        errors=errors,
        venues=find_venues(index, data),
        request_form=request_form,
        request_sent=request_sent,
    )


def _handle_request_form(request):
    """(the request form to show, whether a request was just sent, the status)."""
    if request.method != "POST":
        initial = {"venue": query_parameter(request, "venue") or None, **resent_values(request)}
        return CongressRequestForm(initial=initial), False, 200
    if is_robot(request):
        return CongressRequestForm(), True, 200  # store nothing
    form = CongressRequestForm(request.POST)
    if over_limit(request, CONGRESS_REQUEST, settings.CONGRESS_DESK_EMAIL):
        form.add_error(None, TOO_MANY_REQUESTS)
        return form, False, 429
    if not form.is_valid():
        return form, False, 200
    with transaction.atomic():
        congress_request = form.save(commit=False)
        congress_request.language = get_language()
        congress_request.save()
        # The mail to the congress desk is a task, enqueued once the request is committed.
        transaction.on_commit(lambda: mail_congress_request.enqueue(request_id=congress_request.pk))
    return CongressRequestForm(), True, 200
