"""The VVV home: the office (where, when open, what it offers) and what is on in the city."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField

from discoveries.models import EventOccurrence, PlacePage
from leiden_site.models import SHARED_CHILD_PAGE_TYPES, BaseHomePage
from leiden_site.models.coordinates import latitude_field, longitude_field
from leiden_site.models.opening_hours import OpeningHoursMixin
from leiden_site.models.settings import SiteIdentity
from leiden_site.page_cache import expire_within
from leiden_site.panels import tabbed_edit_handler

from .office import ServiceBlock, office_json_ld

TODAY_IN_LEIDEN = 4
OPENING_DAYS_SHOWN = 14


class VvvHomePage(OpeningHoursMixin, BaseHomePage):
    """Home of the VVV Leiden tourist office site, and the office itself: its address and
    contact come from the site's identity settings, its hours and services from here."""

    latitude = latitude_field()
    longitude = longitude_field()
    walk_from_station = models.TextField(
        _("the walk from Leiden Centraal"),
        blank=True,
        help_text=_("A few sentences: which exit, which way, how long."),
    )
    services = StreamField([("service", ServiceBlock())], verbose_name=_("services"), blank=True)

    office_panels = [
        FieldPanel("services"),
        FieldPanel(
            "walk_from_station",
            help_text=_(
                "The address, phone and email are in Settings → Site identity; "
                "the map pin is the coordinates below."
            ),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Map"),
        ),
        InlinePanel(
            "opening_schedules", heading=_("Opening hours and seasons"), label=_("Schedule")
        ),
        InlinePanel(
            "opening_exceptions", heading=_("Exceptions and closures"), label=_("Exception")
        ),
    ]
    edit_handler = tabbed_edit_handler(BaseHomePage.content_panels, [(_("Office"), office_panels)])
    subpage_types = [
        *SHARED_CHILD_PAGE_TYPES,
        "vvv.OpeningHoursPage",
        "vvv.FaqPage",
        "vvv.ProductIndexPage",
    ]
    search_text_fields = (*BaseHomePage.search_text_fields, "walk_from_station", "services")
    template = "vvv/vvv_home_page.html"

    class Meta:
        verbose_name = _("VVV home page")

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def office_context(self, request, now=None) -> dict:
        """What a page showing the office's hours needs; now is Europe/Amsterdam time."""
        # Whole seconds: the page shows the moment in a <time datetime>.
        now = (now or timezone.now()).replace(microsecond=0)
        return {
            "office": self,
            "opening_status": self.opening_status(now),
            "opening_days": self.opening_hours.days(timezone.localdate(now), OPENING_DAYS_SHOWN),
            "computed_at": now,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.office_context(request))
        info_points = list(
            PlacePage.objects.live().filter(place_type="info_point").order_by("title_nl")
        )
        markers = [self.office_marker(request)] if self.has_location else []
        markers += [place.map_marker(request) for place in info_points if place.has_location]
        from .hours_page import OpeningHoursPage

        context.update(
            hours_page=OpeningHoursPage.objects.live().child_of(self).first(),
            info_points=info_points,
            today_in_leiden=EventOccurrence.objects.upcoming(TODAY_IN_LEIDEN),
            map_markers=markers,
        )
        return context

    def office_marker(self, request) -> dict:
        identity = SiteIdentity.for_request(request)
        return {
            "name": identity.organisation_name or self.title,
            "url": self.get_url(request),
            "lat": float(self.latitude),
            "lon": float(self.longitude),
        }

    def serve(self, request, *args, **kwargs):
        # The page says whether the office is open now.
        return expire_within(super().serve(request, *args, **kwargs))

    def json_ld(self, request) -> list[dict]:
        identity = SiteIdentity.for_request(request)
        office = office_json_ld(self, identity, self.get_full_url(request))
        return [*super().json_ld(request), office]
