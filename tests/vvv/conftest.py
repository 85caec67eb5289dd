import datetime
from decimal import Decimal

import pytest

from django.utils import timezone

from tests.conftest import publish
from vvv.factories import ProductIndexPageFactory, ProductPageFactory

VVV = "vvv.localhost"


@pytest.fixture
def product_index(vvv_home):
    return publish(
        ProductIndexPageFactory(
            parent=vvv_home,
            title_en="Tours and shop",
            slug_en="tours-and-shop",
            intro="Rondleidingen, kaarten en cadeaus.",
        )
    )


def add_product(index, **fields):
    return publish(ProductPageFactory(parent=index, **fields))


def next_weekday(weekday: int, after_days: int = 1) -> datetime.date:
    """The first date with that weekday (0 = Monday) at least `after_days` from today."""
    day = timezone.localdate() + datetime.timedelta(days=after_days)
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


@pytest.fixture
def products(product_index):
    today = timezone.localdate()
    return {
        "canal": add_product(
            product_index,
            title="Rondvaart over de singels",
            slug="rondvaart",
            category="boat_tour",
            price=Decimal("15.00"),
            price_is_from=True,
            languages=["nl", "en", "de"],
            duration_minutes=60,
            available_from=today,
            available_until=today + datetime.timedelta(days=180),
        ),
        "pilgrims": add_product(
            product_index,
            title="Pilgrimswandeling",
            slug="pilgrims",
            category="walking_tour",
            price=Decimal("9.50"),
            languages=["en"],
            duration_minutes=120,
            weekdays=["sat", "sun"],
            min_group_size=2,
            max_group_size=12,
        ),
        "map": add_product(
            product_index,
            title="Hofjeskaart",
            slug="hofjeskaart",
            category="map",
            price=Decimal("0"),
            languages=["nl"],
            duration_minutes=None,
        ),
        "gift": add_product(
            product_index,
            title="VVV Cadeaukaart",
            slug="cadeaukaart",
            category="gift_card",
            price=Decimal("25.00"),
            price_is_from=True,
            languages=[],
            duration_minutes=None,
        ),
    }


def listing(client, site_language="nl", **params):
    path = "/nl/aanbod/" if site_language == "nl" else "/en/tours-and-shop/"
    return client.get(path, params, HTTP_HOST=VVV)


def titles(response) -> list[str]:
    return [product.title for product in response.context["products"]]
