"""Keyboard only: every control is reached by Tab, in order, and shows where focus is.

And at phone width the main menu opens, is walked and closes without a mouse.
"""

import pytest

from tests.browser.navigation import add_menus, brand_menu_pages
from tests.catalogue import build_catalogue

pytestmark = pytest.mark.django_db(transaction=True)

# Marks every control a keyboard user should reach (visible, enabled, in the tab order;
# one stop per radio group) and records its look and its ancestors' look before focus.
MARK_TAB_STOPS = """
() => {
  const selector = 'a[href], area[href], button, input, select, textarea, summary, '
    + 'iframe, [tabindex], [contenteditable="true"]';
  const look = el => {
    const s = getComputedStyle(el);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
  };
  const chain = el => {
    const out = [];
    for (let node = el; node && node !== document.body && out.length < 6;) {
      out.push(look(node));
      node = node.parentElement;
    }
    return out;
  };
  const seenRadios = new Set();
  const stops = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.tabIndex < 0 || el.disabled || el.closest('[inert]')) continue;
    if (el.matches('input[type=hidden]')) continue;
    const style = getComputedStyle(el);
    if (!el.getClientRects().length || style.visibility !== 'visible') continue;
    // Also false inside a folded disclosure, yet true where CSS shows a closed one's content.
    if (!el.checkVisibility()) continue;
    if (el.matches('input[type=radio]')) {
      // Tab enters a radio group at its checked radio, or at its first when none is.
      const group = [...document.getElementsByName(el.name)].filter(r => r.type === 'radio');
      const checked = group.find(r => r.checked);
      if (checked ? checked !== el : seenRadios.has(el.name)) continue;
      seenRadios.add(el.name);
    }
    el.dataset.tabStop = String(stops.length);
    stops.push({index: stops.length, html: el.outerHTML.slice(0, 120), before: chain(el)});
  }
  window.__tabStopLooks = stops.map(stop => stop.before);
  return stops;
}
"""

# Which marked control has focus, and whether it (or a container styled with
# :focus-within, up to five levels up) now looks different in a visible way.
FOCUS_STATE = """
() => {
  const el = document.activeElement;
  if (!el || el === document.body || el.dataset.tabStop === undefined) {
    return {index: null, html: el ? el.outerHTML.slice(0, 120) : null};
  }
  const index = Number(el.dataset.tabStop);
  const before = window.__tabStopLooks[index];
  let indicated = false;
  for (let node = el, i = 0; node && node !== document.body && i < 6; i++) {
    const s = getComputedStyle(node);
    const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none';
    if ((outline || shadow) && now !== before[i]) { indicated = true; break; }
    node = node.parentElement;
  }
  return {index, html: el.outerHTML.slice(0, 120), indicated};
}
"""

IS_VISIBLE = "el => !!el.getClientRects().length && getComputedStyle(el).visibility === 'visible'"


@pytest.fixture
def catalogue(sites, live_sites):
    entries = build_catalogue(sites)
    add_menus(sites["discoveries"], brand_menu_pages(sites["discoveries"]))
    return entries


def settle(tab) -> None:
    """Scroll through the page first, as a reader would, so the parts that load when they
    come into view (the map) are there before the controls are counted; then start at the
    top."""
    tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    tab.wait_for_load_state("networkidle")
    tab.evaluate("window.scrollTo(0, 0)")
    # A page with form errors moves focus to its error summary; Tab is walked from the top.
    tab.evaluate(
        "() => { const start = document.createElement('span'); start.tabIndex = -1;"
        " document.body.prepend(start); start.focus(); start.remove(); }"
    )


def tab_through(tab) -> list[str]:
    """Press Tab until every stop had focus once; returns what went wrong."""
    stops = tab.evaluate(MARK_TAB_STOPS)
    assert stops, "no focusable element found"
    problems = []
    reached = []
    # Spare presses: a date input takes one Tab per part (day, month, year).
    for _press in range(2 * len(stops) + 10):
        tab.keyboard.press("Tab")
        state = tab.evaluate(FOCUS_STATE)
        if state["index"] is None:
            if reached and reached[-1] == len(stops) - 1:
                break  # past the last control: focus left the page
            problems.append(f"Tab focused an unexpected element: {state['html']}")
            continue
        if reached and state["index"] == reached[-1]:
            continue  # the next part of the same control
        if reached and state["index"] < reached[-1]:
            break  # wrapped around
        reached.append(state["index"])
        if not state["indicated"]:
            problems.append(f"no visible focus indicator on {state['html']}")
        if len(reached) == len(stops):
            break
    missed = [stop["html"] for stop in stops if stop["index"] not in reached]
    problems += [f"never focused by Tab: {html}" for html in missed]
    if reached != sorted(reached):
        problems.append(f"focus order differs from the page order: {reached}")
    return problems


def test_tab_reaches_every_control_with_a_visible_focus_indicator(browser, catalogue, live_sites):
    port = live_sites["discoveries"].rsplit(":", 1)[1]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    problems = {}
    try:
        for entry in catalogue:
            response = tab.goto(f"http://{entry.host}:{port}{entry.url('nl')}")
            assert response.status == entry.status, entry
            settle(tab)
            found = tab_through(tab)
            if found:
                problems[entry.name] = found
    finally:
        context.close()
    assert problems == {}, "\n".join(f"{name}: {p}" for name, ps in problems.items() for p in ps)


def test_main_menu_works_keyboard_only_on_a_phone(browser, sites, live_sites, screenshot):
    build_catalogue(sites)
    menu_pages = add_menus(sites["discoveries"], brand_menu_pages(sites["discoveries"]))
    assert len(menu_pages) >= 2
    context = browser.new_context(viewport={"width": 375, "height": 800})
    tab = context.new_page()
    try:
        tab.goto(f"{live_sites['discoveries']}/nl/")
        toggle = tab.locator(".menu-toggle")
        menu_list = tab.locator("#main-nav-list")
        menu_links = menu_list.locator("a")
        assert toggle.is_visible()
        assert not menu_list.is_visible(), "the menu should start closed on a phone"
        assert menu_links.count() == len(menu_pages)

        for _press in range(15):
            tab.keyboard.press("Tab")
            if tab.evaluate("document.activeElement.classList.contains('menu-toggle')"):
                break
        else:
            pytest.fail("the menu button is never reached with Tab")
        assert toggle.get_attribute("aria-expanded") == "false"

        tab.keyboard.press("Enter")
        assert toggle.get_attribute("aria-expanded") == "true"
        assert menu_list.is_visible()
        screenshot(tab, "main-menu-open-nl-375")

        # The opened menu holds the languages and the search first, then the main menu.
        for _press in range(10):
            tab.keyboard.press("Tab")
            if tab.evaluate("!!document.activeElement.closest('#main-nav-list')"):
                break
        else:
            pytest.fail("Tab never reaches the main menu after the menu button")
        for position, menu_page in enumerate(menu_pages):
            if position:
                tab.keyboard.press("Tab")
            focused = tab.evaluate("document.activeElement.textContent.trim()")
            assert focused == menu_page.title_nl, f"menu link {position + 1}"
            assert tab.evaluate(f"({IS_VISIBLE})(document.activeElement)")

        tab.keyboard.press("Escape")
        assert toggle.get_attribute("aria-expanded") == "false"
        assert not menu_list.is_visible()
        assert tab.evaluate("document.activeElement.classList.contains('menu-toggle')"), (
            "Escape should return focus to the menu button"
        )

        # And Enter on a menu link still follows it.
        tab.keyboard.press("Enter")
        tab.locator("#main-nav-list a").first.focus()
        tab.keyboard.press("Enter")
        tab.wait_for_url(f"**{menu_pages[0].url}")
        assert tab.locator("h1").inner_text() == menu_pages[0].title_nl
    finally:
        context.close()
