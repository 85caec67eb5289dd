"""The agenda's feeds: the filtered agenda as iCal and as JSON."""

import json

import pytest

from discoveries.factories import (
    PlaceIndexPageFactory,
    PlacePageFactory,
)
from discoveries.models import EventOccurrence
from discoveries.views import feeds
from leiden_site.factories import ThemeFactory
from tests.discoveries.feeds import (
    event_ical,
    json_body,
    local,
    make_event,
    own_timezone,
    parse_ical,
    serve_route,
    soon,
    vevents,
)


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
