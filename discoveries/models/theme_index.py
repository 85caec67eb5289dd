"""One landing view per theme, listing its stories, places, events and routes."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.models import Page

from leiden_site.models import BasePage
from leiden_site.panels import TranslationStatusPanel

from .themes import Theme


class ThemeIndexPage(RoutablePageMixin, BasePage):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [TranslationStatusPanel(), *Page.content_panels, FieldPanel("intro")]
    search_text_fields = ("intro",)
    parent_page_types = ["discoveries.HomePage"]
    subpage_types = []
    max_count = 1
    template = "discoveries/theme_index_page.html"

    class Meta:
        verbose_name = _("themes index")

    @path("")
    def all_themes(self, request):
        context = self.get_context(request)
        context["themes"] = Theme.objects.all()
        return TemplateResponse(request, self.template, context)

    @re_path(r"^(?P<slug>[-\w]+)/$", name="theme")
    def theme(self, request, slug):
        from discoveries.listings import theme_content

        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            raise Http404
        context = self.get_context(request)
        context.update(theme=theme, **theme_content(theme, request))
        return TemplateResponse(request, "discoveries/theme_page.html", context)
