"""The arrival checklist page as a visitor uses it: answers in the URL, steps with links and
dates, an iCal file of the deadlines, and a message (never an error) for tampered URLs."""

import re
from datetime import timedelta
from urllib.parse import urlencode

import pytest
from icalendar import Calendar

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.expat_centre.conftest import EXPAT

pytestmark = pytest.mark.django_db


def query(**changes) -> str:
    arrival = timezone.localdate() + timedelta(days=10)
    answers = {
        "origin": "non_eu",
        "family": "no",
        "sponsor": "yes",
        "activity": "work",
        "arrival": arrival.isoformat(),
    }
    return urlencode({**answers, **changes})


def get(client, path, **extra):
    return client.get(path, HTTP_HOST=EXPAT, **extra)


def test_the_bare_page_shows_the_questions_and_no_checklist(client, checklist_page):
    response = get(client, "/en/arrival-checklist/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="arrival"' in html and 'name="origin"' in html
    assert "Your checklist" not in html
    assert "How we work out your checklist" in html


def test_answers_give_an_ordered_checklist_with_dates_and_links(client, checklist_page, services):
    arrival = timezone.localdate() + timedelta(days=10)
    response = get(client, f"/en/arrival-checklist/?{query()}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Your checklist" in html
    registration = html.index("Register with the municipality")
    permit = html.index("Collect your residence permit")
    licence = html.index("Exchange a driving licence from outside the EU")
    assert registration < permit < licence
    assert f'datetime="{(arrival + timedelta(days=5)).isoformat()}"' in html
    assert 'href="/en/services/registration/"' in html
    assert 'href="/en/services/driving_licence/"' in html
    assert 'name="robots" content="noindex' in html


def test_the_form_keeps_the_answers(client, checklist_page):
    html = get(client, f"/en/arrival-checklist/?{query(activity='study')}").content.decode()
    study = re.search(r'<input[^>]*name="activity"[^>]*value="study"[^>]*>', html).group(0)
    work = re.search(r'<input[^>]*name="activity"[^>]*value="work"[^>]*>', html).group(0)
    assert "checked" in study and "checked" not in work
    arrival = re.search(r'<input[^>]*name="arrival"[^>]*>', html).group(0)
    assert 'value="' + (timezone.localdate() + timedelta(days=10)).isoformat() in arrival


def test_tampered_answers_keep_the_valid_ones(client, checklist_page):
    html = get(client, f"/en/arrival-checklist/?{query(origin='mars')}").content.decode()
    study = re.search(r'<input[^>]*name="sponsor"[^>]*value="yes"[^>]*>', html).group(0)
    assert "checked" in study


def test_changing_an_answer_changes_the_steps(client, checklist_page):
    eu = get(client, f"/en/arrival-checklist/?{query(origin='eu')}").content.decode()
    non_eu = get(client, f"/en/arrival-checklist/?{query(origin='non_eu')}").content.decode()
    assert "residence permit" not in eu.split("Your checklist")[1].split("How we work out")[0]
    assert "Collect your residence permit" in non_eu


def test_nothing_is_stored_and_no_cookie_is_set(client, checklist_page):
    with CaptureQueriesContext(connection) as queries:
        response = get(client, f"/en/arrival-checklist/?{query()}")
    assert response.status_code == 200
    writes = [
        q["sql"]
        for q in queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    assert not response.cookies
    assert "Cache-Control" not in response or "private" not in response["Cache-Control"]


@pytest.mark.parametrize(
    "changes",
    [
        {"arrival": "0001-01-01"},
        {"arrival": "9999-12-31"},
        {"arrival": "2026-02-30"},
        {"arrival": "tomorrow"},
        {"arrival": ""},
        {"origin": "mars"},
        {"activity": "<script>alert(1)</script>"},
        {"family": "maybe"},
    ],
    ids=lambda changes: "-".join(f"{k}={v}" for k, v in changes.items()),
)
def test_tampered_answers_give_the_form_back_with_a_message(client, checklist_page, changes):
    response = get(client, f"/en/arrival-checklist/?{query(**changes)}")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please correct the following" in html
    assert "Your checklist" not in html
    assert "<script>alert(1)</script>" not in html


def test_an_answer_given_twice_is_refused(client, checklist_page):
    response = get(client, f"/en/arrival-checklist/?{query()}&origin=eu")
    assert response.status_code == 400
    assert "Give one answer only." in response.content.decode()


def test_a_partial_answer_asks_for_the_rest(client, checklist_page):
    response = get(client, "/en/arrival-checklist/?origin=eu")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Please give your arrival date." in html
    assert "Please answer this question." in html


def test_unrelated_parameters_are_ignored(client, checklist_page):
    response = get(client, "/en/arrival-checklist/?utm_source=newsletter")
    assert response.status_code == 200
    assert "Please correct the following" not in response.content.decode()


def test_the_ical_file_holds_the_dated_steps(client, checklist_page, services, guides):
    arrival = timezone.localdate() + timedelta(days=10)
    response = get(client, f"/en/arrival-checklist/checklist.ics?{query(family='yes')}")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    registration = events["Register with the municipality and get your BSN"]
    assert registration.decoded("dtstart") == arrival + timedelta(days=5)
    assert registration.decoded("dtend") == arrival + timedelta(days=6)
    assert "/en/services/registration/" in str(registration["description"])
    assert "Register your family members" in events
    assert "Find a school or childcare" not in events  # no fixed date, no calendar entry
    assert len({str(e["uid"]) for e in events.values()}) == len(events)


def test_the_page_links_to_the_ical_file_with_the_same_answers(client, checklist_page):
    html = get(client, f"/en/arrival-checklist/?{query()}").content.decode()
    assert "/en/arrival-checklist/checklist.ics?" in html
    assert "arrival=" in html.split("checklist.ics?")[1].split('"')[0]


@pytest.mark.parametrize("bad", ["arrival=9999-12-31", "origin=eu&origin=non_eu", ""])
def test_the_ical_file_refuses_bad_answers(client, checklist_page, bad):
    response = get(
        client,
        f"/en/arrival-checklist/checklist.ics?{query()}&{bad}"
        if bad
        else "/en/arrival-checklist/checklist.ics",
    )
    assert response.status_code == 400


def test_an_arrival_a_year_ago_still_gives_a_checklist(client, checklist_page):
    last_year = timezone.localdate() - timedelta(days=300)
    response = get(client, f"/en/arrival-checklist/?{query(arrival=last_year.isoformat())}")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'datetime="{(last_year + timedelta(days=5)).isoformat()}"' in html
    assert "This date has passed" in html
