"""The brand site's home page."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from leiden_site.models import BaseHomePage

SHARED_CHILD_PAGE_TYPES = ["leiden_site.StandardPage", "leiden_site.FormPage"]


class HomePage(BaseHomePage):
    """Home of "Leiden, City of Discoveries": editors pick, the site fills the gaps."""

    featured_stories = StreamField(
        [("story", blocks.PageChooserBlock(page_type="discoveries.DiscoveryPage"))],
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
        "discoveries.DiscoveryIndexPage",
        "discoveries.PlaceIndexPage",
        "discoveries.EventIndexPage",
        "discoveries.ThemeIndexPage",
        "discoveries.VenueIndexPage",
        "discoveries.NewsletterPage",
        "discoveries.RoutePage",
        "partners.PartnerIndexPage",
    ]
    template = "discoveries/home_page.html"

    class Meta:
        verbose_name = _("City of Discoveries home page")

    def get_context(self, request, *args, **kwargs):
        from discoveries.listings import home_content

        context = super().get_context(request, *args, **kwargs)
        context.update(home_content(self, request))
        return context
