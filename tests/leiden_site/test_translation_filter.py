"""The page listings filter pages with a field left empty in English or German."""

import pytest

from django.contrib.auth import get_user_model
from django.test import Client

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish


@pytest.fixture
def pages(brand_home):
    def page(title, **translations):
        return publish(
            StandardPageFactory(
                parent=brand_home,
                title_nl=title,
                slug_nl=title.lower().replace(" ", "-"),
                **translations,
            )
        )

    body = [("paragraph", "<p>Tekst</p>")]
    return {
        "complete": page(
            "Compleet",
            title_en="Complete",
            intro_en="In short",
            body_en=body,
            title_de="Vollständig",
            intro_de="Kurz",
            body_de=body,
        ),
        "no_english": page(
            "Zonder Engels", title_de="Ohne Englisch", intro_de="Kurz", body_de=body
        ),
        "no_german": page("Zonder Duits", title_en="No German", intro_en="Short", body_en=body),
    }


def listed(brand_home, language) -> set[str]:
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x"))
    html = client.get(f"/admin/pages/{brand_home.pk}/", {"missing_translation": language}).text
    return {title for title in ["Compleet", "Zonder Engels", "Zonder Duits"] if title in html}


def test_missing_english_lists_only_pages_without_english(brand_home, pages):
    assert listed(brand_home, "en") == {"Zonder Engels"}


def test_missing_german_lists_only_pages_without_german(brand_home, pages):
    assert listed(brand_home, "de") == {"Zonder Duits"}


def test_without_the_filter_every_page_is_listed(brand_home, pages):
    assert listed(brand_home, "") == {"Compleet", "Zonder Engels", "Zonder Duits"}
