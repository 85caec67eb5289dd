"""The agenda: upcoming by default, presets, ranges, filters, pagination, bad input."""

import datetime

import pytest

from discoveries.factories import EventPageFactory
from discoveries.views.agenda import preset_range
from tests.conftest import publish
from tests.discoveries.conftest import in_days, make_event


def titles(response):
    return [event.title for event in response.context["events"]]


def get(client, path="/nl/agenda/", **params):
    return client.get(path, params, HTTP_HOST="localhost")


def test_shows_upcoming_occurrences_in_date_order(client, agenda):
    make_event(agenda, 10, title_nl="Later")
    make_event(agenda, 2, title_nl="Eerder")
    make_event(agenda, -3, title_nl="Voorbij")
    response = get(client)
    assert response.status_code == 200
    assert titles(response) == ["Eerder", "Later"]


def test_past_events_keep_their_page_marked_as_past(client, agenda):
    past = make_event(agenda, -3, title_nl="Voorbij", slug_nl="voorbij")
    assert past.is_past
    response = client.get("/nl/agenda/voorbij/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response.context["page"].is_past


@pytest.mark.parametrize(
    ("today", "preset", "expected"),
    [
        (datetime.date(2026, 12, 2), "today", ((2026, 12, 2), (2026, 12, 2))),  # Wednesday
        (datetime.date(2026, 12, 2), "tomorrow", ((2026, 12, 3), (2026, 12, 3))),
        (datetime.date(2026, 12, 2), "weekend", ((2026, 12, 5), (2026, 12, 6))),
        (datetime.date(2026, 12, 5), "weekend", ((2026, 12, 5), (2026, 12, 6))),  # Saturday
        (datetime.date(2026, 12, 6), "weekend", ((2026, 12, 6), (2026, 12, 6))),  # Sunday
        (datetime.date(2026, 12, 2), "week", ((2026, 12, 2), (2026, 12, 6))),
        (datetime.date(2026, 12, 2), "month", ((2026, 12, 2), (2026, 12, 31))),
        (datetime.date(2027, 2, 10), "month", ((2027, 2, 10), (2027, 2, 28))),
    ],
)
def test_date_presets(today, preset, expected):
    first, last = preset_range(preset, today)
    assert (first.timetuple()[:3], last.timetuple()[:3]) == expected


def test_explicit_range(client, agenda):
    make_event(agenda, 5, title_nl="Binnen")
    make_event(agenda, 20, title_nl="Buiten")
    date_from = in_days(4).date().isoformat()
    date_to = in_days(6).date().isoformat()
    assert titles(get(client, date_from=date_from, date_to=date_to)) == ["Binnen"]


def test_filters_by_theme_audience_free_and_text(client, agenda, history):
    make_event(
        agenda,
        1,
        title_nl="Lezing Rembrandt",
        themes=[history],
        audiences=["students"],
        is_free=True,
    )
    make_event(agenda, 2, title_nl="Jazzconcert", audiences=["visitors"], is_free=False)
    assert titles(get(client, theme="history")) == ["Lezing Rembrandt"]
    assert titles(get(client, audience="students")) == ["Lezing Rembrandt"]
    assert titles(get(client, free="on")) == ["Lezing Rembrandt"]
    assert titles(get(client, q="jazz")) == ["Jazzconcert"]


def test_text_search_uses_the_visitors_language(client, agenda):
    make_event(agenda, 1, title_nl="Stadswandeling", title_en="City walk")
    assert titles(get(client, "/en/whats-on/", q="walk")) == ["City walk"]
    assert titles(get(client, "/en/whats-on/", q="Stadswandeling")) == ["City walk"]  # Dutch too


def test_cancelled_occurrences_stay_listed_with_their_status(client, agenda):
    event = publish(
        EventPageFactory(
            parent=agenda,
            title_nl="Afgelast concert",
            occurrences=[{"start": in_days(2), "status": "cancelled"}],
        )
    )
    response = get(client)
    assert [e.next_occurrence.status for e in response.context["events"]] == ["cancelled"]
    assert event.title in response.text


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-13-45"},
        {"date_from": "gisteren"},
        {"date_from": "2027-01-10", "date_to": "2027-01-01"},
        {"date_from": "2026-01-01", "date_to": "2030-01-01"},
        {"theme": "does-not-exist"},
        {"audience": "aliens"},
        {"when": "someday"},
        {"q": "x" * 500},
    ],
)
def test_bad_filters_answer_400_with_a_message(client, agenda, params):
    make_event(agenda, 1)
    response = get(client, **params)
    assert response.status_code == 400
    assert response.context["errors"]
    assert 'role="alert"' in response.text


@pytest.mark.parametrize("page", ["abc", "0", "-5", "99999999999999999999999", "2"])
def test_odd_page_numbers_show_a_page(client, agenda, page):
    make_event(agenda, 1)
    response = get(client, page=page)
    assert response.status_code == 200
    assert len(response.context["events"]) == 1


@pytest.mark.parametrize("count", [5, 50])
def test_agenda_queries_do_not_grow_with_the_items(
    client, agenda, count, django_assert_max_num_queries
):
    for day in range(count):
        make_event(agenda, 1 + day % 20)
    get(client)  # make the renditions and caches once
    with django_assert_max_num_queries(15):
        response = get(client, page="1")
    assert response.status_code == 200
