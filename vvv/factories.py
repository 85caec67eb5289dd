"""Factories for the VVV's page types (factory_boy + wagtail-factories).

Pages need a parent: `ProductPageFactory(parent=index)`. The defaults describe a walking
tour that runs every day of the year in Dutch and English, for 1 to 20 people.
"""

from decimal import Decimal

import factory
import wagtail_factories

from vvv.models import ProductIndexPage, ProductPage


class ProductIndexPageFactory(wagtail_factories.PageFactory):
    title = "Rondleidingen en winkel"
    slug = "aanbod"

    class Meta:
        model = ProductIndexPage


def _set_themes(page, create, themes):
    if create and themes:
        page.themes.set(themes)
        page.save()


class ProductPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Wandeling {n}")
    slug = factory.Sequence(lambda n: f"wandeling-{n}")
    category = "walking_tour"
    intro = "Een wandeling door de binnenstad."
    price = Decimal("12.50")
    languages = ["nl", "en"]
    duration_minutes = 90
    meeting_point = "Voor de VVV, Stationsweg"
    min_group_size = 1
    max_group_size = 20

    class Meta:
        model = ProductPage
        skip_postgeneration_save = True

    themes = factory.PostGeneration(_set_themes)
