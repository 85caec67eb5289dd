"""Places: open-now, filters, map data, coordinates, JSON-LD."""

import datetime
import json
import re
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError

from discoveries.factories import PlacePageFactory, weekly_periods
from discoveries.models import PlaceOpeningException, PlaceOpeningSchedule
from tests.conftest import publish


def open_all_week(place, opens=datetime.time(0), closes=datetime.time(0)):
    PlaceOpeningSchedule.objects.create(
        page=place, periods=weekly_periods(range(7), opens, closes), on_holidays="regular"
    )


@pytest.fixture
def museum(places_index, history):
    place = PlacePageFactory(
        parent=places_index,
        title_nl="Museum",
        slug_nl="museum",
        themes=[history],
        wheelchair_accessible=True,
    )
    open_all_week(place)  # always open: the test does not depend on the clock
    return publish(place)


@pytest.fixture
def park(places_index):
    place = PlacePageFactory(
        parent=places_index, title_nl="Park", slug_nl="park", place_type="park"
    )
    PlaceOpeningException.objects.create(
        page=place,
        start_date=datetime.date(2000, 1, 1),
        end_date=datetime.date(2100, 1, 1),
        closed=True,
    )
    return publish(place)


def get(client, **params):
    return client.get("/nl/plekken/", params, HTTP_HOST="localhost")


def listed(response):
    return [place.title for place in response.context["places"]]


def test_open_now_filter_honours_exceptions(client, museum, park):
    assert listed(get(client)) == ["Museum", "Park"]
    assert listed(get(client, open_now="on")) == ["Museum"]
    assert "Park" not in listed(get(client, open_now="on"))


def test_other_filters(client, museum, park):
    assert listed(get(client, accessible="on")) == ["Museum"]
    assert listed(get(client, place_type="park")) == ["Park"]
    assert listed(get(client, theme="history")) == ["Museum"]


@pytest.mark.parametrize("params", [{"theme": "nope"}, {"place_type": "castle"}])
def test_bad_filters_answer_400(client, museum, params):
    response = get(client, **params)
    assert response.status_code == 400
    assert response.context["errors"]


def test_list_works_without_the_map_and_carries_marker_data(client, museum):
    html = get(client).text
    assert 'href="/nl/plekken/museum/"' in html
    data = json.loads(
        re.search(
            r'<script id="map-data" type="application/json">(.*?)</script>', html, re.S
        ).group(1)
    )
    assert data == [{"name": "Museum", "url": "/nl/plekken/museum/", "lat": 52.158, "lon": 4.485}]


def test_place_page_shows_open_now_and_json_ld(client, museum):
    response = client.get("/nl/plekken/museum/", HTTP_HOST="localhost")
    assert response.context["opening_status"].is_open
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    data = [json.loads(block) for block in blocks]
    flat = [item for entry in data for item in (entry if isinstance(entry, list) else [entry])]
    museum_ld = next(item for item in flat if item["@type"] == "Museum")
    assert museum_ld["geo"] == {"@type": "GeoCoordinates", "latitude": 52.158, "longitude": 4.485}
    # Open day and night all week: one line for the seven days, holidays alike.
    [weekly] = museum_ld["openingHoursSpecification"]
    assert len(weekly["dayOfWeek"]) == 7
    assert (weekly["opens"], weekly["closes"]) == ("00:00", "23:59")


@pytest.mark.parametrize(("lat", "lon"), [("4.485", "52.158"), ("91", "4.4"), ("52.1", "200")])
def test_implausible_coordinates_are_refused(places_index, lat, lon):
    place = PlacePageFactory.build(latitude=Decimal(lat), longitude=Decimal(lon))
    with pytest.raises(ValidationError) as error:
        place.full_clean(exclude=["path", "depth", "url_path", "content_type"])
    assert {"latitude", "longitude"} & set(error.value.message_dict)


@pytest.mark.parametrize("count", [5, 50])
def test_place_listing_queries_do_not_grow(
    client, places_index, count, django_assert_max_num_queries
):
    for _number in range(count):
        place = PlacePageFactory(parent=places_index)
        open_all_week(place, datetime.time(9), datetime.time(17))
        publish(place)
    get(client)
    with django_assert_max_num_queries(15):
        assert get(client).status_code == 200
