"""A tour's page and its booking request: stored first, the mails go out as tasks."""

from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language

from leiden_site.forms import is_robot
from leiden_site.page_views import page_view, render_page
from leiden_site.throttle import TOO_MANY_REQUESTS, TOUR_BOOKING, over_limit

from ..forms import BookingRequestForm
from ..models import ProductPage
from ..tasks import mail_booking_confirmation, mail_booking_to_staff


@page_view(ProductPage, "product")
def product_view(product, request):
    return render_page(product, request)


@page_view(ProductPage, "booking")
def booking_view(tour, request):
    if not tour.is_tour:
        raise Http404("Only tours take booking requests.")
    form, sent, status = handle_booking_form(tour, request)
    return render_page(
        tour,
        request,
        status=status,
        template="vvv/product_page_booking.html",
        booking_form=form,
        booking_sent=sent,
    )


def handle_booking_form(tour, request) -> tuple[BookingRequestForm, bool, int]:
    """(the form to show, whether a request was just stored, the status)."""
    if request.method != "POST":
        initial = {"party_size": tour.min_group_size}
        if get_language() in tour.languages:
            initial["tour_language"] = get_language()
        return BookingRequestForm(tour=tour, initial=initial), False, 200
    if is_robot(request):
        return BookingRequestForm(tour=tour), True, 200  # store nothing
    form = BookingRequestForm(request.POST, tour=tour)
    if over_limit(request, TOUR_BOOKING, request.POST.get("email", "")):
        form.add_error(None, TOO_MANY_REQUESTS)
        return form, False, 429
    if not form.is_valid():
        return form, False, 200
    with transaction.atomic():
        booking = form.save(commit=False)
        booking.tour = tour
        booking.tour_title = tour.title_nl or tour.title
        booking.language = get_language()
        booking.consent_at = timezone.now()
        booking.save()
        # Both mails are tasks, enqueued once the request is safely committed.
        transaction.on_commit(lambda: mail_booking_confirmation.enqueue(booking_id=booking.pk))
        transaction.on_commit(lambda: mail_booking_to_staff.enqueue(booking_id=booking.pk))
    return BookingRequestForm(tour=tour), True, 200
