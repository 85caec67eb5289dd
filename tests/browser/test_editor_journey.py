"""An editor changes a page's Dutch and English titles in the Wagtail admin and publishes.

Visitors then see the new titles on the public site in both languages.
"""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import translation

from leiden_site.declarations import MARKETING_MODERATORS
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "correct-horse-battery-staple"


@pytest.fixture
def moderator(sites):
    user = get_user_model().objects.create_user(
        username="marijke", email="marijke@example.org", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name=MARKETING_MODERATORS))
    return user


@pytest.fixture
def museum_page(brand_home):
    return publish(
        StandardPageFactory(
            parent=brand_home,
            title_nl="Musea",
            slug_nl="musea",
            title_en="Museums",
            slug_en="museums",
            intro_nl="Dertien musea in één binnenstad.",
            intro_en="Thirteen museums in one city centre.",
        )
    )


def public_url(page, language: str) -> str:
    page.refresh_from_db()
    with translation.override(language):
        _site_id, _root_url, path = page.specific.get_url_parts()
        return path


def test_editor_changes_both_titles_and_visitors_see_them(
    page, live_sites, moderator, museum_page, screenshot
):
    site = live_sites["discoveries"]
    page.goto(f"{site}/nl/musea/")
    assert page.locator("h1").inner_text() == "Musea"

    page.goto(f"{site}/admin/login/")
    page.locator("input[name=username]").fill(moderator.username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"{site}/admin/")

    page.goto(f"{site}/admin/pages/{museum_page.pk}/edit/")
    title_nl = page.locator("input[name=title_nl]")
    title_en = page.locator("input[name=title_en]")
    # wagtail-modeltranslation shows one language at a time; its toggles show the others.
    if not title_en.is_visible():
        page.locator("button.locale-toggle").filter(has_text=re.compile(r"^\s*en\s*$")).click()
    assert title_nl.input_value() == "Musea"
    assert title_en.input_value() == "Museums"
    title_nl.fill("Musea in Leiden")
    title_en.fill("Museums in Leiden")
    screenshot(page, "admin-edit-standard-page")

    # Publishing sits in the footer's "more actions" menu (saving a draft is the main button).
    page.locator("footer .w-dropdown__toggle").first.click()
    publish_button = page.locator("footer button[name=action-publish]")
    publish_button.wait_for(state="visible")
    publish_button.click()
    page.wait_for_url("**/admin/pages/*/")  # back to the page listing of the parent
    assert page.locator(".messages .success").count() >= 1

    nl_url = public_url(museum_page, "nl")
    en_url = public_url(museum_page, "en")
    assert nl_url == "/nl/musea/", "publishing must not move the Dutch page"
    assert en_url == "/en/museums/", "publishing must not move the English page"

    page.goto(f"{site}{nl_url}")
    assert page.locator("h1").inner_text() == "Musea in Leiden"
    assert page.title().startswith("Musea in Leiden")
    page.goto(f"{site}{en_url}")
    assert page.locator("h1").inner_text() == "Museums in Leiden"
    assert page.locator("html").get_attribute("lang") == "en"
