"""axe-core finds no WCAG 2.1 A/AA violation on any page type, in Dutch and English, and
no page shifts its layout while it loads, at phone or desktop width.

Every page is also photographed at phone and desktop width (test-artifacts/).
"""

import json

import pytest

from tests.browser.navigation import add_menus, brand_menu_pages
from tests.catalogue import build_catalogue
from tests.quality.tools import AXE_JS, require_tool

pytestmark = pytest.mark.django_db(transaction=True)

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = (375, 1280)
RUN_AXE = "options => axe.run(document, options)"
# Layout shifts a visitor did not cause, summed from the first paint on (the sum is never
# less than Lighthouse's cumulative layout shift, which takes the worst burst of them).
WATCH_LAYOUT_SHIFTS = """
window.layoutShiftTotal = 0;
new PerformanceObserver(list => {
  for (const shift of list.getEntries()) {
    if (!shift.hadRecentInput) window.layoutShiftTotal += shift.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""
# Web fonts and two frames after the load event: what arrives late has had its chance.
LAYOUT_SHIFT_AFTER_LOAD = """
() => document.fonts.ready
  .then(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
  .then(() => window.layoutShiftTotal)
"""
MAX_LAYOUT_SHIFT = 0.05
# Resolves once the browser has rendered a frame of the page.
AFTER_FIRST_FRAME = """
() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
"""


class ScriptsAfterFirstPaint:
    """Holds the site's own scripts back until the page has painted, as a slow connection
    would: whatever a script then moves is counted. Without it a fast machine may run them
    before the first paint, and a shift a visitor sees would go unnoticed."""

    def __init__(self):
        self.held = []
        self.released = False

    def __call__(self, route) -> None:
        if self.released:
            route.continue_()
        else:
            self.held.append(route)

    def load(self, tab, url: str):
        self.released = False
        response = tab.goto(url, wait_until="commit")
        tab.evaluate(AFTER_FIRST_FRAME)
        self.released = True
        for route in self.held:
            route.continue_()
        self.held.clear()
        tab.wait_for_load_state("load")
        return response


def describe(violations: list[dict]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> "
        + ", ".join(" ".join(node["target"]) for node in v["nodes"])
        for v in violations
    ]


@pytest.fixture
def catalogue(sites, live_sites):
    entries = build_catalogue(sites)
    # With a main menu and footer links the walk also covers the navigation and its toggle.
    add_menus(sites["discoveries"], brand_menu_pages(sites["discoveries"]))
    return entries


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_type_is_accessible_and_keeps_its_layout(
    browser, catalogue, live_sites, screenshot, language
):
    require_tool(AXE_JS.exists(), "axe-core is not installed (npm ci)")
    port = live_sites["discoveries"].rsplit(":", 1)[1]
    # The site's CSP forbids inline scripts; axe is injected as one, so bypass it here.
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH_LAYOUT_SHIFTS)
    tab = context.new_page()
    scripts = ScriptsAfterFirstPaint()
    tab.route("**/static/js/*.js", scripts)
    problems = {}
    shifts = {}
    try:
        for entry in catalogue:
            url = f"http://{entry.host}:{port}{entry.url(language)}"
            for width in WIDTHS:
                tab.set_viewport_size({"width": width, "height": 900})
                response = scripts.load(tab, url)
                assert response.status == entry.status, (entry, language, response.status)
                shift = tab.evaluate(LAYOUT_SHIFT_AFTER_LOAD)
                if shift > MAX_LAYOUT_SHIFT:
                    shifts[f"{entry.name} {language} {width}px {url}"] = round(shift, 3)
                tab.add_script_tag(path=str(AXE_JS))
                result = tab.evaluate(RUN_AXE, {"runOnly": {"type": "tag", "values": AXE_TAGS}})
                if result["violations"]:
                    problems[f"{entry.name} {language} {width}px {url}"] = describe(
                        result["violations"]
                    )
                screenshot(tab, f"{entry.name}-{language}-{width}")
    finally:
        context.close()
    assert problems == {}, json.dumps(problems, indent=2)
    assert shifts == {}, f"layout shift on load above {MAX_LAYOUT_SHIFT}: {shifts}"
