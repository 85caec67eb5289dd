"""The VVV's admin: booking requests, for VVV staff and moderators only."""

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet

from leiden_site.dashboard import SITE_REQUESTS_HOOK, PanelItem
from leiden_site.snippets import SnippetViewSet

from .models import BookingRequest


class BookingRequestViewSet(SnippetViewSet):
    """Staff read a request, then set its status; what the visitor sent stays as sent."""

    model = BookingRequest
    icon = "date"
    menu_label = _("Booking requests")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["tour_title", "date", "party_size", "name", "status", "created_at"]
    list_filter = ["status", "date", "tour_language"]
    search_fields = ["name", "email", "phone", "tour_title"]
    ordering = ["-created_at"]
    list_export = [
        "created_at",
        "status",
        "tour_title",
        "date",
        "party_size",
        "tour_language",
        "name",
        "email",
        "phone",
        "remarks",
        "language",
        "consent_at",
        "confirmation_mailed_at",
        "staff_mailed_at",
        "staff_note",
    ]
    export_filename = "booking-requests"
    panels = [
        MultiFieldPanel([FieldPanel("status"), FieldPanel("staff_note")], heading=_("Handling")),
        MultiFieldPanel(
            [
                FieldPanel("tour_title", read_only=True),
                FieldRowPanel(
                    [
                        FieldPanel("date", read_only=True),
                        FieldPanel("party_size", read_only=True),
                        FieldPanel("tour_language", read_only=True),
                    ]
                ),
                FieldPanel("remarks", read_only=True),
            ],
            heading=_("The request"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name", read_only=True),
                FieldRowPanel(
                    [FieldPanel("email", read_only=True), FieldPanel("phone", read_only=True)]
                ),
                FieldRowPanel(
                    [
                        FieldPanel("confirmation_mailed_at", read_only=True),
                        FieldPanel("staff_mailed_at", read_only=True),
                    ]
                ),
            ],
            heading=_("The visitor"),
        ),
    ]


register_snippet(BookingRequestViewSet)


# The dashboard shows this many of the newest unhandled requests; the listing has them all.
NEW_REQUESTS_ON_DASHBOARD = 8


@hooks.register(SITE_REQUESTS_HOOK)
def new_booking_requests(site_key, request):
    if site_key != "vvv" or not request.user.has_perm("vvv.view_bookingrequest"):
        return None
    bookings = BookingRequest.objects.filter(status=BookingRequest.NEW).order_by("-created_at")
    return [
        PanelItem(
            title=f"{booking.tour_title}: {booking.name}",
            url=reverse("wagtailsnippets_vvv_bookingrequest:edit", args=[booking.pk]),
            detail=_("%(date)s, %(count)s people")
            % {"date": date_format(booking.date), "count": booking.party_size},
        )
        for booking in bookings[:NEW_REQUESTS_ON_DASHBOARD]
    ]
