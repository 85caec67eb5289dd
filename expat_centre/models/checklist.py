"""The arrival checklist: a visitor's own steps and deadlines, from answers in the URL.

Nothing the visitor answers is stored: the answers travel in the query string, so the
page can be bookmarked, printed and cached like any other page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage
from leiden_site.panels import TranslationStatusPanel


class ArrivalChecklistPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        CommonStreamBlock(),
        verbose_name=_("more information"),
        blank=True,
        help_text=_("Shown below the checklist, for instance where to get help."),
    )

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = ["expat_centre.ExpatHomePage"]
    subpage_types = []
    max_count = 1
    template = "expat_centre/arrival_checklist_page.html"

    class Meta:
        verbose_name = _("arrival checklist")

    @path("")
    def checklist(self, request):
        return self.serve_view("checklist", request)

    @re_path(r"^checklist\.ics/?$", name="checklist_ical")
    def checklist_ical(self, request):
        return self.serve_view("checklist_ical", request)
