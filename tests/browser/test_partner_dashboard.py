"""A partner's editor starts on the dashboard's three panels and proposes an event from it,
in English, with the dates on the form's first tab."""

import datetime
import re

import pytest

from django.contrib.auth.models import Group
from django.utils import timezone

from discoveries.factories import EventIndexPageFactory, EventPageFactory
from discoveries.models import EventPage
from leiden_site.declarations import MARKETING_MODERATORS
from partners.models import PartnerIndexPage
from tests.browser.test_partner_journey import PASSWORD, add_partner
from tests.conftest import publish
from tests.partners.conftest import make_user

pytestmark = pytest.mark.django_db(transaction=True)

PANELS = ["own-profile", "propose-event", "own-submissions"]


@pytest.fixture
def network(brand_home):
    Group.objects.get(name=MARKETING_MODERATORS)  # approval needs the moderators' group
    agenda = publish(EventIndexPageFactory(parent=brand_home, title_nl="Agenda", slug_nl="agenda"))
    index = PartnerIndexPage(
        title="Partners", title_nl="Partners", slug="partners", slug_nl="partners"
    )
    brand_home.add_child(instance=index)
    publish(index)
    a = add_partner(index, "Museum Volkenkunde", "volkenkunde", "Wereldculturen in Leiden.")
    b = add_partner(index, "Hortus botanicus", "hortus", "De oudste botanische tuin.")
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=10)
    EventPageFactory(
        parent=agenda,
        title_nl="Geheime orchideeënnacht",
        slug_nl="orchideeennacht",
        organiser=b,
        owner=make_user("bram", b.group),
        occurrences=[(start, start + datetime.timedelta(hours=3))],
    )
    return {"agenda": agenda, "a": a, "editor": make_user("anna", a.group)}


def show_language(page, code):
    field = page.locator(f"input[name=title_{code}]")
    if not field.is_visible():
        toggle = page.locator("button.locale-toggle").filter(
            has_text=re.compile(rf"^\s*{code}\s*$")
        )
        toggle.first.click()


def test_partner_proposes_an_english_event_from_the_dashboard(
    page, live_sites, network, screenshot
):
    site = live_sites["discoveries"]
    page.goto(f"{site}/admin/login/")
    page.locator("input[name=username]").fill(network["editor"].username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{site}/admin/")

    for panel in PANELS:
        assert page.locator(f"#{panel}-section").is_visible(), panel
    assert page.locator(".w-summary").count() == 0
    assert "orchidee" not in page.content().lower()
    screenshot(page, "admin-dashboard-partner-1280")
    page.set_viewport_size({"width": 375, "height": 800})
    page.reload()
    screenshot(page, "admin-dashboard-partner-375")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.locator("#propose-event-section a.button").click()
    page.wait_for_url(re.compile(r".*/admin/pages/add/discoveries/eventpage/\d+/$"))
    # The dates are on the first tab, visible without switching tabs.
    start = page.locator("input[name='occurrences-0-start']")
    assert start.is_visible()
    start_at = timezone.localtime() + datetime.timedelta(days=20)
    start.fill(start_at.strftime("%Y-%m-%d 19:00"))
    page.keyboard.press("Escape")
    page.locator("input[name='occurrences-0-end']").fill(start_at.strftime("%Y-%m-%d 22:00"))
    page.keyboard.press("Escape")

    show_language(page, "en")
    page.locator("input[name=title_en]").fill("Night of World Cultures")
    page.locator("textarea[name=summary_en]").fill("Masks, music and stories after dark.")
    page.locator("input[name=audiences][value=visitors]").check()
    screenshot(page, "admin-partner-proposes-event")

    submit = page.locator("footer button[name=action-submit]")
    if not submit.is_visible():
        page.locator("footer .w-dropdown__toggle").first.click()
        submit.wait_for(state="visible")
    submit.click()
    page.wait_for_url(re.compile(rf"^{re.escape(site)}/admin/pages/\d+/$"))

    event = EventPage.objects.get(title_en="Night of World Cultures")
    assert event.title_nl == "Night of World Cultures"
    assert event.get_latest_revision_as_object().dutch_copied_from_english == ["summary", "title"]
    page.goto(f"{site}/admin/")
    submissions = page.locator("#own-submissions-section")
    assert submissions.get_by_role("link", name="Night of World Cultures").is_visible()
    screenshot(page, "admin-dashboard-partner-after-proposal")
