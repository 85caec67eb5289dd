"""A visitor misspells a search in a real browser and still gets there.

Runs on PostgreSQL (trigram similarity) and on SQLite (the difflib fallback) alike.
"""

import pytest

from tests.leiden_site.search_pages import build_search_pages

# The live server needs committed data; `sites` rebuilds the tree after each flush.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def pages(brand_home, vvv_home, expat_home):
    return build_search_pages(brand_home, vvv_home, expat_home)


def test_a_misspelt_search_finds_the_story_and_offers_the_spelling(
    page, live_sites, pages, screenshot
):
    page.goto(f"{live_sites['discoveries']}/en/")
    search_box = page.get_by_role("searchbox").first
    search_box.fill("rembrant")
    search_box.press("Enter")
    page.wait_for_url("**/en/search/?q=rembrant*")

    results = page.locator("section.results")
    story = results.locator(
        "li.result", has=page.get_by_role("link", name="Rembrandt's Leiden years")
    )
    assert story.locator(".result__kind").inner_text().lower() == "story"
    picture = story.locator(".result__media img")
    assert picture.get_attribute("width") and picture.get_attribute("height")

    others = page.locator("section.other-sites")
    assert others.get_by_role("heading", name="On Expat Centre Leiden").is_visible()
    expat_link = others.get_by_role("link", name="Rembrandt for newcomers")
    assert expat_link.get_attribute("href").startswith(live_sites["expat"])

    page.set_viewport_size({"width": 375, "height": 800})
    screenshot(page, "search-typo-375")
    page.set_viewport_size({"width": 1280, "height": 900})
    screenshot(page, "search-typo-1280")

    page.locator(".suggestion").get_by_role("link", name="Rembrandt").click()
    page.wait_for_url("**/en/search/?q=Rembrandt")
    assert page.locator(".suggestion").count() == 0
    assert results.get_by_role("link", name="Rembrandt's Leiden years").is_visible()
