"""The directory's first-letter filter offers only letters some partner starts with, and
the founding partners are explained once, not stamped on every card."""

import pytest

from partners.models import PartnerPage

pytestmark = pytest.mark.django_db


def directory(client, language="en", **params):
    response = client.get(f"/{language}/partners/", params, HTTP_HOST="localhost")
    assert response.status_code == 200
    return response.text


def test_only_letters_with_partners_are_links(client, partner_a, partner_b):
    html = directory(client)
    # Museum Volkenkunde and Hortus botanicus: M and H, nothing else.
    assert 'href="?letter=M"' in html and 'href="?letter=H"' in html
    assert 'href="?letter=A"' not in html and 'href="?letter=Z"' not in html
    assert '<li class="letter-nav__none" aria-hidden="true">A</li>' in html
    assert '<option value="M"' in html and '<option value="A"' not in html


def test_letters_follow_the_chosen_sector(client, partner_a, partner_b):
    html = directory(client, sector="education")
    assert 'href="?letter=H&amp;sector=education"' in html
    assert 'href="?letter=M&amp;sector=education"' not in html


def test_founding_partners_are_explained_once(client, partner_a, partner_b):
    PartnerPage.objects.filter(pk=partner_a.pk).update(founding_partner=True)
    html = directory(client)
    assert html.count("founded at the end of 2007") == 1
    assert "Founding partner" not in html

    profile = client.get("/en/partners/volkenkunde/", HTTP_HOST="localhost").text
    assert "Museum Volkenkunde is a founding partner" in profile
    other = client.get("/en/partners/hortus/", HTTP_HOST="localhost").text
    assert "founding partner" not in other
