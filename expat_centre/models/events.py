"""Events for internationals: the shared agenda's own event pages, never copies."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from discoveries.models import EventOccurrence
from leiden_site.models import BasePage
from leiden_site.panels import TranslationStatusPanel

# The agenda's audience (discoveries.models.events.AUDIENCES) this site lists.
INTERNATIONALS = "internationals"
# The page lists the next this many events; the agenda has the rest.
EVENTS_LISTED = 30


def upcoming_for_internationals(limit: int) -> list[EventOccurrence]:
    """The next `limit` live events for internationals, each once with its next date that
    has not ended, soonest first; with what an entry shows, in a fixed number of queries."""
    return list(
        EventOccurrence.objects.of_live_events()
        .for_audience(INTERNATIONALS)
        .next_per_event()
        .for_cards()
        .order_by("start", "pk")[:limit]
    )


class ExpatEventsPage(BasePage):
    """Lists the agenda's events whose audience includes internationals, each linking to
    its page on the brand site and to its iCal file."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    search_text_fields = ("intro",)
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = []
    max_count = 1
    template = "expat_centre/expat_events_page.html"

    class Meta:
        verbose_name = _("events for internationals")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = upcoming_for_internationals(EVENTS_LISTED)
        return context
