"""The VVV's tours and shop for the quality gates: the listing (also filtered and sorted),
a tour, its booking form and a ticket product. Wired into `tests.catalogue.build_catalogue`."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

from discoveries.models import EventPage, PlacePage
from leiden_site.models import Theme
from tests.conftest import publish
from vvv.models import ProductIndexPage, ProductPage


def build_product_catalogue(sites, image) -> list:
    """Returns `CataloguePage` entries (paths without the language prefix); needs the brand
    content (a place to meet at, an event to sell tickets for) to exist."""
    # Imported here: tests.catalogue imports this module while it is being loaded.
    from tests.catalogue import CataloguePage

    vvv = sites["vvv"].root_page.specific
    theme = Theme.objects.get(slug="wetenschap")
    index = publish(
        vvv.add_child(
            instance=ProductIndexPage(
                title_nl="Rondleidingen en winkel",
                title_en="Tours and shop",
                slug_nl="aanbod",
                slug_en="tours-and-shop",
                intro_nl="Wandelen, varen en iets moois mee naar huis.",
                intro_en="Walk, sail and take something beautiful home.",
            )
        )
    )
    today = timezone.localdate()
    tour = publish(
        index.add_child(
            instance=ProductPage(
                title_nl="Rondvaart over de singels",
                title_en="Canal boat tour",
                slug_nl="rondvaart",
                category="boat_tour",
                intro_nl="Een uur over de singels, langs molens en bruggen.",
                intro_en="An hour along the canals, past windmills and bridges.",
                image=image,
                image_alt_nl="Grachtenpanden aan het water",
                body_nl=[("paragraph", "<p>De schipper vertelt over de <b>stadsmuren</b>.</p>")],
                gallery_nl=[
                    (
                        "image",
                        {"image": image, "alt_text": "De singel", "caption": "", "credit": ""},
                    )
                ],
                price=Decimal("15.00"),
                price_is_from=True,
                price_note_nl="per persoon",
                languages=["nl", "en", "de"],
                duration_minutes=75,
                meeting_place=PlacePage.objects.get(slug_nl="hortus-botanicus"),
                weekdays=["wed", "thu", "fri", "sat", "sun"],
                available_from=today,
                available_until=today + timedelta(days=180),
                min_group_size=1,
                max_group_size=40,
                themes=[theme],
            )
        )
    )
    publish(
        index.add_child(
            instance=ProductPage(
                title_nl="Kaartjes: Nacht van de Ontdekking",
                title_en="Tickets: Night of Discovery",
                slug_nl="kaartjes-nacht-van-de-ontdekking",
                category="tickets",
                intro_nl="Toegang tot alle musea en laboratoria die meedoen.",
                image=image,
                image_alt_nl="Verlichte grachtenpanden",
                price=Decimal("12.50"),
                event=EventPage.objects.get(slug_nl="nacht-van-de-ontdekking"),
            )
        )
    )
    for number in range(3):
        publish(
            index.add_child(
                instance=ProductPage(
                    title_nl=f"Wandelkaart {number}",
                    slug_nl=f"wandelkaart-{number}",
                    category="map",
                    intro_nl="Alle hofjes van de binnenstad op één kaart.",
                    image=image,
                    price=Decimal("0") if number == 0 else Decimal("3.95"),
                    languages=["nl", "en"],
                )
            )
        )
    return [
        CataloguePage("products", "vvv.localhost", "/aanbod/"),
        CataloguePage("products-filtered", "vvv.localhost", "/aanbod/?category=map&sort=price"),
        CataloguePage("product-tour", "vvv.localhost", f"/aanbod/{tour.slug_nl}/"),
        CataloguePage("product-booking", "vvv.localhost", f"/aanbod/{tour.slug_nl}/book/"),
        CataloguePage(
            "product-tickets", "vvv.localhost", "/aanbod/kaartjes-nacht-van-de-ontdekking/"
        ),
    ]
