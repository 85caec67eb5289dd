"""What the admin of every site's visitor requests shares (VVV bookings, Expat Centre
appointments): staff set a status and a note for colleagues; what the visitor sent is shown
read-only, newest first, and exported as CSV; the newest unhandled ones are on the dashboard.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .snippets import SnippetViewSet

# The dashboard shows this many of the newest unhandled requests; the listing has them all.
NEW_REQUESTS_ON_DASHBOARD = 8


def as_sent(*layout) -> list:
    """Read-only panels: a field name is a panel of its own, a tuple of names one row."""
    return [
        FieldRowPanel([FieldPanel(name, read_only=True) for name in item])
        if isinstance(item, tuple)
        else FieldPanel(item, read_only=True)
        for item in layout
    ]


def request_panels(request_layout, visitor_layout) -> list:
    """The edit form: what staff change first, then the request and the visitor as sent,
    with when the mails to the visitor and to staff went out."""
    mailed = ("confirmation_mailed_at", "staff_mailed_at")
    return [
        MultiFieldPanel([FieldPanel("status"), FieldPanel("staff_note")], heading=_("Handling")),
        MultiFieldPanel(as_sent(*request_layout), heading=_("The request")),
        MultiFieldPanel(as_sent(*visitor_layout, mailed), heading=_("The visitor")),
    ]


def export_columns(*request_columns) -> list[str]:
    """The CSV's columns: when and in what state, the request's own, then what every
    request keeps about its visitor and its handling."""
    return [
        "created_at",
        "status",
        *request_columns,
        "remarks",
        "language",
        "consent_at",
        "confirmation_mailed_at",
        "staff_mailed_at",
        "staff_note",
    ]


class VisitorRequestViewSet(SnippetViewSet):
    add_to_admin_menu = True
    ordering = ["-created_at"]


def newest_unhandled(model) -> list:
    """What the site's dashboard panel lists: the newest requests still marked new."""
    unhandled = model.objects.filter(status=model.NEW).order_by("-created_at")
    return list(unhandled[:NEW_REQUESTS_ON_DASHBOARD])
