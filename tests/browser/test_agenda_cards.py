"""A visitor on a phone sees the first event at once; the filters fold into a disclosure
that says how many are active. Events with several dates are one card."""

import datetime

import pytest
import wagtail_factories

from discoveries.factories import EventIndexPageFactory, EventPageFactory, PlaceIndexPageFactory
from discoveries.models import EventOccurrence, VenueIndexPage
from tests.conftest import publish
from tests.discoveries.conftest import in_days

pytestmark = pytest.mark.django_db(transaction=True)

PHONE = {"width": 375, "height": 667}
DESKTOP = {"width": 1280, "height": 900}


def evenings(*days):
    return [(in_days(day), in_days(day) + datetime.timedelta(hours=2)) for day in days]


@pytest.fixture
def agenda(sites):
    home = sites["discoveries"].root_page.specific
    publish(PlaceIndexPageFactory(parent=home))
    publish(home.add_child(instance=VenueIndexPage(title="Vergaderen", slug="vergaderen")))
    agenda = publish(
        EventIndexPageFactory(
            parent=home,
            title_en="What's on",
            slug_en="whats-on",
            intro_nl="Concerten, lezingen en festivals in de stad.",
            intro_en="Concerts, lectures and festivals in town.",
        )
    )
    image = wagtail_factories.ImageFactory(title="Lakenhal")
    common = {"parent": agenda, "is_free": True, "audiences": ["visitors"], "image": image}
    publish(
        EventPageFactory(
            title_nl="Lichtfestival",
            title_en="Festival of light",
            occurrences=evenings(3, 4, 5),
            **common,
        )
    )
    walk = EventPageFactory(
        title_nl="Zaterdagwandeling",
        title_en="Saturday walk",
        occurrences=evenings(2, 9, 16),
        ticket_url="https://tickets.example.org/walk",
        **common,
    )
    publish(walk)
    walk.occurrences.filter(start=in_days(9)).update(status=EventOccurrence.SOLD_OUT)
    publish(
        EventPageFactory(title_nl="Lezing", title_en="Lecture", occurrences=evenings(6), **common)
    )
    return agenda


def test_each_event_is_one_card(page, live_sites, agenda):
    page.goto(f"{live_sites['discoveries']}/en/whats-on/")
    titles = page.locator(".event-card .card__title").all_inner_texts()
    assert titles == ["Saturday walk", "Festival of light", "Lecture"]
    assert "Several dates" in page.locator(".event-card").first.inner_text()


def test_on_a_phone_the_filters_fold_and_the_first_event_shows(
    browser, live_sites, agenda, screenshot
):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(f"{live_sites['discoveries']}/en/whats-on/?audience=visitors&free=on")
        disclosure = tab.locator("details.filter-disclosure")
        assert disclosure.evaluate("d => d.open") is False
        summary = disclosure.locator("summary")
        text = summary.inner_text()
        assert text.startswith("Filter") and text.endswith("2 active"), text
        first_card = tab.locator(".event-card").first.bounding_box()
        assert first_card["y"] < PHONE["height"], first_card
        assert not tab.get_by_label("Search the agenda").is_visible()

        summary.focus()
        tab.keyboard.press("Enter")
        assert disclosure.evaluate("d => d.open") is True
        assert tab.get_by_label("Search the agenda").is_visible()
    finally:
        context.close()


def test_on_a_wide_screen_the_filters_show_without_a_summary(page, live_sites, agenda):
    page.goto(f"{live_sites['discoveries']}/en/whats-on/?free=on")
    assert page.get_by_label("Search the agenda").is_visible()
    assert not page.locator("details.filter-disclosure summary").is_visible()


def test_a_filter_with_an_error_stays_open_on_a_phone(browser, live_sites, agenda):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        tab.goto(
            f"{live_sites['discoveries']}/en/whats-on/?date_from=2030-05-02&date_to=2030-05-01"
        )
        error = tab.locator("form.filter-bar .field__error")
        assert "The end date comes before the start date." in error.inner_text()
        assert error.is_visible()
        assert tab.get_by_label("Until").is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_without_javascript_the_filters_can_be_used(browser, live_sites, agenda, viewport):
    context = browser.new_context(viewport=viewport, java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(f"{live_sites['discoveries']}/en/whats-on/")
        search = tab.get_by_label("Search the agenda")
        if viewport is PHONE:
            assert not search.is_visible(), "folded on a phone, as with JavaScript"
            tab.locator("details.filter-disclosure summary").click()
        search.fill("walk")
        tab.locator("form.filter-bar button[type=submit]").click()
        tab.wait_for_url("**q=walk**")
        titles = tab.locator(".event-card .card__title").all_inner_texts()
        assert titles == ["Saturday walk"]
    finally:
        context.close()


@pytest.mark.parametrize("path", ["/nl/plekken/?open_now=on", "/nl/vergaderen/?setup=theatre"])
def test_place_and_venue_filters_fold_on_a_phone_too(browser, live_sites, agenda, path):
    context = browser.new_context(viewport=PHONE)
    tab = context.new_page()
    try:
        response = tab.goto(f"{live_sites['discoveries']}{path}")
        assert response.status == 200, path
        disclosure = tab.locator("details.filter-disclosure")
        assert disclosure.evaluate("d => d.open") is False
        assert "1" in disclosure.locator("summary").inner_text()
        assert not tab.locator("form.filter-bar button[type=submit]").is_visible()
    finally:
        context.close()


def test_screenshots_of_the_agenda(browser, live_sites, agenda, screenshot):
    """For a person to look at (test-artifacts/): phone and desktop, Dutch and English."""
    base = live_sites["discoveries"]
    for viewport in (PHONE, DESKTOP):
        context = browser.new_context(viewport=viewport)
        tab = context.new_page()
        for language, path in (("nl", "/nl/agenda/"), ("en", "/en/whats-on/")):
            tab.goto(f"{base}{path}?free=on")
            assert tab.locator(".event-card").count() == 3
            screenshot(tab, f"agenda-cards-{language}-{viewport['width']}")
        tab.goto(f"{base}/en/whats-on/")
        tab.locator(".event-card a").first.click()
        dates = tab.locator(".date-list__item")
        assert dates.count() == 3
        assert "sold out" in dates.nth(1).inner_text().lower()
        assert dates.nth(1).get_by_role("link").count() == 0
        assert dates.nth(0).get_by_role("link", name="Tickets").count() == 1
        screenshot(tab, f"agenda-event-en-{viewport['width']}")
        context.close()
