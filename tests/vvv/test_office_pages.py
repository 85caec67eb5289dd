"""The VVV home and opening hours page as a visitor reads them under /en/, their JSON-LD,
the FAQ markup, and how long a page that says "open now" may be cached."""

import json
import re
from datetime import datetime, time, timedelta

import pytest

from django.utils import timezone

from discoveries.factories import (
    EventIndexPageFactory,
    PlaceIndexPageFactory,
    PlacePageFactory,
    weekly_periods,
)
from discoveries.models import PlacePage
from leiden_site.models.opening_hours import AMSTERDAM
from tests.conftest import publish
from tests.discoveries.conftest import make_event
from tests.vvv.catalogue import build_vvv_catalogue
from vvv.models import VvvOpeningException, VvvOpeningSchedule

pytestmark = pytest.mark.django_db


def get(client, path):
    return client.get(path, HTTP_HOST="vvv.localhost")


def json_ld(response) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.text, re.S)
    items = []
    for block in blocks:
        data = json.loads(block)
        items += data if isinstance(data, list) else [data]
    return items


def text_of(match) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(0)))


def text(response) -> str:
    return text_of(re.search(r".*", response.text, re.S))


@pytest.fixture
def office(sites):
    build_vvv_catalogue(sites)  # the office on the home page, the hours and FAQ pages
    return sites["vvv"].root_page.specific


@pytest.fixture
def agenda(brand_home):
    return publish(EventIndexPageFactory(parent=brand_home, slug_en="whats-on"))


def set_hours(home, schedules, exceptions=()):
    home.opening_schedules = schedules
    home.opening_exceptions = list(exceptions)
    return publish(home)


def test_open_around_the_clock_says_open_now_and_when_that_was_computed(client, office):
    set_hours(
        office,
        [
            VvvOpeningSchedule(
                periods=weekly_periods(range(7), time(0), time(0)), on_holidays="regular"
            )
        ],
    )
    page = text(get(client, "/en/"))
    assert "Open now" in page
    assert re.search(r"As of \d\d:\d\d", page)


def test_open_says_when_it_closes(client, office, monkeypatch):
    # A weekday morning in Leiden, fixed so that the office is open whenever the test runs.
    today = timezone.localdate()
    wednesday = today + timedelta(days=(2 - today.weekday()) % 7)
    morning = datetime.combine(wednesday, time(11, 15), tzinfo=AMSTERDAM)
    monkeypatch.setattr(timezone, "now", lambda: morning)
    set_hours(
        office,
        [
            VvvOpeningSchedule(
                periods=weekly_periods(range(5), time(9, 30), time(17)), on_holidays="regular"
            )
        ],
    )
    page = text(get(client, "/en/"))
    assert "Open now · closes at 17:00" in page
    assert "As of 11:15" in page


def test_closed_today_says_when_it_opens_and_names_the_exception(client, office):
    today = timezone.localdate()
    tomorrow = today + timedelta(days=1)
    set_hours(
        office,
        [
            VvvOpeningSchedule(
                periods=weekly_periods(range(7), time(10), time(17)), on_holidays="regular"
            )
        ],
        [VvvOpeningException(start_date=today, closed=True, note_en="Staff training")],
    )
    response = get(client, "/en/openingstijden/")
    page = text(response)
    weekday = tomorrow.strftime("%A")
    assert f"Closed · opens {weekday} at 10:00" in page
    table = text_of(re.search(r'<table class="hours-table">.*?</table>', response.text, re.S))
    assert "Staff training" in table  # the exception is named in the table
    assert table.count("10:00–17:00") == 13  # the other thirteen days of the fortnight


def test_the_hours_page_lists_the_seasons_and_the_holiday_rule(client, office):
    page = text(get(client, "/en/openingstijden/"))
    assert "Winter" in page and "Summer" in page
    assert "Public holidays: closed" in page
    assert "Public holidays: 11:00–16:00" in page


def test_season_names_follow_the_language_after_another_language_was_served(client, office):
    assert "Zomer" in text(get(client, "/nl/openingstijden/"))
    english = text(get(client, "/en/openingstijden/"))
    assert "Summer" in english and "Zomer" not in english


def test_office_json_ld_has_seasonal_and_special_days(client, office):
    response = get(client, "/en/openingstijden/")
    [center] = [item for item in json_ld(response) if item["@type"] == "TouristInformationCenter"]
    assert center["geo"] == {"@type": "GeoCoordinates", "latitude": 52.1663, "longitude": 4.4825}
    specs = center["openingHoursSpecification"]
    winter, summer, *special = specs
    assert winter["dayOfWeek"][0] == "https://schema.org/Monday"
    assert (winter["opens"], winter["closes"]) == ("10:00", "17:00")
    today = timezone.localdate()
    assert summer["validFrom"] == (today + timedelta(days=30)).isoformat()
    assert summer["validThrough"] == (today + timedelta(days=150)).isoformat()
    staff_day = (today + timedelta(days=2)).isoformat()
    assert {
        "@type": "OpeningHoursSpecification",
        "validFrom": staff_day,
        "validThrough": staff_day,
        "opens": "00:00",
        "closes": "00:00",
    } in special
    for spec in special:  # one day each, and a valid time pair
        assert spec["validFrom"] == spec["validThrough"]
        assert re.fullmatch(r"\d\d:\d\d", spec["opens"]) and re.fullmatch(
            r"\d\d:\d\d", spec["closes"]
        )
    # The home page tells search engines the same.
    home_center = [
        i for i in json_ld(get(client, "/en/")) if i["@type"] == "TouristInformationCenter"
    ]
    assert home_center[0]["openingHoursSpecification"] == specs


def test_pages_that_say_open_now_are_cached_for_a_minute_at_most(client, office, settings):
    settings.PAGE_CACHE_SECONDS = 300
    for path in ("/en/", "/en/openingstijden/"):
        response = get(client, path)
        assert "max-age=60" in response["Cache-Control"], path
        assert response["X-Page-Cache"] == "miss"


def test_home_shows_the_office_services_walk_and_info_points(client, office, brand_home):
    places = publish(PlaceIndexPageFactory(parent=brand_home))
    publish(
        PlacePageFactory(
            parent=places,
            title_nl="Infopunt Hooglandse Kerk",
            title_en="Info point Hooglandse Kerk",
            slug_nl="infopunt-hooglandse-kerk",
            place_type="info_point",
        )
    )
    publish(PlacePageFactory(parent=places, title_nl="Hortus", slug_nl="hortus"))
    page = text(get(client, "/en/"))
    assert "Take the Centrum exit" in page
    assert "Informatie" in page  # a service, Dutch where English is empty
    assert "Info point Hooglandse Kerk" in page
    assert "Hortus" not in page
    assert PlacePage.objects.filter(place_type="info_point").count() == 1


def test_today_in_leiden_shows_the_agendas_own_event_pages(client, office, agenda):
    event = make_event(agenda, 0, hours=23, title_en="Night of the canals")
    response = get(client, "/en/")
    assert "Today in Leiden" in response.text
    assert "Night of the canals" in response.text
    # A link to the brand site's own event page, not a copy on the VVV site.
    assert f"//localhost/en/whats-on/{event.slug_en or event.slug}/" in response.text


def test_faq_page_has_faq_json_ld(client, office):
    response = get(client, "/nl/veelgestelde-vragen/")
    [faq] = [item for item in json_ld(response) if item["@type"] == "FAQPage"]
    first = faq["mainEntity"][0]
    assert first["@type"] == "Question"
    assert first["name"] == "Kan ik mijn koffer bij jullie laten?"
    assert first["acceptedAnswer"] == {"@type": "Answer", "text": "Ja, in een kluisje."}
    assert len(faq["mainEntity"]) == 2
