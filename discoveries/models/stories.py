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
from leiden_site.models import BasePage, CardImageMixin, IndexPage
from leiden_site.panels import TranslationStatusPanel


class StoryIndexPage(RoutablePageMixin, IndexPage):
    subpage_types = ["discoveries.StoryPage"]
    parent_page_types = ["discoveries.HomePage"]
    template = "discoveries/story_index_page.html"

    class Meta:
        verbose_name = _("stories index")

    @path("")
    def stories(self, request):
        return self.serve_view("stories", request)

    @path("rss/")
    def rss(self, request):
        return self.serve_view("rss", request)

    @path("atom/")
    def atom(self, request):
        return self.serve_view("atom", request)


class StoryPage(CardImageMixin, BasePage):
    search_kind = "story"

    intro = models.TextField(_("introduction"), max_length=400)
    author = models.CharField(_("author"), max_length=120, blank=True)
    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField("leiden_site.Theme", verbose_name=_("themes"), blank=True)
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
        *CardImageMixin.image_panels,
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
    parent_page_types = ["discoveries.StoryIndexPage"]
    subpage_types = []
    template = "discoveries/story_page.html"

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-date"]

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
