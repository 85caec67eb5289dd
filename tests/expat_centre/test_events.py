"""The Expat Centre lists the agenda's events for internationals: the brand site's own event
pages (never copies), each once with its next date and its iCal file; nothing past, nothing
for other audiences."""

import re

import pytest

from discoveries.factories import EventIndexPageFactory, EventPageFactory
from expat_centre.factories import ExpatEventsPageFactory
from tests.conftest import publish
from tests.discoveries.conftest import in_days, make_event
from tests.expat_centre.conftest import EXPAT

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(brand_home):
    return publish(EventIndexPageFactory(parent=brand_home, slug_en="whats-on"))


@pytest.fixture
def events_page(expat_home):
    return publish(
        ExpatEventsPageFactory(
            parent=expat_home, title_en="Events for internationals", slug_en="events"
        )
    )


def event_titles(html: str) -> list[str]:
    return re.findall(r'class="expat-event__title"><a href="[^"]+">([^<]+)</a>', html)


def test_lists_only_upcoming_events_for_internationals(client, agenda, events_page):
    make_event(agenda, 3, title_en="Welcome drinks", audiences=["internationals"])
    make_event(agenda, 1, title_en="Dutch for beginners", audiences=["residents", "internationals"])
    make_event(agenda, 2, title_en="Canal concert", audiences=["visitors", "residents"])
    make_event(agenda, -3, title_en="Last week's meet-up", audiences=["internationals"])
    html = client.get("/en/events/", HTTP_HOST=EXPAT).text
    # Soonest first; other audiences and past events are left out.
    assert event_titles(html) == ["Dutch for beginners", "Welcome drinks"]


def test_an_event_is_listed_once_with_its_next_date(client, agenda, events_page):
    past, next_date, later = in_days(-7, 19), in_days(4, 19), in_days(11, 19)
    publish(
        EventPageFactory(
            parent=agenda,
            title_en="International café",
            audiences=["internationals"],
            occurrences=[(day, day.replace(hour=21)) for day in (past, later, next_date)],
        )
    )
    html = client.get("/en/events/", HTTP_HOST=EXPAT).text
    assert event_titles(html) == ["International café"]
    assert f'datetime="{next_date.isoformat()}"' in html
    assert later.isoformat() not in html


def test_links_to_the_agendas_own_page_and_its_ical_file(client, agenda, events_page):
    event = make_event(
        agenda, 5, title_en="Expat meet-up", slug_en="expat-meet-up", audiences=["internationals"]
    )
    html = client.get("/en/events/", HTTP_HOST=EXPAT).text
    page_url = "http://localhost/en/whats-on/expat-meet-up/"
    assert f'href="{page_url}"' in html
    assert f'href="{page_url}event.ics"' in html
    # The link is the very page on the brand site, and its iCal file is served there.
    assert client.get(page_url).status_code == 200
    ical = client.get(f"{page_url}event.ics")
    assert ical.status_code == 200
    assert ical["Content-Type"].startswith("text/calendar")
    assert "Expat meet-up" in ical.content.decode()
    assert event.pk  # the agenda's page itself, no copy on the Expat tree
    assert "expat-meet-up" not in [page.slug_en for page in events_page.get_children()]


def test_without_events_the_page_says_so(client, agenda, events_page):
    make_event(agenda, 2, title_en="Canal concert", audiences=["visitors"])
    html = client.get("/en/events/", HTTP_HOST=EXPAT).text
    assert "There are no events for internationals in the agenda at the moment." in html
    assert "Canal concert" not in html


def test_home_shows_the_next_events_and_links_to_all(client, agenda, events_page):
    for days in (1, 2, 3, 4):
        make_event(agenda, days, title_en=f"Meet-up {days}", audiences=["internationals"])
    html = client.get("/en/", HTTP_HOST=EXPAT).text
    assert "Events for internationals" in html
    assert event_titles(html) == ["Meet-up 1", "Meet-up 2", "Meet-up 3"]
    assert 'href="/en/events/"' in html
