"""Places: museums, monuments, hofjes, parks and venues, with opening hours."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock, ImageBlock
from leiden_site.json_ld import postal_address
from leiden_site.models import BasePage, CardImageMixin, IndexPage
from leiden_site.models.coordinates import latitude_field, longitude_field
from leiden_site.models.opening_hours import (
    AbstractOpeningException,
    AbstractOpeningSchedule,
    OpeningHoursMixin,
)
from leiden_site.page_cache import expire_within
from leiden_site.panels import TranslationStatusPanel, tabbed_edit_handler

from .events import EventOccurrence


class PlaceIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["discoveries.PlacePage"]
    parent_page_types = ["discoveries.HomePage"]
    template = "discoveries/place_index_page.html"

    class Meta:
        verbose_name = _("places index")

    @path("")
    def places(self, request):
        return self.serve_view("places", request)


class PlacePage(OpeningHoursMixin, CardImageMixin, BasePage):
    search_kind = "place"

    PLACE_TYPES = [
        ("museum", _("Museum")),
        ("monument", _("Monument")),
        ("hofje", _("Almshouse courtyard (hofje)")),
        ("park", _("Park or garden")),
        ("venue", _("Venue")),
        ("info_point", _("Tourist information point")),
        ("other", _("Other")),
    ]

    place_type = models.CharField(_("kind of place"), max_length=20, choices=PLACE_TYPES)
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    gallery = StreamField([("image", ImageBlock())], verbose_name=_("gallery"), blank=True)

    street_address = models.CharField(_("street address"), max_length=120, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=60, default="Leiden")
    latitude = latitude_field()
    longitude = longitude_field()
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    prices = models.TextField(_("prices"), blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessibility_note = models.TextField(_("accessibility note"), blank=True)
    themes = ParentalManyToManyField("leiden_site.Theme", verbose_name=_("themes"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("place_type"),
        FieldPanel("intro"),
        *CardImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    info_panels = [
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldRowPanel([FieldPanel("website"), FieldPanel("phone")]),
            ],
            heading=_("Address and contact"),
        ),
        InlinePanel(
            "opening_schedules", heading=_("Opening hours and seasons"), label=_("Schedule")
        ),
        InlinePanel(
            "opening_exceptions", heading=_("Exceptions and closures"), label=_("Exception")
        ),
        FieldPanel("prices"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("wheelchair_accessible"),
                        FieldPanel("accessible_toilet"),
                        FieldPanel("hearing_loop"),
                    ]
                ),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Accessibility"),
        ),
    ]
    edit_handler = tabbed_edit_handler(content_panels, [(_("Practical"), info_panels)])
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body", "street_address")
    parent_page_types = ["discoveries.PlaceIndexPage"]
    subpage_types = []
    template = "discoveries/place_page.html"

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context.update(
            opening_status=self.opening_status(now),
            opening_days=self.opening_hours.week(timezone.localdate(now))
            if self.opening_hours.is_set
            else [],
            upcoming=EventOccurrence.objects.upcoming(6, event__venue=self),
            map_markers=[self.map_marker(request)] if self.has_location else [],
        )
        return context

    def serve(self, request, *args, **kwargs):
        # The page says whether the place is open now.
        return expire_within(super().serve(request, *args, **kwargs))

    def map_marker(self, request) -> dict:
        """What the map script needs to show this place."""
        return {
            "name": self.title,
            "url": self.get_url(request),
            "lat": float(self.latitude),
            "lon": float(self.longitude),
        }

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    def schema_type(self) -> str:
        return {"museum": "Museum", "park": "Park"}.get(self.place_type, "TouristAttraction")

    def place_json_ld(self, request) -> dict:
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type(),
            "name": self.title,
            "url": self.get_full_url(request),
            "description": self.summary,
            "address": postal_address(self.street_address, self.postal_code, self.city),
            "isAccessibleForFree": self.prices == "",
        }
        if self.has_location:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        if self.opening_hours.is_set:
            data["openingHoursSpecification"] = self.opening_hours.json_ld(timezone.localdate())
        if self.website:
            data["sameAs"] = self.website
        if self.phone:
            data["telephone"] = self.phone
        return data

    def json_ld(self, request) -> list[dict]:
        return [*super().json_ld(request), self.place_json_ld(request)]


class PlaceOpeningSchedule(AbstractOpeningSchedule):
    page = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="opening_schedules")


class PlaceOpeningException(AbstractOpeningException):
    page = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="opening_exceptions")
