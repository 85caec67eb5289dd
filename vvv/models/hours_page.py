"""The office's opening hours in full: now, the coming two weeks, seasons and holidays."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from leiden_site.blocks import CommonStreamBlock
from leiden_site.models import BasePage
from leiden_site.models.settings import SiteIdentity
from leiden_site.page_cache import expire_within
from leiden_site.panels import TranslationStatusPanel

from .office import office_json_ld


class OpeningHoursPage(BasePage):
    """Shows the hours staff keep on the VVV home page (tab "Office"); nothing to copy."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(CommonStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    search_text_fields = ("intro", "body")
    parent_page_types = ["vvv.VvvHomePage"]
    subpage_types = []
    max_count = 1
    template = "vvv/opening_hours_page.html"

    class Meta:
        verbose_name = _("opening hours page")

    def office(self, request=None):
        """The VVV home page above this one, which holds the hours."""
        return self.breadcrumb_trail(request)[0].specific

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        office = self.office(request)
        context.update(office.office_context(request))
        today = timezone.localdate(context["computed_at"])
        context["schedules"] = [
            schedule
            for schedule in office.opening_hours.schedules
            if schedule.valid_until is None or schedule.valid_until >= today
        ]
        return context

    def serve(self, request, *args, **kwargs):
        # The page says whether the office is open now.
        return expire_within(super().serve(request, *args, **kwargs))

    def json_ld(self, request) -> list[dict]:
        office = self.office(request)
        identity = SiteIdentity.for_request(request)
        return [
            *super().json_ld(request),
            office_json_ld(office, identity, office.get_full_url(request)),
        ]
