"""In Chromium: every form that asks for personal data leads to its site's privacy
statement, and a request for proposal keeps what the organiser chose in the finder."""

import re

import pytest
from playwright.sync_api import expect

from discoveries.models import CongressRequest
from tests.catalogue import build_catalogue
from tests.leiden_site.privacy_catalogue import FORM_ENTRIES, PRIVACY_TITLES, SITE_HOSTS

# The live server needs committed data; `sites` rebuilds the tree after each flush.
pytestmark = pytest.mark.django_db(transaction=True)
WIDTHS = (375, 1280)


@pytest.fixture
def catalogue(live_sites, sites):
    return {entry.name: entry for entry in build_catalogue(sites)}


def site_url(live_sites, host: str) -> str:
    key = next(key for key, known in SITE_HOSTS.items() if known == host)
    return live_sites[key]


def test_every_form_links_its_sites_privacy_statement(page, live_sites, catalogue, screenshot):
    for name in FORM_ENTRIES:
        entry = catalogue[name]
        page.goto(site_url(live_sites, entry.host) + entry.url("en"))
        link = page.locator("form [data-privacy-link]")
        expect(link).to_have_count(1)
        link.click()
        expect(page.locator("h1")).to_have_text(PRIVACY_TITLES["en"])
    for language in ("nl", "en"):
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(f"{live_sites['vvv']}/{language}/privacy/")
            screenshot(page, f"privacy-page-{language}-{width}")
            page.locator("footer").scroll_into_view_if_needed()
            page.locator("footer").screenshot(
                path=str(screenshot.artifacts / f"footer-vvv-{language}-{width}.png")
            )


def test_the_request_keeps_the_finders_choices(page, live_sites, catalogue, screenshot):
    brand = live_sites["discoveries"]
    page.goto(f"{brand}/en/vergaderen/")
    page.get_by_label("Number of guests").fill("250")
    page.locator("#finder-setup").select_option("theatre")
    page.get_by_role("button", name="Show venues").click()
    page.get_by_role("link", name="City concert hall").click()  # the venue's English title
    expect(page.locator("h1")).to_have_text("City concert hall")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        screenshot(page, f"venue-page-en-{width}")
    page.get_by_role("link", name=re.compile("Request a proposal")).click()

    form = page.locator("#request form")
    expect(form.locator("[name=attendees]")).to_have_value("250")
    expect(form.locator("[name=setup]")).to_have_value("theatre")
    expect(form.locator("[name=venue] option:checked")).to_have_text("City concert hall")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        screenshot(page, f"request-form-en-{width}")

    form.locator("[name=name]").fill("Dr. Jansen")
    form.locator("[name=email]").fill("jansen@example.org")
    form.locator("[name=start_date]").fill("2027-05-10")
    form.locator("[name=end_date]").fill("2027-05-12")
    form.get_by_role("button", name="Send request").click()
    stored = CongressRequest.objects.get()
    assert (stored.attendees, stored.setup, stored.venue.title_nl) == (
        250,
        "theatre",
        "Stadsgehoorzaal",
    )
    expect(page.locator(".request__reference")).to_contain_text(stored.reference)
    screenshot(page, "request-sent-en-1280")
