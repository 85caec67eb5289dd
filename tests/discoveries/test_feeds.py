"""Feeds for other software: iCal per event and for the agenda, the agenda's JSON,
RSS and Atom for stories, GPX for routes."""

import datetime
import json
import types
import xml.etree.ElementTree as ET
from calendar import timegm
from decimal import Decimal
from zoneinfo import ZoneInfo

import feedparser
import pytest
from icalendar import Calendar

from django.test import RequestFactory
from django.utils import timezone, translation

from discoveries.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PlaceIndexPageFactory,
    PlacePageFactory,
    RoutePageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from discoveries.models import EventOccurrence
from discoveries.views import feeds
from leiden_site.factories import ThemeFactory
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


# --- Pages ---------------------------------------------------------------------------------


@pytest.fixture
def agenda(brand_home):
    return publish(
        EventIndexPageFactory(
            parent=brand_home, title_nl="Agenda", title_en="What's on", slug_en="whats-on"
        )
    )


def make_event(agenda, occurrences, **kwargs):
    """An event with the given occurrences, published so it has a revision and a date."""
    return publish(EventPageFactory(parent=agenda, occurrences=occurrences, **kwargs))


@pytest.fixture
def concert(agenda):
    return make_event(
        agenda,
        [(local(2026, 7, 4, 20), local(2026, 7, 4, 22))],
        title_nl="Zomerconcert & meer",
        title_en="Summer concert & more",
        slug_nl="zomerconcert",
        summary_nl="Muziek in de Hortus.",
        summary_en="Music in the Hortus.",
        venue_name_nl="Hortus botanicus",
        venue_address="Rapenburg 73, Leiden",
    )


def event_ical(event, language="nl"):
    return serve_route(event, "event.ics", language)


# --- One event as iCal ---------------------------------------------------------------------


def test_event_ical_is_a_downloadable_calendar(concert):
    response = event_ical(concert)
    calendar = parse_ical(response)
    assert 'filename="zomerconcert.ics"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Cache-Control"] == "public, max-age=300"
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]


def test_event_ical_describes_the_event(concert):
    (event,) = vevents(event_ical(concert))
    assert str(event["SUMMARY"]) == "Zomerconcert & meer"
    assert str(event["DESCRIPTION"]) == "Muziek in de Hortus."
    assert str(event["LOCATION"]) == "Hortus botanicus, Rapenburg 73, Leiden"
    assert str(event["URL"]) == "http://localhost/nl/agenda/zomerconcert/"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("DTSTAMP").tzinfo is not None


def test_event_ical_speaks_the_language_of_the_url(concert):
    (event,) = vevents(event_ical(concert, "en"))
    assert str(event["SUMMARY"]) == "Summer concert & more"
    assert str(event["DESCRIPTION"]) == "Music in the Hortus."
    assert str(event["URL"]) == "http://localhost/en/whats-on/zomerconcert/"


def assert_local_time(event, name, wall_clock, utc):
    """The property is Leiden wall time with a TZID, and the calendar's own VTIMEZONE (not
    just the zone database) turns it into the right instant."""
    assert event[name].params["TZID"] == "Europe/Amsterdam"
    value = event.decoded(name)
    assert value.replace(tzinfo=None) == wall_clock
    assert value.astimezone(UTC) == utc


def own_timezone(calendar):
    (vtimezone,) = calendar.timezones
    assert vtimezone.tz_name == "Europe/Amsterdam"
    return vtimezone.to_tz(lookup_tzid=False)


@pytest.mark.parametrize(
    ("start", "end", "start_utc", "end_utc"),
    [
        pytest.param(
            local(2026, 7, 4, 20),
            local(2026, 7, 4, 22),
            datetime.datetime(2026, 7, 4, 18, tzinfo=UTC),
            datetime.datetime(2026, 7, 4, 20, tzinfo=UTC),
            id="summer-cest",
        ),
        pytest.param(
            local(2027, 1, 15, 20),
            local(2027, 1, 15, 22),
            datetime.datetime(2027, 1, 15, 19, tzinfo=UTC),
            datetime.datetime(2027, 1, 15, 21, tzinfo=UTC),
            id="winter-cet",
        ),
        pytest.param(
            # The night of the last Sunday of October: the clocks go from 3:00 back to 2:00.
            local(2026, 10, 24, 22),
            local(2026, 10, 25, 4),
            datetime.datetime(2026, 10, 24, 20, tzinfo=UTC),
            datetime.datetime(2026, 10, 25, 3, tzinfo=UTC),
            id="across-dst-change",
        ),
    ],
)
def test_event_times_are_leiden_wall_clock_with_a_vtimezone(agenda, start, end, start_utc, end_utc):
    event_page = make_event(agenda, [(start.astimezone(UTC), end.astimezone(UTC))])
    calendar = parse_ical(event_ical(event_page))
    (event,) = calendar.walk("VEVENT")
    assert_local_time(event, "DTSTART", start.replace(tzinfo=None), start_utc)
    assert_local_time(event, "DTEND", end.replace(tzinfo=None), end_utc)
    tz = own_timezone(calendar)
    assert start.replace(tzinfo=tz).astimezone(UTC) == start_utc
    assert end.replace(tzinfo=tz).astimezone(UTC) == end_utc


def test_the_dst_night_lasts_an_hour_longer(agenda):
    event_page = make_event(agenda, [(local(2026, 10, 24, 22), local(2026, 10, 25, 4))])
    (event,) = vevents(event_ical(event_page))
    # Subtract instants: Python subtracts wall-clock times within one zone.
    duration = event.decoded("DTEND").astimezone(UTC) - event.decoded("DTSTART").astimezone(UTC)
    assert duration == datetime.timedelta(hours=7)


def test_event_without_an_end_has_no_dtend(agenda):
    event_page = make_event(agenda, [(local(2026, 7, 4, 20), None)])
    (event,) = vevents(event_ical(event_page))
    assert "DTEND" not in event
    assert event.decoded("DTSTART") == local(2026, 7, 4, 20)


def test_all_day_occurrences_are_dates(agenda):
    event_page = make_event(
        agenda,
        [
            {"start": local(2026, 8, 1, 0), "all_day": True},
            {"start": local(2026, 8, 7, 0), "end": local(2026, 8, 9, 0), "all_day": True},
        ],
    )
    response = event_ical(event_page)
    one_day, weekend = vevents(response)
    assert one_day["DTSTART"].params["VALUE"] == "DATE"
    assert one_day.decoded("DTSTART") == datetime.date(2026, 8, 1)
    assert one_day.decoded("DTEND") == datetime.date(2026, 8, 2)
    assert weekend.decoded("DTSTART") == datetime.date(2026, 8, 7)
    assert weekend.decoded("DTEND") == datetime.date(2026, 8, 10)
    assert b"DTSTART;VALUE=DATE:20260801" in response.content


def test_status_follows_the_occurrence(agenda):
    event_page = make_event(
        agenda,
        [
            {"start": local(2026, 9, day, 20), "status": status}
            for day, status in [
                (1, EventOccurrence.SCHEDULED),
                (2, EventOccurrence.CANCELLED),
                (3, EventOccurrence.POSTPONED),
                (4, EventOccurrence.SOLD_OUT),
            ]
        ],
        summary_en="An evening.",
    )
    events = vevents(event_ical(event_page, "en"))
    statuses = [str(event["STATUS"]) for event in events]
    assert statuses == ["CONFIRMED", "CANCELLED", "TENTATIVE", "CONFIRMED"]
    assert str(events[0]["DESCRIPTION"]) == "An evening."
    assert "Sold out" in str(events[3]["DESCRIPTION"])


def test_uids_are_unique_and_stable(agenda):
    event_page = make_event(
        agenda,
        [(local(2026, 7, 4, 20), None), (local(2026, 7, 5, 20), None)],
    )
    first = [str(e["UID"]) for e in vevents(event_ical(event_page))]
    again = [str(e["UID"]) for e in vevents(event_ical(event_page))]
    english = [str(e["UID"]) for e in vevents(event_ical(event_page, "en"))]
    assert len(set(first)) == 2
    assert first == again == english
    occurrence_pks = [o.pk for o in event_page.ordered_occurrences]
    assert first == [f"event-{event_page.pk}-occ-{pk}@localhost" for pk in occurrence_pks]
    # Publishing again must not change them, or calendars would show the event twice.
    publish(event_page)
    assert [str(e["UID"]) for e in vevents(event_ical(event_page))] == first


@pytest.mark.parametrize("count", [2, 20])
def test_event_ical_queries_do_not_grow(agenda, count, django_assert_max_num_queries):
    venue = PlacePageFactory(parent=PlaceIndexPageFactory(parent=agenda.get_parent()))
    event_page = make_event(agenda, [(soon(n), None) for n in range(count)], venue=venue)
    with django_assert_max_num_queries(5):
        assert len(vevents(event_ical(event_page))) == count


# --- The agenda's feeds ----------------------------------------------------------------------


def soon(days, hour=20) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=AMSTERDAM)


@pytest.fixture
def fake_agenda(monkeypatch):
    """Stands in for the agenda's filter, so the feeds are tested on their own: every
    occurrence in start order, or the given errors."""
    fake = types.SimpleNamespace(errors=[])

    def filtered_occurrences(agenda_page, request):
        return EventOccurrence.objects.order_by("start", "pk"), None, fake.errors

    monkeypatch.setattr(feeds, "filtered_occurrences", filtered_occurrences)
    return fake


@pytest.fixture
def upcoming(agenda):
    theme = ThemeFactory(slug="wetenschap")
    lecture = make_event(
        agenda,
        [(soon(3), soon(3, 22)), {"start": soon(4), "status": EventOccurrence.CANCELLED}],
        title_nl="Lezing",
        title_en="Lecture",
        slug_nl="lezing",
        summary_nl="Over sterren.",
        audiences=["visitors", "students"],
        themes=[theme],
        is_free=True,
        ticket_url="https://tickets.example.org/lezing",
    )
    fair = make_event(
        agenda,
        [{"start": soon(5, 0), "all_day": True}],
        title_nl="Markt",
        slug_nl="markt",
        price_nl="€ 5",
    )
    return lecture, fair


def test_agenda_ical_lists_the_filtered_occurrences(agenda, fake_agenda, upcoming):
    response = serve_route(agenda, "agenda.ics")
    calendar = parse_ical(response)
    assert response["Cache-Control"] == "public, max-age=300"
    assert 'filename="agenda.ics"' in response["Content-Disposition"]
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert summaries == ["Lezing", "Lezing", "Markt"]
    assert [str(e["STATUS"]) for e in calendar.walk("VEVENT")][:2] == ["CONFIRMED", "CANCELLED"]
    assert own_timezone(calendar)


def test_agenda_ical_shares_uids_with_the_event_feed(agenda, fake_agenda, upcoming):
    lecture, _fair = upcoming
    agenda_uids = {str(e["UID"]) for e in vevents(serve_route(agenda, "agenda.ics"))}
    event_uids = {str(e["UID"]) for e in vevents(event_ical(lecture))}
    assert event_uids < agenda_uids


def test_agenda_json_describes_each_occurrence(agenda, fake_agenda, upcoming):
    lecture, fair = upcoming
    response = serve_route(agenda, "agenda.json", "en")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "public, max-age=300"
    data = json_body(response)
    assert data["title"] == "What's on"
    assert data["url"] == "http://localhost/en/whats-on/"
    assert data["language"] == "en"
    first, cancelled, market = data["events"]
    assert first == {
        "id": f"event-{lecture.pk}-occ-{lecture.ordered_occurrences[0].pk}@localhost",
        "title": "Lecture",
        "summary": "Over sterren.",  # no English summary: the Dutch one
        "url": "http://localhost/en/whats-on/lezing/",
        "start": soon(3).isoformat(),
        "end": soon(3, 22).isoformat(),
        "all_day": False,
        "status": "scheduled",
        "location": {"name": "Stadsgehoorzaal", "address": "Breestraat 60, Leiden"},
        "is_free": True,
        "price": "",
        "ticket_url": "https://tickets.example.org/lezing",
        "audiences": ["visitors", "students"],
        "themes": ["wetenschap"],
        "ical": "http://localhost/en/whats-on/lezing/event.ics",
    }
    assert cancelled["status"] == "cancelled"
    assert cancelled["end"] is None
    assert market["all_day"] is True
    assert market["price"] == "€ 5"
    assert market["title"] == "Markt"


def test_agenda_json_times_carry_their_offset(fake_agenda, agenda):
    make_event(
        agenda, [(local(2026, 7, 4, 20), local(2026, 7, 4, 22)), (local(2027, 1, 15, 20), None)]
    )
    summer, winter = json_body(serve_route(agenda, "agenda.json"))["events"]
    assert summer["start"] == "2026-07-04T20:00:00+02:00"
    assert summer["end"] == "2026-07-04T22:00:00+02:00"
    assert winter["start"] == "2027-01-15T20:00:00+01:00"


def test_bad_filters_are_a_400(fake_agenda, agenda):
    fake_agenda.errors = ["Onbekende datum"]
    response = serve_route(agenda, "agenda.ics")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert response.text == "Onbekende datum"
    response = serve_route(agenda, "agenda.json")
    assert response.status_code == 400
    assert json.loads(response.content) == {"errors": ["Onbekende datum"]}


def test_agenda_feeds_are_limited(fake_agenda, agenda, monkeypatch):
    monkeypatch.setattr(feeds, "FEED_LIMIT", 3)
    make_event(agenda, [(soon(day), None) for day in range(1, 6)])
    assert len(vevents(serve_route(agenda, "agenda.ics"))) == 3
    assert len(json_body(serve_route(agenda, "agenda.json"))["events"]) == 3


def add_events(agenda, count):
    place_index = PlaceIndexPageFactory(parent=agenda.get_parent())
    theme = ThemeFactory()
    for n in range(count):
        venue = PlacePageFactory(parent=place_index) if n % 2 else None
        event_page = make_event(agenda, [(soon(n + 1), soon(n + 1, 22))], venue=venue)
        event_page.themes.set([theme])
        event_page.save()


@pytest.mark.parametrize("count", [5, 30])
@pytest.mark.parametrize("feed", ["agenda.ics", "agenda.json"])
def test_agenda_feed_queries_do_not_grow(
    fake_agenda, agenda, count, feed, django_assert_max_num_queries
):
    add_events(agenda, count)
    with django_assert_max_num_queries(8):
        response = serve_route(agenda, feed)
    assert response.status_code == 200


# Against the real agenda filters (discoveries/agenda.py): without filters, what is coming.


def test_agenda_ical_without_filters_lists_what_is_coming(agenda, upcoming):
    response = serve_route(agenda, "agenda.ics")
    summaries = [str(e["SUMMARY"]) for e in vevents(response)]
    assert "Lezing" in summaries
    assert "Markt" in summaries


def test_agenda_json_without_filters_lists_what_is_coming(agenda, upcoming):
    response = serve_route(agenda, "agenda.json", "en")
    assert response.status_code == 200
    titles = {event["title"] for event in json_body(response)["events"]}
    assert {"Lecture", "Markt"} <= titles


# --- Stories: RSS and Atom -------------------------------------------------------------------


@pytest.fixture
def stories_index(brand_home):
    return publish(
        StoryIndexPageFactory(
            parent=brand_home,
            title_nl="Verhalen",
            title_en="Stories",
            slug_en="stories",
            intro_nl="Verhalen uit Leiden.",
        )
    )


def add_stories(index, count, start=datetime.date(2026, 1, 1)):
    """`count` stories, one a day from `start`; returns them newest first."""
    stories = [
        publish(
            StoryPageFactory(
                parent=index,
                title_nl=f"Verhaal {n}",
                title_en=f"Story {n}",
                slug_nl=f"verhaal-{n}",
                intro_nl=f"Inleiding {n}",
                date=start + datetime.timedelta(days=n),
                author=f"Auteur {n}",
            )
        )
        for n in range(count)
    ]
    return stories[::-1]


FEED_KINDS = ["rss", "atom"]


def parse_feed(response):
    assert response.status_code == 200, response.content
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_story_feed_lists_newest_stories_first(client, stories_index, kind):
    add_stories(stories_index, 3)
    response = get(client, f"/nl/verhalen/{kind}/")
    assert response["Cache-Control"] == "public, max-age=300"
    parsed = parse_feed(response)
    assert parsed.feed.title == "Verhalen"
    assert parsed.feed.link == "http://localhost/nl/verhalen/"
    assert parsed.feed.language == "nl"
    assert [entry.title for entry in parsed.entries] == ["Verhaal 2", "Verhaal 1", "Verhaal 0"]
    newest = parsed.entries[0]
    assert newest.link == "http://localhost/nl/verhalen/verhaal-2/"
    assert newest.summary == "Inleiding 2"
    assert newest.author == "Auteur 2"
    # feedparser gives UTC: midnight in Leiden is 23:00 the day before.
    assert timegm(newest.published_parsed) == local(2026, 1, 3).timestamp()


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_story_feed_speaks_the_language_of_the_url(client, stories_index, kind):
    add_stories(stories_index, 2)
    parsed = parse_feed(get(client, f"/en/stories/{kind}/"))
    assert parsed.feed.title == "Stories"
    assert parsed.feed.language == "en"
    assert [entry.title for entry in parsed.entries] == ["Story 1", "Story 0"]
    assert parsed.entries[0].link == "http://localhost/en/stories/verhaal-1/"
    assert parsed.entries[0].summary == "Inleiding 1"  # no English intro: the Dutch one


def test_story_feed_escapes_titles(client, stories_index):
    publish(StoryPageFactory(parent=stories_index, title_nl="Kaas & <wijn>"))
    for kind in FEED_KINDS:
        parsed = parse_feed(get(client, f"/nl/verhalen/{kind}/"))
        assert parsed.entries[0].title == "Kaas & <wijn>"


def test_story_feed_leaves_out_drafts(client, stories_index):
    add_stories(stories_index, 2)
    draft = StoryPageFactory(parent=stories_index, title_nl="Concept", live=False)
    parsed = parse_feed(get(client, "/nl/verhalen/rss/"))
    assert draft.title not in [entry.title for entry in parsed.entries]
    assert len(parsed.entries) == 2


@pytest.mark.parametrize("count", [5, 30])
@pytest.mark.parametrize("kind", FEED_KINDS)
def test_story_feed_queries_do_not_grow(
    client, stories_index, kind, count, django_assert_max_num_queries
):
    add_stories(stories_index, count)
    # About 8 go to finding the site and walking to the page; the feed itself needs one.
    with django_assert_max_num_queries(10):
        response = get(client, f"/nl/verhalen/{kind}/")
    entries = parse_feed(response).entries
    assert len(entries) == min(count, 20)
    assert entries[0].title == f"Verhaal {count - 1}"


# --- Routes: GPX ---------------------------------------------------------------------------


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
