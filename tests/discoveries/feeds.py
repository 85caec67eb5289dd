"""Helpers for the feed tests: requests through a page's own routes, and parsers."""

import datetime
import json
from zoneinfo import ZoneInfo

from icalendar import Calendar

from django.test import RequestFactory
from django.utils import timezone, translation

from discoveries.factories import EventPageFactory
from tests.conftest import publish

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UTC = datetime.UTC
HOST = "localhost"
GPX = "{http://www.topografix.com/GPX/1/1}"


def local(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=AMSTERDAM)


def get(client, url, **extra):
    return client.get(url, HTTP_HOST=HOST, **extra)


def serve_route(page, route, language="nl", **params):
    """The page's answer to its sub-route `route` (e.g. "event.ics"), through the page's own
    routing, as the Wagtail serve view would call it under /<language>/."""
    page = type(page).objects.get(pk=page.pk)  # fresh from the database, as when served
    with translation.override(language):
        request = RequestFactory().get(f"/{language}/{route}", params, HTTP_HOST=HOST)
        request.LANGUAGE_CODE = language
        view, args, kwargs = page.resolve_subpage(f"/{route}")
        return page.serve(request, view, args, kwargs)


def json_body(response) -> dict:
    return json.loads(response.content)


def parse_ical(response) -> Calendar:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(response) -> list:
    return parse_ical(response).walk("VEVENT")


def own_timezone(calendar):
    (vtimezone,) = calendar.timezones
    assert vtimezone.tz_name == "Europe/Amsterdam"
    return vtimezone.to_tz(lookup_tzid=False)


def make_event(agenda, occurrences, **kwargs):
    """An event with the given occurrences, published so it has a revision and a date."""
    return publish(EventPageFactory(parent=agenda, occurrences=occurrences, **kwargs))


def event_ical(event, language="nl"):
    return serve_route(event, "event.ics", language)


def soon(days, hour=20) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)
