"""Guides to life in the Leiden region (housing, healthcare, schools, ...), each reviewed
by staff at least once a year."""

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.listing import attach_images
from leiden_site.models import BasePage, CardImageMixin, IndexPage
from leiden_site.panels import TranslationStatusPanel

from ..arrival_rules import add_months

GUIDE_TOPICS = [
    ("housing", _("Housing")),
    ("healthcare", _("Healthcare and insurance")),
    ("education", _("Education and childcare")),
    ("work_taxes", _("Work and taxes")),
    ("banking", _("Banking")),
    ("transport", _("Transport")),
    ("language_culture", _("Language and culture")),
]
# A guide not reviewed for this long is listed for staff (see the admin report).
REVIEW_INTERVAL_MONTHS = 12


class GuideIndexPage(IndexPage):
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = ["expat_centre.GuidePage"]
    template = "expat_centre/guide_index_page.html"

    class Meta:
        verbose_name = _("guides index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = GuidePage.objects.live().child_of(self).order_by("path")
        context["guides"] = attach_images(list(guides))
        return context


class GuidePage(CardImageMixin, BasePage):
    topic = models.CharField(
        _("topic"),
        max_length=30,
        choices=GUIDE_TOPICS,
        help_text=_("The arrival checklist links its steps to the guide on this topic."),
    )
    intro = models.TextField(_("introduction"), max_length=400)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField("leiden_site.Theme", verbose_name=_("themes"), blank=True)
    related_services = ParentalManyToManyField(
        "expat_centre.ServicePage",
        verbose_name=_("related services"),
        blank=True,
        related_name="guides",
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        default=timezone.localdate,
        help_text=_("Shown to visitors. Set it to today whenever you have checked the guide."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("topic"),
        FieldPanel("intro"),
        *CardImageMixin.image_panels,
        FieldPanel("body"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("related_services"),
        FieldPanel("last_reviewed"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = ["expat_centre.GuideIndexPage"]
    subpage_types = []
    template = "expat_centre/guide_page.html"

    class Meta:
        verbose_name = _("guide")
        verbose_name_plural = _("guides")
        permissions = [("review_guides", "Can see which guides are due for review")]

    @property
    def summary(self) -> str:
        return self.search_description or self.intro

    @staticmethod
    def review_cutoff(today) -> object:
        """Guides last reviewed before this day are due for review."""
        return add_months(today, -REVIEW_INTERVAL_MONTHS)

    @classmethod
    def due_for_review(cls, today=None):
        """Every guide, live or not, not reviewed for REVIEW_INTERVAL_MONTHS; oldest first."""
        cutoff = cls.review_cutoff(today or timezone.localdate())
        return cls.objects.filter(last_reviewed__lt=cutoff).order_by("last_reviewed", "path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_services"] = list(self.related_services.live().order_by("path"))
        context["themes"] = list(self.themes.all())
        return context
