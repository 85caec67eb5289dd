"""The agenda as visitors read it: one card per event, its dates, the next one, tickets."""

import datetime
import re

import pytest

from discoveries.factories import EventPageFactory
from discoveries.models import DateSpan, EventOccurrence
from tests.conftest import publish
from tests.discoveries.conftest import in_days


def get(client, path="/en/whats-on/", **params):
    return client.get(path, params, HTTP_HOST="localhost")


def cards(response) -> list[str]:
    """The cards' text, one string per card, whitespace squeezed."""
    found = re.findall(r'<li class="card event-card[^"]*">(.*?)</li>', response.text, re.S)
    return [" ".join(re.sub(r"<[^>]+>", "", card).split()) for card in found]


def event_with(agenda, days, **fields):
    """An event on each of `days` from today, 20:00–22:00."""
    starts = [in_days(day) for day in days]
    return publish(
        EventPageFactory(
            parent=agenda,
            occurrences=[(start, start + datetime.timedelta(hours=2)) for start in starts],
            **fields,
        )
    )


def test_an_event_with_three_dates_is_one_card_with_its_range(client, agenda):
    event_with(agenda, [10, 11, 12], title_en="Festival of light")
    response = get(client)
    shown = cards(response)
    assert len(shown) == 1
    first, last = in_days(10), in_days(12)
    if first.month == last.month:
        expected = f"{first.day}–{last:%-d %B}"
    else:
        expected = f"{first:%-d %B} – {last:%-d %B}"
    assert expected in shown[0]
    assert f"Next date: {first:%A %-d %B}, 20:00–22:00" in shown[0]
    assert "1 event" in response.text


def test_dates_with_gaps_say_several_dates(client, agenda):
    event_with(agenda, [3, 10, 17], title_en="Saturday walk")
    (card,) = cards(get(client))
    assert "Several dates" in card
    assert f"{in_days(3):%A %-d %B}" in card


def test_an_event_on_one_day_shows_no_range(client, agenda):
    event_with(agenda, [4], title_en="Lecture")
    (card,) = cards(get(client))
    assert "Several dates" not in card
    assert "Next date" not in card
    assert "20:00–22:00" in card


def test_a_filter_matching_the_second_date_shows_that_date_as_next(client, agenda):
    event_with(agenda, [2, 9], title_en="Two evenings")
    day = in_days(9).date().isoformat()
    response = get(client, date_from=day, date_to=day)
    (event,) = response.context["events"]
    assert event.next_occurrence.start == in_days(9)
    (card,) = cards(response)
    assert f"Next date: {in_days(9):%A %-d %B}" in card


def test_events_are_ordered_and_counted_by_their_next_date(client, agenda):
    event_with(agenda, [8, 1], title_en="Second round")  # its first date comes first
    event_with(agenda, [4], title_en="Middle")
    response = get(client)
    assert [e.title for e in response.context["events"]] == ["Second round", "Middle"]
    assert response.context["events"].paginator.count == 2


def test_pagination_counts_events_not_dates(client, agenda):
    for number in range(13):
        event_with(agenda, [1 + number, 30 + number], title_en=f"Event {number}")
    first, second = get(client), get(client, page="2")
    assert len(first.context["events"]) == 12
    assert [e.title for e in second.context["events"]] == ["Event 12"]


@pytest.mark.parametrize(
    ("status", "reason"), [("sold_out", "Sold out"), ("cancelled", "Cancelled")]
)
def test_an_affected_next_date_says_why_on_the_card(client, agenda, status, reason):
    event = event_with(agenda, [2], title_en="Popular show", ticket_url="https://tickets.example/")
    event.occurrences.update(status=status)
    (card,) = cards(get(client))
    assert reason in card


@pytest.mark.parametrize(
    ("status", "reason"), [("sold_out", "Sold out"), ("cancelled", "Cancelled")]
)
def test_event_page_hides_tickets_of_affected_dates_and_says_why(client, agenda, status, reason):
    event = event_with(
        agenda,
        [2, 5],
        title_en="Popular show",
        slug_en="popular-show",
        ticket_url="https://t.example/",
    )
    EventOccurrence.objects.filter(event=event, start=in_days(2)).update(status=status)
    response = client.get("/en/whats-on/popular-show/", HTTP_HOST="localhost")
    dates = re.findall(r'<li class="date-list__item[^"]*">(.*?)</li>', response.text, re.S)
    assert len(dates) == 2
    assert reason in dates[0] and "https://t.example/" not in dates[0]
    assert "https://t.example/" in dates[1] and reason not in dates[1]


def test_event_page_lists_only_dates_to_come(client, agenda):
    event_with(agenda, [-5, 3, 6], slug_en="series")
    response = client.get("/en/whats-on/series/", HTTP_HOST="localhost")
    assert response.text.count('class="date-list__item') == 2
    assert f"{in_days(-5):%A %-d %B %Y}" not in response.text


def test_feeds_are_offered_in_the_head_with_the_filters(client, agenda, history):
    response = get(client, theme="history", when="week")
    head = response.text.split("</head>")[0]
    alternates = dict(
        re.findall(r'<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">', head)
    )
    assert alternates["text/calendar"].startswith("http://localhost/en/whats-on/agenda.ics?")
    assert "theme=history" in alternates["application/json"]
    assert "when=week" in alternates["text/calendar"]
    body = response.text.split("</head>")[1]
    assert 'href="webcal://localhost/en/whats-on/agenda.ics?' in body
    assert re.search(r'href="http://localhost/en/whats-on/agenda.ics\?[^"]*" download', body)
    assert ">JSON<" not in body


def test_home_shows_each_coming_event_once(client, agenda, brand_home):
    event_with(agenda, [1, 2, 3, 4], title_en="Daily tour")
    event_with(agenda, [5], title_en="Concert")
    response = client.get("/en/", HTTP_HOST="localhost")
    assert [e.title for e in response.context["upcoming"]] == ["Daily tour", "Concert"]


def test_date_span_joins_days_that_follow_each_other():
    def occurrence(day, end_day=None):
        start = datetime.datetime(2026, 6, day, 8, tzinfo=datetime.UTC)
        end = datetime.datetime(
            2026, 7 if end_day and end_day < day else 6, end_day or day, 12, tzinfo=datetime.UTC
        )
        return EventOccurrence(start=start, end=end if end_day else None)

    assert DateSpan.of([occurrence(12)]) is None
    assert DateSpan.of([occurrence(12), occurrence(13), occurrence(14)]) == DateSpan(
        datetime.date(2026, 6, 12), datetime.date(2026, 6, 14), several=False
    )
    assert DateSpan.of([occurrence(12, 3)]) == DateSpan(
        datetime.date(2026, 6, 12), datetime.date(2026, 7, 3), several=False
    )
    assert DateSpan.of([occurrence(12), occurrence(20)]).several
