"""One landing view per theme, listing its stories, places, events and routes."""

from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path

from leiden_site.listing import with_renditions
from leiden_site.models import IndexPage, Theme

from .events import EventOccurrence
from .places import PlacePage
from .routes import RoutePage
from .stories import StoryPage


class ThemeIndexPage(RoutablePageMixin, IndexPage):
    parent_page_types = ["discoveries.HomePage"]
    subpage_types = []
    template = "discoveries/theme_index_page.html"

    class Meta:
        verbose_name = _("themes index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = Theme.objects.with_pictures()
        return context

    @re_path(r"^(?P<slug>[-\w]+)/$", name="theme")
    def theme(self, request, slug):
        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            raise Http404
        return self.serve_view("theme", request, theme)

    @staticmethod
    def theme_content(theme) -> dict:
        """What a theme's landing view lists, with every picture's renditions in one query."""
        content = {
            "stories": list(
                StoryPage.objects.live()
                .filter(themes=theme)
                .select_related("image")
                .order_by("-date")[:12]
            ),
            "places": list(
                PlacePage.objects.live()
                .filter(themes=theme)
                .select_related("image")
                .order_by("title_nl")[:24]
            ),
            "occurrences": EventOccurrence.objects.upcoming(12, event__themes=theme),
            "routes": list(
                RoutePage.objects.live().filter(themes=theme).select_related("image")[:12]
            ),
        }
        images = [
            page.image
            for page in [*content["stories"], *content["places"], *content["routes"]]
            if page.image is not None
        ]
        prefetch_related_objects(images, with_renditions())
        return content
