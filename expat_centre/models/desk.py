"""Where to find the Expat Centre's desk, and when it is open: the same hours as the
services show (kept on the services index), so there is one schedule to maintain."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.json_ld import SCHEMA_CONTEXT, postal_address
from leiden_site.models import BasePage
from leiden_site.models.coordinates import latitude_field, longitude_field
from leiden_site.models.settings import SiteIdentity
from leiden_site.page_cache import expire_within
from leiden_site.panels import TranslationStatusPanel

from .services import ServiceIndexPage

DESK_DAYS_SHOWN = 14


class DeskPage(BasePage):
    """Contact and desk location: the address (the site's identity settings), how to get
    there, a map, and the desk's hours with "open now" and the coming two weeks."""

    intro = models.TextField(_("introduction"), blank=True)
    directions = models.TextField(
        _("how to get there"),
        blank=True,
        help_text=_("A few sentences: from the station, by bike, by car, where to park."),
    )
    latitude = latitude_field()
    longitude = longitude_field()
    body = StreamField(CommonStreamBlock(), verbose_name=_("more information"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel(
            "intro",
            help_text=_(
                "The address, phone and email are in Settings → Site identity; the opening "
                "hours are those of the services index."
            ),
        ),
        FieldPanel("directions"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Map"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("directions"),
        index.SearchField("body"),
    ]
    search_text_fields = ("intro", "directions", "body")
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = []
    max_count = 1
    template = "expat_centre/desk_page.html"

    class Meta:
        verbose_name = _("contact and desk location")

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    def desk(self, request=None) -> ServiceIndexPage | None:
        """The services index beside this page, which keeps the desk's hours; looked up
        once per request (the context and the structured data both need it)."""
        if not hasattr(self, "_desk"):
            self._desk = ServiceIndexPage.desk_of(self.breadcrumb_trail(request)[0])
        return self._desk

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        desk = self.desk(request)
        if desk is None:
            context.update(opening_status=None, opening_days=[], computed_at=timezone.now())
        else:
            context.update(desk.desk_hours_context(DESK_DAYS_SHOWN))
        identity = SiteIdentity.for_request(request)
        markers = []
        if self.has_location:
            markers.append(
                {
                    "name": identity.organisation_name or identity.site_name or self.title,
                    "url": self.get_url(request),
                    "lat": float(self.latitude),
                    "lon": float(self.longitude),
                }
            )
        context.update(services_page=desk, map_markers=markers, map_tile_url=settings.MAP_TILE_URL)
        return context

    def serve(self, request, *args, **kwargs):
        # The page says whether the desk is open now.
        return expire_within(super().serve(request, *args, **kwargs))

    def json_ld(self, request) -> list[dict]:
        """The desk as a schema.org GovernmentOffice with its address, place and hours."""
        identity = SiteIdentity.for_request(request)
        office = {
            "@context": SCHEMA_CONTEXT,
            "@type": "GovernmentOffice",
            "name": identity.organisation_name or identity.site_name or self.title,
            "url": self.get_full_url(request),
            "address": postal_address(identity.street_address, identity.postal_code, identity.city),
        }
        if identity.phone:
            office["telephone"] = identity.phone
        if identity.email:
            office["email"] = identity.email
        if self.has_location:
            office["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        desk = self.desk(request)
        if desk is not None and desk.opening_hours.is_set:
            office["openingHoursSpecification"] = desk.opening_hours.json_ld(timezone.localdate())
        return [*super().json_ld(request), office]
