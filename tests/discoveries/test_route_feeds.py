"""A route as GPX, and the dotted feed URLs as visitors request them."""

import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from discoveries.factories import (
    PlaceIndexPageFactory,
    PlacePageFactory,
    RoutePageFactory,
)
from tests.conftest import publish
from tests.discoveries.feeds import (
    GPX,
    get,
    serve_route,
)


@pytest.fixture
def canal_walk(brand_home):
    places = PlaceIndexPageFactory(parent=brand_home)
    stops = [
        PlacePageFactory(
            parent=places, title_nl="Hortus & Co", latitude=Decimal("52.157300"), slug="hortus"
        ),
        PlacePageFactory(parent=places, title_nl="Zonder pin", latitude=None, longitude=None),
        PlacePageFactory(
            parent=places, title_nl="Burcht", latitude=Decimal("52.159600"), slug="burcht"
        ),
        PlacePageFactory(
            parent=places, title_nl="Molen <De Valk>", latitude=Decimal("52.164000"), slug="valk"
        ),
    ]
    route = RoutePageFactory(
        parent=brand_home, title_nl="Grachten & <hofjes>", slug_nl="grachten", stops=stops
    )
    return publish(route)


def test_route_gpx_lists_the_stops_in_order(canal_walk):
    response = serve_route(canal_walk, "route.gpx")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/gpx+xml"
    assert 'filename="grachten.gpx"' in response["Content-Disposition"]
    root = ET.fromstring(response.content)
    assert root.tag == f"{GPX}gpx"
    assert root.get("version") == "1.1"
    assert root.findtext(f"{GPX}metadata/{GPX}name") == "Grachten & <hofjes>"
    route = root.find(f"{GPX}rte")
    assert route.findtext(f"{GPX}name") == "Grachten & <hofjes>"
    points = route.findall(f"{GPX}rtept")
    assert [p.findtext(f"{GPX}name") for p in points] == [
        "Hortus & Co",
        "Burcht",
        "Molen <De Valk>",
    ]
    assert [p.get("lat") for p in points] == ["52.157300", "52.159600", "52.164000"]
    assert points[0].get("lon") == "4.485000"
    waypoints = root.findall(f"{GPX}wpt")
    assert [w.findtext(f"{GPX}name") for w in waypoints] == [
        "Hortus & Co",
        "Burcht",
        "Molen <De Valk>",
    ]


def test_route_gpx_puts_waypoints_before_the_route(canal_walk):
    root = ET.fromstring(serve_route(canal_walk, "route.gpx").content)
    tags = [child.tag.removeprefix(GPX) for child in root]
    assert tags == ["metadata", "wpt", "wpt", "wpt", "rte"]


# --- The URLs -----------------------------------------------------------------------------


def test_feed_urls_reach_the_feeds(client, fake_agenda, concert, canal_walk):
    """The dotted sub-routes as visitors request them, through URL routing and middleware."""
    for url, content_type in [
        ("/nl/agenda/zomerconcert/event.ics", "text/calendar; charset=utf-8"),
        ("/nl/agenda/agenda.ics", "text/calendar; charset=utf-8"),
        ("/nl/agenda/agenda.json", "application/json"),
        ("/nl/grachten/route.gpx", "application/gpx+xml"),
    ]:
        response = get(client, url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == content_type
