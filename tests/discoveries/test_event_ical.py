"""One event as an iCal download: times in Leiden wall-clock time, statuses, stable UIDs."""

import datetime

import pytest

from discoveries.factories import (
    PlaceIndexPageFactory,
    PlacePageFactory,
)
from discoveries.models import EventOccurrence
from tests.conftest import publish
from tests.discoveries.feeds import (
    UTC,
    event_ical,
    local,
    make_event,
    own_timezone,
    parse_ical,
    soon,
    vevents,
)


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
