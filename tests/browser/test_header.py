"""The header in a real browser: on a wide screen the main menu fits one row in the
longest language (German) on every site; on a phone the header is a compact bar, with a
menu that opens with and without JavaScript."""

import pytest

from tests.browser.navigation import demo_menu_labels, set_menu_labels

pytestmark = pytest.mark.django_db(transaction=True)

SITES = ["discoveries", "vvv", "expat"]
PHONE = {"width": 375, "height": 667}
# At most a fifth of a phone's first screen.
PHONE_HEADER_MAX = PHONE["height"] * 0.2


@pytest.fixture
def german_menus(sites, live_sites):
    """Each site's main menu as the demo has it in German."""
    for key in SITES:
        set_menu_labels(sites[key], "de", demo_menu_labels(key, "de"))
    return live_sites


MENU_ROWS = """
() => {
  const list = document.getElementById('main-nav-list');
  const items = [...list.querySelectorAll('li')];
  return {
    listHeight: list.getBoundingClientRect().height,
    itemHeight: items[0].getBoundingClientRect().height,
    tops: [...new Set(items.map(item => Math.round(item.getBoundingClientRect().top)))],
    count: items.length,
  };
}
"""


@pytest.mark.parametrize("site", SITES)
def test_main_menu_is_one_row_at_1280_in_german(browser, german_menus, site, screenshot):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    tab = context.new_page()
    try:
        tab.goto(f"{german_menus[site]}/de/")
        rows = tab.evaluate(MENU_ROWS)
        assert rows["count"] == len(demo_menu_labels(site, "de"))
        assert len(rows["tops"]) == 1, f"the menu wraps: rows at {rows['tops']}"
        assert abs(rows["listHeight"] - rows["itemHeight"]) < 1
        screenshot(tab, f"header-{site}-de-1280")
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["script", "no-script"])
@pytest.mark.parametrize("site", SITES)
def test_phone_header_is_a_compact_bar_with_a_menu(browser, german_menus, site, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    tab = context.new_page()
    try:
        tab.goto(f"{german_menus[site]}/de/")
        height = tab.locator(".site-header").bounding_box()["height"]
        assert height <= PHONE_HEADER_MAX, f"the header takes {height}px of {PHONE['height']}"
        menu_list = tab.locator("#main-nav-list")
        assert not menu_list.is_visible()
        opener = tab.locator(".menu-toggle" if javascript else ".menu-link")
        assert opener.is_visible()
        opener.click()
        assert menu_list.is_visible()
        assert tab.locator(".site-search input").is_visible()
        assert menu_list.locator("a").count() == len(demo_menu_labels(site, "de"))
    finally:
        context.close()
