"""One landing view per theme, listing its stories, places, events and routes."""

from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from leiden_site.models import IndexPage

from .themes import Theme


class ThemeIndexPage(RoutablePageMixin, IndexPage):
    parent_page_types = ["discoveries.HomePage"]
    subpage_types = []
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
