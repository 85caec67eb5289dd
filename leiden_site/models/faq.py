"""Frequently asked questions, marked up as a schema.org FAQPage.

Abstract, so each site keeps its own FAQ page type (its own parents, template and admin
name) while the fields, the questions and the structured data stay the same everywhere.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.json_ld import faq_page
from leiden_site.panels import TranslationStatusPanel

from .mixins import BasePage


class AbstractFaqPage(BasePage):
    """Questions and answers in FAQ blocks (other blocks may sit between them)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        CommonStreamBlock(),
        verbose_name=_("questions and answers"),
        blank=True,
        help_text=_("Add FAQ blocks; every question in them goes into the FAQ markup."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    subpage_types = []

    class Meta:
        abstract = True

    def questions(self) -> list[tuple[str, str]]:
        """Every (question, answer HTML) of the page's FAQ blocks, in order."""
        return [
            (item["question"], item["answer"].source)
            for block in self.body
            if block.block_type == "faq"
            for item in block.value["items"]
        ]

    def json_ld(self, request) -> list[dict]:
        data = super().json_ld(request)
        questions = self.questions()
        if questions:
            data.append(faq_page(questions))
        return data
