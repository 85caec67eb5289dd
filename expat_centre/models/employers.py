"""Employers whose international staff the Expat Centre serves (recognised sponsors)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage, CardImageMixin, IndexPage
from leiden_site.panels import TranslationStatusPanel

EMPLOYER_SECTORS = [
    ("education", _("Education and research")),
    ("healthcare", _("Healthcare")),
    ("life_sciences", _("Life sciences and biotech")),
    ("technology", _("Technology and engineering")),
    ("government", _("Government and international organisations")),
    ("business_services", _("Business services")),
]


class EmployerIndexPage(RoutablePageMixin, IndexPage):
    booking_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page for employers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page that explains how employers book appointments for their staff."),
    )

    content_panels = [*IndexPage.content_panels, FieldPanel("booking_page")]
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = ["expat_centre.EmployerPage"]
    template = "expat_centre/employer_index_page.html"

    class Meta:
        verbose_name = _("employers index")

    @path("")
    def employers(self, request):
        return self.serve_view("employers", request)


class EmployerPage(CardImageMixin, BasePage):
    sector = models.CharField(_("sector"), max_length=30, choices=EMPLOYER_SECTORS)
    intro = models.TextField(_("short profile"), max_length=400)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)
    website = models.URLField(_("website"), blank=True)
    city = models.CharField(_("place"), max_length=60, default="Leiden")
    recognised_sponsor = models.BooleanField(
        _("recognised sponsor"),
        default=True,
        help_text=_("Recognised by the IND as a sponsor for highly skilled migrants."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldRowPanel([FieldPanel("sector"), FieldPanel("city")]),
        FieldPanel("intro"),
        *CardImageMixin.image_panels,
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("website"), FieldPanel("recognised_sponsor")]),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = ["expat_centre.EmployerIndexPage"]
    subpage_types = []
    template = "expat_centre/employer_page.html"

    class Meta:
        verbose_name = _("employer")
        verbose_name_plural = _("employers")

    @property
    def summary(self) -> str:
        return self.search_description or self.intro
