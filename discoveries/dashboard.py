"""Dashboard panel of the brand site: upcoming events that are not ready for visitors
in every language or on every card (no image, or no English translation)."""

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from leiden_site.dashboard import ListPanel, PanelItem, in_group
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS

from .models import EventOccurrence, EventPage


def events_needing_work():
    upcoming = EventOccurrence.objects.of_live_events().not_ended().values("event_id")
    return (
        EventPage.objects.live()
        .filter(pk__in=upcoming)
        .filter(Q(image__isnull=True) | Q(title_en__isnull=True) | Q(title_en=""))
        .order_by("title")
    )


def events_panel(request):
    user = request.user
    if not (in_group(user, MARKETING_EDITORS) or in_group(user, MARKETING_MODERATORS)):
        return None
    items = []
    for event in events_needing_work():
        problems = []
        if event.image_id is None:
            problems.append(_("no image"))
        if not event.title_en:
            problems.append(_("no English translation"))
        items.append(
            PanelItem(
                event.title,
                reverse("wagtailadmin_pages:edit", args=[event.pk]),
                ", ".join(problems),
            )
        )
    return ListPanel(
        "events_needing_work",
        _("Upcoming events without an image or English translation"),
        items,
        _("Every upcoming event has an image and an English translation."),
        order=155,
    )


def add_event_panels(request, panels):
    panel = events_panel(request)
    if panel:
        panels.append(panel)
