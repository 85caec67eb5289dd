"""A visitor in a real browser: home, language switch, search, keyboard."""

import pytest

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish

# The live server needs committed data; `sites` rebuilds the tree after each flush.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def canal_page(brand_home):
    return publish(
        StandardPageFactory(
            parent=brand_home,
            title_nl="Grachten",
            slug_nl="grachten",
            title_en="Canals",
            slug_en="canals",
            intro_nl="Varen over de Oude Rijn en het Rapenburg.",
            intro_en="Boating on the Oude Rijn and the Rapenburg.",
        )
    )


def test_switch_language_stays_on_the_same_page(page, live_sites, canal_page, screenshot):
    page.goto(f"{live_sites['discoveries']}/nl/grachten/")
    assert page.locator("h1").inner_text() == "Grachten"
    page.get_by_role("link", name="English").first.click()
    page.wait_for_url("**/en/canals/")
    assert page.locator("h1").inner_text() == "Canals"
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "standard-page-en-1280")


def test_search_from_the_header(page, live_sites, canal_page):
    page.goto(f"{live_sites['discoveries']}/en/")
    search_box = page.get_by_role("searchbox").first
    search_box.fill("Rapenburg")
    search_box.press("Enter")
    page.wait_for_url("**/en/search/?q=Rapenburg*")
    assert page.get_by_role("link", name="Canals").count() >= 1


def test_each_site_has_its_own_theme(page, live_sites):
    colours = set()
    for key in ("discoveries", "vvv", "expat"):
        page.goto(f"{live_sites[key]}/nl/")
        colours.add(
            page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--brand')")
        )
    assert len(colours) == 3


def test_skip_link_is_the_first_tab_stop_and_visible(page, live_sites):
    page.goto(f"{live_sites['vvv']}/nl/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main-content"
    assert page.locator("a[href='#main-content']").is_visible()


def test_mobile_width_has_no_horizontal_scroll(browser, live_sites, canal_page, screenshot):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    tab = context.new_page()
    tab.goto(f"{live_sites['discoveries']}/nl/grachten/")
    assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    screenshot(tab, "standard-page-nl-320")
    context.close()
