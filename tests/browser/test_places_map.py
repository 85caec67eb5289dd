"""The places map in a real browser: list and map take turns on a phone and stand side by
side on a wide screen; markers lead to their places; the background is the bundled outline
of the centre, fetched from this site only."""

from urllib.parse import urlsplit

import pytest

from discoveries.models import PlacePage
from tests.catalogue import build_catalogue

pytestmark = pytest.mark.django_db(transaction=True)

PLACES_PATH = "/en/plekken/"


@pytest.fixture
def places_url(sites, live_sites):
    build_catalogue(sites)
    return live_sites["discoveries"] + PLACES_PATH


def located_places() -> list[PlacePage]:
    return [place for place in PlacePage.objects.live() if place.has_location]


def test_phone_switches_between_list_and_map(browser, places_url, screenshot):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    tab = context.new_page()
    hosts = set()
    tab.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))
    try:
        tab.goto(places_url)
        list_button = tab.get_by_role("button", name="List")
        map_button = tab.get_by_role("button", name="Map")
        cards = tab.locator(".map-layout__list")
        the_map = tab.locator("#map")
        assert cards.is_visible()
        assert not the_map.is_visible(), "the list comes first on a phone"
        assert list_button.get_attribute("aria-pressed") == "true"
        assert map_button.get_attribute("aria-pressed") == "false"

        map_button.click()
        assert map_button.get_attribute("aria-pressed") == "true"
        assert list_button.get_attribute("aria-pressed") == "false"
        assert the_map.is_visible()
        assert not cards.is_visible(), "one at a time on a phone"
        markers = tab.locator("#map .leaflet-marker-icon")
        markers.first.wait_for()
        assert markers.count() == len(located_places())
        # The outline of the centre is drawn: the canals, the streets and the station.
        tab.locator("#map .map-label", has_text="Leiden Centraal").wait_for()
        assert tab.locator("#map .map-label", has_text="Rapenburg").count() == 1
        assert tab.locator("#map .leaflet-overlay-pane path").count() >= 8
        screenshot(tab, "places-map-en-375")

        # A marker opens by keyboard; its popup's link has focus and leads to the place.
        place = PlacePage.objects.get(slug_nl="hortus-botanicus")
        marker = tab.locator(f'#map .leaflet-marker-icon[alt="{place.title_en}"]')
        marker.focus()
        tab.keyboard.press("Enter")
        link = tab.locator("#map .leaflet-popup-content a")
        link.wait_for()
        assert tab.evaluate("document.activeElement.closest('.leaflet-popup') !== null")
        assert link.inner_text() == place.title_en
        tab.keyboard.press("Enter")
        tab.wait_for_url("**/plekken/hortus-botanicus/")
        assert tab.locator("h1").inner_text() == place.title_en
    finally:
        context.close()
    assert hosts == {urlsplit(places_url).netloc}, "the map asked another host for something"


def test_phone_switches_back_to_the_list(browser, places_url):
    context = browser.new_context(viewport={"width": 375, "height": 667})
    tab = context.new_page()
    try:
        tab.goto(places_url)
        tab.get_by_role("button", name="Map").click()
        tab.get_by_role("button", name="List").click()
        assert tab.locator(".map-layout__list").is_visible()
        assert not tab.locator("#map").is_visible()
    finally:
        context.close()


def test_without_javascript_the_phone_shows_the_list(browser, places_url):
    context = browser.new_context(viewport={"width": 375, "height": 667}, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(places_url)
        assert tab.locator(".map-layout__list").is_visible()
        assert not tab.locator(".map-switch").is_visible(), "no switch that cannot work"
    finally:
        context.close()


def test_wide_screen_keeps_the_map_beside_the_list(browser, places_url, screenshot):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    try:
        tab.goto(places_url)
        assert not tab.locator(".map-switch").is_visible()
        tab.locator("#map .leaflet-marker-icon").first.wait_for()
        cards = tab.locator(".map-layout__list").bounding_box()
        the_map = tab.locator("#map").bounding_box()
        assert the_map["x"] >= cards["x"] + cards["width"], "the map stands right of the list"
        assert abs(the_map["y"] - cards["y"]) < 2, "side by side, tops aligned"
        screenshot(tab, "places-map-en-1280")
    finally:
        context.close()
