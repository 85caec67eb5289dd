"""Stories: editorial articles about discoveries in Leiden, with RSS and Atom feeds."""

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage, IndexPage
from leiden_site.panels import TranslationStatusPanel


class DiscoveryIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["discoveries.DiscoveryPage"]
    parent_page_types = ["discoveries.HomePage"]
    template = "discoveries/discovery_index_page.html"

    class Meta:
        verbose_name = _("stories index")

    @path("")
    def stories(self, request):
        from discoveries.listings import story_listing_view

        return story_listing_view(self, request)

    @path("rss/")
    def rss(self, request):
        from discoveries.feeds import StoriesRssFeed

        return StoriesRssFeed(self)(request)

    @path("atom/")
    def atom(self, request):
        from discoveries.feeds import StoriesAtomFeed

        return StoriesAtomFeed(self)(request)


class DiscoveryPage(BasePage):
    intro = models.TextField(_("introduction"), max_length=400)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(_("lead image alternative text"), max_length=250, blank=True)
    author = models.CharField(_("author"), max_length=120, blank=True)
    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField("discoveries.Theme", verbose_name=_("themes"), blank=True)
    related_places = ParentalManyToManyField(
        "discoveries.PlacePage", verbose_name=_("related places"), blank=True, related_name="+"
    )
    related_events = ParentalManyToManyField(
        "discoveries.EventPage", verbose_name=_("related events"), blank=True, related_name="+"
    )
    partners = ParentalManyToManyField(
        "partners.PartnerPage", verbose_name=_("partners"), blank=True, related_name="stories"
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("lead_image"), FieldPanel("lead_image_alt")]),
        FieldRowPanel([FieldPanel("author"), FieldPanel("date")]),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_places"),
                FieldPanel("related_events"),
                FieldPanel("partners"),
            ],
            heading=_("Connections"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body", "author")
    parent_page_types = ["discoveries.DiscoveryIndexPage"]
    subpage_types = []
    template = "discoveries/discovery_page.html"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-date"]

    @property
    def sharing_image(self):
        return self.og_image or self.lead_image

    def json_ld(self, request) -> list[dict]:
        article = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.meta_description,
            "datePublished": self.date.isoformat(),
            "url": self.get_full_url(request),
            "inLanguage": request.LANGUAGE_CODE,
        }
        if self.author:
            article["author"] = {"@type": "Person", "name": self.author}
        return [*super().json_ld(request), article]
