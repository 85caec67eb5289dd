"""Which tile server the maps use, and which host the Content-Security-Policy admits for it."""

import pytest

from django.test import override_settings

from discoveries.factories import PlaceIndexPageFactory, PlacePageFactory
from leiden_site.settings.services import map_tile_origins
from tests.conftest import publish

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("template", "origins"),
    [
        ("", []),
        ("https://tiles.example/{z}/{x}/{y}.png", ["https://tiles.example"]),
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", ["https://*.tile.example.org"]),
        ("http://localhost:8080/tiles/{z}/{x}/{y}.png", ["http://localhost:8080"]),
    ],
)
def test_the_csp_admits_the_tile_host(template, origins):
    assert map_tile_origins(template) == origins


@pytest.mark.parametrize("template", ["tiles/{z}/{x}/{y}.png", "https://{z}.example/{x}.png"])
def test_a_tile_url_without_a_fixed_host_is_refused(template):
    with pytest.raises(ValueError, match="MAP_TILE_URL"):
        map_tile_origins(template)


@pytest.fixture
def place(brand_home):
    places = publish(PlaceIndexPageFactory(parent=brand_home))
    return publish(PlacePageFactory(parent=places, slug="hortus"))


def test_without_tiles_the_map_draws_the_bundled_outline(client, place):
    html = client.get(place.url, HTTP_HOST="localhost").content.decode()
    assert 'data-tile-url=""' in html
    assert 'data-outline="/static/map/leiden-centre.json"' in html


@override_settings(
    MAP_TILE_URL="https://tiles.example/{z}/{x}/{y}.png", MAP_TILE_ATTRIBUTION="© Tiles & Co"
)
def test_a_tile_server_is_used_on_every_map_when_set(client, place):
    html = client.get(place.url, HTTP_HOST="localhost").content.decode()
    assert 'data-tile-url="https://tiles.example/{z}/{x}/{y}.png"' in html
    assert 'data-attribution="© Tiles &amp; Co"' in html
