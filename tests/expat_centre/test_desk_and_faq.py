"""The Expat Centre's FAQ (FAQPage structured data), its desk page (address, directions,
map, the services' desk hours with "open now"), and how long a page that says "open now"
may be cached."""

import json
import re
from datetime import time, timedelta
from decimal import Decimal

import pytest

from django.utils import timezone

from discoveries.factories import weekly_periods
from expat_centre.factories import (
    DeskPageFactory,
    ExpatFaqPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
)
from expat_centre.models import DeskOpeningException, DeskOpeningSchedule
from leiden_site.models import SiteIdentity
from leiden_site.models.opening_calendar import OnHolidays
from tests.conftest import publish
from tests.expat_centre.conftest import EXPAT

pytestmark = pytest.mark.django_db


def json_ld(html: str) -> list[dict]:
    items = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        items += data if isinstance(data, list) else [data]
    return items


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture
def desk_index(expat_home):
    """The services index, whose hours are the desk's: open around the clock, holidays
    included, so "open now" does not depend on when the test runs; closed in two days."""
    index = ServiceIndexPageFactory(parent=expat_home, slug_en="services")
    index.opening_schedules = [
        DeskOpeningSchedule(
            periods=weekly_periods(range(7), time(0), time(0)), on_holidays=OnHolidays.REGULAR
        )
    ]
    index.opening_exceptions = [
        DeskOpeningException(
            start_date=timezone.localdate() + timedelta(days=2), closed=True, note_en="Staff day"
        )
    ]
    return publish(index)


@pytest.fixture
def desk_page(expat_home, sites, desk_index):
    identity = SiteIdentity.for_site(sites["expat"])
    identity.organisation_name = "Expat Centre Leiden"
    identity.street_address = "Stationsplein 20"
    identity.postal_code = "2312 AK"
    identity.save()
    return publish(
        DeskPageFactory(
            parent=expat_home,
            title_en="Visit us",
            slug_en="visit-us",
            directions_en="Take the Centre exit and cross the square.",
            latitude=Decimal("52.166000"),
            longitude=Decimal("4.482000"),
        )
    )


def test_faq_page_has_valid_faq_json_ld(client, expat_home):
    answer = "<p>Within <b>five days</b> of arrival.</p>"
    publish(
        ExpatFaqPageFactory(
            parent=expat_home,
            title_en="Questions",
            slug_en="questions",
            body_en=[
                (
                    "faq",
                    {
                        "heading": "Arrival",
                        "items": [
                            {"question": "When do I register?", "answer": answer},
                            {"question": "Is advice free?", "answer": "<p>Yes.</p>"},
                        ],
                    },
                ),
                ("paragraph", "<p>Not listed? Email us.</p>"),
                (
                    "faq",
                    {
                        "heading": "Work",
                        "items": [{"question": "Who applies?", "answer": "<p>Employers.</p>"}],
                    },
                ),
            ],
        )
    )
    html = client.get("/en/questions/", HTTP_HOST=EXPAT).text
    [faq] = [item for item in json_ld(html) if item["@type"] == "FAQPage"]
    assert faq["@context"] == "https://schema.org"
    assert [question["name"] for question in faq["mainEntity"]] == [
        "When do I register?",
        "Is advice free?",
        "Who applies?",
    ]
    assert faq["mainEntity"][0] == {
        "@type": "Question",
        "name": "When do I register?",
        "acceptedAnswer": {"@type": "Answer", "text": "Within five days of arrival."},
    }
    assert "When do I register?" in html  # and visitors read the same questions


def test_faq_page_without_questions_has_no_faq_markup(client, expat_home):
    publish(ExpatFaqPageFactory(parent=expat_home, title_en="Questions", slug_en="questions"))
    html = client.get("/en/questions/", HTTP_HOST=EXPAT).text
    assert "FAQPage" not in html


def test_desk_page_shows_address_directions_map_and_open_now(client, desk_page):
    response = client.get("/en/visit-us/", HTTP_HOST=EXPAT)
    text = plain(response.text)
    assert "Open now" in text
    assert re.search(r"As of \d\d:\d\d", text)
    assert "Stationsplein 20" in text and "2312 AK" in text
    assert "Take the Centre exit and cross the square." in text
    assert "Staff day" in text  # the exception of the services' desk hours, in the coming days
    markers = json.loads(
        re.search(r'<script id="map-data" type="application/json">(.*?)</script>', response.text)[1]
    )
    assert markers == [
        {"name": "Expat Centre Leiden", "url": "/en/visit-us/", "lat": 52.166, "lon": 4.482}
    ]
    assert "js/map.js" in response.text  # Leaflet itself comes later, when the map is seen
    assert "leaflet.js" not in response.text.split('data-leaflet-js="')[0]


def test_desk_page_tells_search_engines_the_address_and_hours(client, desk_page):
    html = client.get("/en/visit-us/", HTTP_HOST=EXPAT).text
    [office] = [item for item in json_ld(html) if item["@type"] == "GovernmentOffice"]
    assert office["address"]["streetAddress"] == "Stationsplein 20"
    assert office["geo"] == {"@type": "GeoCoordinates", "latitude": 52.166, "longitude": 4.482}
    assert office["openingHoursSpecification"]


def test_desk_page_without_hours_says_they_are_not_published(client, expat_home, sites):
    publish(DeskPageFactory(parent=expat_home, title_en="Visit us", slug_en="visit-us"))
    text = plain(client.get("/en/visit-us/", HTTP_HOST=EXPAT).text)
    assert "The opening hours have not been published yet." in text
    assert "Open now" not in text


def test_pages_that_say_open_now_are_cached_for_a_minute_at_most(
    client, desk_index, desk_page, settings
):
    settings.PAGE_CACHE_SECONDS = 300
    publish(ServicePageFactory(parent=desk_index, title_en="DigiD", slug_en="digid"))
    for path in ("/en/services/", "/en/services/digid/", "/en/visit-us/"):
        response = client.get(path, HTTP_HOST=EXPAT)
        assert response.status_code == 200, path
        assert "Open now" in plain(response.text), path
        assert "max-age=60" in response["Cache-Control"], path
        assert response["X-Page-Cache"] == "miss", path
