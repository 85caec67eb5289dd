"""The VVV's admin: booking requests, for VVV staff and moderators only."""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet

from leiden_site.dashboard import SITE_REQUESTS_HOOK, PanelItem
from leiden_site.request_admin import (
    VisitorRequestViewSet,
    export_columns,
    newest_unhandled,
    request_panels,
)

from .models import BookingRequest


class BookingRequestViewSet(VisitorRequestViewSet):
    """Staff read a request, then set its status; what the visitor sent stays as sent."""

    model = BookingRequest
    icon = "date"
    menu_label = _("Booking requests")
    menu_order = 250
    list_display = ["tour_title", "date", "party_size", "name", "status", "created_at"]
    list_filter = ["status", "date", "tour_language"]
    search_fields = ["name", "email", "phone", "tour_title"]
    list_export = export_columns(
        "tour_title", "date", "party_size", "tour_language", "name", "email", "phone"
    )
    export_filename = "booking-requests"
    panels = request_panels(
        ["tour_title", ("date", "party_size", "tour_language"), "remarks"],
        ["name", ("email", "phone")],
    )


register_snippet(BookingRequestViewSet)


@hooks.register(SITE_REQUESTS_HOOK)
def new_booking_requests(site_key, request):
    if site_key != "vvv" or not request.user.has_perm("vvv.view_bookingrequest"):
        return None
    return [
        PanelItem(
            title=f"{booking.tour_title}: {booking.name}",
            url=reverse("wagtailsnippets_vvv_bookingrequest:edit", args=[booking.pk]),
            detail=_("%(date)s, %(count)s people")
            % {"date": date_format(booking.date), "count": booking.party_size},
        )
        for booking in newest_unhandled(BookingRequest)
    ]
