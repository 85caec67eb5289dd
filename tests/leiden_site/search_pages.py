"""Pages on all three sites for the search tests: a story, a place and a plain page on the
brand site, each with its own words in Dutch and English, and a page on each other site."""

import wagtail_factories

from discoveries.factories import (
    PlaceIndexPageFactory,
    PlacePageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish


def build_search_pages(brand_home, vvv_home, expat_home) -> dict:
    stories = publish(StoryIndexPageFactory(parent=brand_home))
    places = publish(PlaceIndexPageFactory(parent=brand_home))
    return {
        "story": publish(
            StoryPageFactory(
                parent=stories,
                title_nl="Rembrandt in Leiden",
                slug_nl="rembrandt-in-leiden",
                title_en="Rembrandt's Leiden years",
                slug_en="rembrandts-leiden-years",
                intro_nl="De schilder groeide op bij de Weddesteeg.",
                intro_en="The painter grew up by the Weddesteeg.",
                image=wagtail_factories.ImageFactory(title="Weddesteeg"),
            )
        ),
        "place": publish(
            PlacePageFactory(
                parent=places,
                title_nl="Museum De Lakenhal",
                slug_nl="lakenhal",
                title_en="Museum De Lakenhal",
                slug_en="lakenhal",
                image=wagtail_factories.ImageFactory(title="Lakenhal"),
            )
        ),
        "page": publish(
            StandardPageFactory(
                parent=brand_home,
                title_nl="Korenmolen De Put",
                slug_nl="korenmolen-de-put",
                title_en="De Put windmill",
                slug_en="de-put-windmill",
            )
        ),
        "expat": publish(
            StandardPageFactory(
                parent=expat_home,
                title_nl="Rembrandt voor nieuwkomers",
                slug_nl="rembrandt-nieuwkomers",
                title_en="Rembrandt for newcomers",
                slug_en="rembrandt-for-newcomers",
            )
        ),
        "vvv": publish(
            StandardPageFactory(
                parent=vvv_home,
                title_nl="Op pad met Rembrandt",
                slug_nl="op-pad-met-rembrandt",
                title_en="Rembrandt walk",
                slug_en="rembrandt-walk",
            )
        ),
    }
