"""The brand site's home page."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from leiden_site.listing import specific_live_pages, with_renditions
from leiden_site.models import SHARED_CHILD_PAGE_TYPES, BaseHomePage, Theme
from leiden_site.page_cache import shared_for_generation

from .events import EventIndexPage, EventOccurrence
from .places import PlaceIndexPage, PlacePage
from .stories import StoryIndexPage, StoryPage
from .theme_index import ThemeIndexPage


class HomePage(BaseHomePage):
    """Home of "Leiden, City of Discoveries": editors pick, the site fills the gaps."""

    featured_stories = StreamField(
        [("story", blocks.PageChooserBlock(page_type="discoveries.StoryPage"))],
        verbose_name=_("featured stories"),
        blank=True,
        help_text=_("Empty: the three newest stories."),
    )
    highlights = StreamField(
        [
            (
                "page",
                blocks.PageChooserBlock(
                    page_type=[
                        "discoveries.PlacePage",
                        "discoveries.RoutePage",
                        "discoveries.VenuePage",
                    ]
                ),
            )
        ],
        verbose_name=_("highlights"),
        blank=True,
        help_text=_("Places, routes and venues; empty: a selection of places."),
    )

    content_panels = BaseHomePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("featured_stories"), FieldPanel("highlights")],
            heading=_("On the home page"),
        ),
    ]
    subpage_types = SHARED_CHILD_PAGE_TYPES + [
        "discoveries.StoryIndexPage",
        "discoveries.PlaceIndexPage",
        "discoveries.EventIndexPage",
        "discoveries.ThemeIndexPage",
        "discoveries.VenueIndexPage",
        "discoveries.NewsletterPage",
        "discoveries.RouteIndexPage",
        "discoveries.RoutePage",
        "partners.PartnerIndexPage",
    ]
    template = "discoveries/home_page.html"

    class Meta:
        verbose_name = _("City of Discoveries home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.home_content(preview=getattr(request, "is_preview", False)))
        return context

    def home_content(self, preview: bool = False) -> dict:
        """What the home page shows: the next events, and the rest as published (a preview
        shows its own draft's picks, and never keeps them)."""
        if preview:
            published = self.published_content()
        else:
            published = shared_for_generation(("brand-home", self.pk), self.published_content)
        return {**published, "upcoming": EventOccurrence.objects.upcoming_events(4)}

    def published_content(self) -> dict:
        """Editor's picks where chosen, the newest content where not, themes and the index
        pages: it changes only when something is published, so the page cache's generation
        keeps it (page_cache.shared_for_generation)."""
        # Both lists of picks in one go: one query per page type, not per page.
        featured_picks = [block.value for block in self.featured_stories if block.value]
        highlight_picks = [block.value for block in self.highlights if block.value]
        chosen = {page.pk: page for page in specific_live_pages(featured_picks + highlight_picks)}
        featured = [chosen[p.pk] for p in featured_picks if p.pk in chosen] or list(
            StoryPage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related(with_renditions("image"))
            .order_by("-date")[:3]
        )
        highlights = [chosen[p.pk] for p in highlight_picks if p.pk in chosen] or list(
            PlacePage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related(with_renditions("image"))
            .order_by("-last_published_at")[:4]
        )
        index_pages = {
            page.specific_class: page
            for page in self.get_children()
            .live()
            .type(EventIndexPage, StoryIndexPage, PlaceIndexPage, ThemeIndexPage)
        }
        return {
            "featured_stories": featured,
            "themes": list(Theme.objects.with_pictures()),
            "highlights": highlights,
            "agenda_page": index_pages.get(EventIndexPage),
            "stories_page": index_pages.get(StoryIndexPage),
            "places_page": index_pages.get(PlaceIndexPage),
            "themes_page": index_pages.get(ThemeIndexPage),
        }
