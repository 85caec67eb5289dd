"""City walks and cycle routes: ordered stops along places, with a map and GPX."""

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage, CardImageMixin, IndexPage
from leiden_site.panels import TranslationStatusPanel


class RouteIndexPage(RoutablePageMixin, IndexPage):
    """The walks and rides of the site: those below it and those beside it on the home page
    (routes were first made straight under the home page, and keep their addresses)."""

    subpage_types = ["discoveries.RoutePage"]
    parent_page_types = ["discoveries.HomePage"]
    template = "discoveries/route_index_page.html"

    class Meta:
        verbose_name = _("routes index")

    @path("")
    def routes(self, request):
        return self.serve_view("routes", request)


class RoutePage(RoutablePageMixin, CardImageMixin, BasePage):
    MODES = [("walk", _("Walk")), ("bike", _("Cycle")), ("boat", _("Boat"))]

    intro = models.TextField(_("introduction"), blank=True)
    mode = models.CharField(_("way to travel"), max_length=10, choices=MODES, default="walk")
    distance_km = models.DecimalField(_("distance (km)"), max_digits=5, decimal_places=1)
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"))
    wheelchair_friendly = models.BooleanField(_("suitable for wheelchairs"), default=False)
    accessibility_note = models.TextField(_("accessibility note"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField("leiden_site.Theme", verbose_name=_("themes"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        *CardImageMixin.image_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("mode"), FieldPanel("distance_km"), FieldPanel("duration_minutes")]
                ),
                FieldPanel("wheelchair_friendly"),
                FieldPanel("accessibility_note"),
            ],
            heading=_("The route"),
        ),
        InlinePanel("stops", heading=_("Stops, in order"), label=_("Stop"), min_num=2),
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = [
        "discoveries.HomePage",
        "discoveries.RouteIndexPage",
        "leiden_site.StandardPage",
    ]
    subpage_types = []
    template = "discoveries/route_page.html"

    class Meta:
        verbose_name = _("route")
        verbose_name_plural = _("routes")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stops = list(self.ordered_stops())
        context.update(
            stops=stops,
            map_markers=[
                stop.place.map_marker(request) for stop in stops if stop.place.has_location
            ],
            gpx_url=self.get_url(request) + "route.gpx",
        )
        return context

    @re_path(r"^route\.gpx/?$", name="gpx")
    def gpx(self, request):
        return self.serve_view("gpx", request)

    def ordered_stops(self):
        return self.stops.select_related("place").order_by("sort_order")

    def json_ld(self, request) -> list[dict]:
        trip = {
            "@context": "https://schema.org",
            "@type": "TouristTrip",
            "name": self.title,
            "description": self.meta_description,
            "url": self.get_full_url(request),
            "itinerary": {
                "@type": "ItemList",
                "itemListElement": [
                    {"@type": "ListItem", "position": n, "name": stop.place.title}
                    for n, stop in enumerate(self.ordered_stops(), start=1)
                ],
            },
        }
        return [*super().json_ld(request), trip]


class RouteStop(Orderable):
    route = ParentalKey(RoutePage, on_delete=models.CASCADE, related_name="stops")
    place = models.ForeignKey(
        "discoveries.PlacePage", verbose_name=_("place"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.TextField(_("note"), blank=True)

    panels = [FieldPanel("place"), FieldPanel("note")]
