"""The routes listing: every walk and ride of the brand site, with how far and how long,
and a message rather than an error for a page number that does not exist."""

from decimal import Decimal

import pytest

from discoveries.factories import (
    PlaceIndexPageFactory,
    PlacePageFactory,
    RouteIndexPageFactory,
    RoutePageFactory,
)
from discoveries.views.routes import ROUTES_PER_PAGE
from tests.conftest import publish
from tests.discoveries.feeds import get

pytestmark = pytest.mark.django_db


@pytest.fixture
def routes_index(brand_home):
    return publish(
        RouteIndexPageFactory(parent=brand_home, title_en="Routes", slug_en="routes", slug="routes")
    )


@pytest.fixture
def stops(brand_home):
    places = publish(PlaceIndexPageFactory(parent=brand_home))
    return [publish(PlacePageFactory(parent=places)) for _ in range(2)]


def make_route(parent, stops, **fields):
    return publish(RoutePageFactory(parent=parent, stops=stops, **fields))


def test_lists_routes_below_it_and_beside_it_with_their_facts(
    client, brand_home, routes_index, stops
):
    make_route(
        routes_index,
        stops,
        title_en="Museum walk",
        mode="walk",
        distance_km=Decimal("3.4"),
        duration_minutes=75,
    )
    # Routes made straight under the home page, before the listing existed, are listed too.
    make_route(
        brand_home,
        stops,
        title_en="By boat",
        mode="boat",
        distance_km=Decimal("5"),
        duration_minutes=60,
    )
    draft = RoutePageFactory(parent=routes_index, title_en="Not yet", stops=stops)
    draft.unpublish()

    response = get(client, "/en/routes/")

    assert response.status_code == 200
    text = response.content.decode()
    assert "Museum walk" in text and "By boat" in text
    assert "Not yet" not in text
    assert "3.4 km" in text and "75 minutes" in text
    assert "5 km" in text and "60 minutes" in text
    assert "2 routes" in text


def test_a_page_number_beyond_the_last_shows_the_last_page_with_a_message(
    client, routes_index, stops
):
    for number in range(ROUTES_PER_PAGE + 1):
        make_route(routes_index, stops, title_en=f"Walk {number:02d}")

    response = get(client, "/en/routes/?page=99")

    assert response.status_code == 400
    text = response.content.decode()
    assert "fewer results" in text
    assert text.count('<li class="card">') == 1  # the second page holds the thirteenth walk


@pytest.mark.parametrize("page", ["abc", "-1", "9" * 40])
def test_a_malformed_page_number_is_a_message_not_an_error(client, routes_index, stops, page):
    make_route(routes_index, stops, title_en="Museum walk")

    response = get(client, f"/en/routes/?page={page}")

    assert response.status_code == 400
    assert "Museum walk" in response.content.decode()


def test_without_routes_the_listing_says_so(client, routes_index):
    response = get(client, "/en/routes/")

    assert response.status_code == 200
    assert "There are no routes yet." in response.content.decode()
