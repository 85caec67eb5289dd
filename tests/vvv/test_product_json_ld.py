"""What a product page tells search engines: a tour is a TouristTrip, anything else a Product,
each with an Offer in euros that points back at the page."""

import re

import pytest

from tests.vvv.conftest import VVV
from tests.vvv.test_office_pages import json_ld

pytestmark = pytest.mark.usefixtures("sites")

IN_STOCK = "https://schema.org/InStock"


def product_data(client, path: str) -> tuple[dict, str]:
    """The page's product item and its canonical address."""
    response = client.get(path, HTTP_HOST=VVV)
    assert response.status_code == 200
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', response.text).group(1)
    items = [item for item in json_ld(response) if item["@type"] in ("TouristTrip", "Product")]
    assert len(items) == 1, items
    return items[0], canonical


def test_a_tour_is_a_tourist_trip_with_a_from_price(client, products):
    data, canonical = product_data(client, "/nl/aanbod/rondvaart/")
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "TouristTrip"
    assert data["name"] == "Rondvaart over de singels"
    assert data["url"] == canonical
    assert data["availableLanguage"] == ["nl", "en", "de"]
    offer = data["offers"]
    assert offer["@type"] == "Offer"
    assert offer["price"] == "15.00"
    assert offer["priceCurrency"] == "EUR"
    assert offer["availability"] == IN_STOCK
    assert offer["url"] == canonical
    # "vanaf € 15": the lowest price of a range, not the price of every ticket
    assert offer["priceSpecification"]["minPrice"] == "15.00"
    assert offer["priceSpecification"]["priceCurrency"] == "EUR"


def test_a_free_map_is_a_product_offered_at_zero(client, products):
    data, canonical = product_data(client, "/nl/aanbod/hofjeskaart/")
    assert data["@type"] == "Product"
    assert data["name"] == "Hofjeskaart"
    assert data["url"] == canonical
    assert "availableLanguage" not in data  # a map is not given in a language
    offer = data["offers"]
    assert (offer["price"], offer["priceCurrency"], offer["availability"]) == (
        "0.00",
        "EUR",
        IN_STOCK,
    )
    assert offer["url"] == canonical
    assert "priceSpecification" not in offer


def test_the_english_page_names_the_product_in_english(client, products):
    product = products["pilgrims"]
    product.title_en = "Pilgrim Fathers walk"
    product.slug_en = "pilgrims-walk"
    product.save_revision().publish()
    data, canonical = product_data(client, "/en/tours-and-shop/pilgrims-walk/")
    assert data["name"] == "Pilgrim Fathers walk"
    assert canonical.endswith("/en/tours-and-shop/pilgrims-walk/")
    assert data["offers"]["url"] == canonical
    assert data["offers"]["price"] == "9.50"
