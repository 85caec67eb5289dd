"""sitemap.xml, robots.txt, redirects and the error pages."""

import xml.etree.ElementTree as ET

import pytest

from django.test import Client
from django.test.utils import override_settings

from wagtail.contrib.redirects.models import Redirect

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture
def museum(brand_home):
    return publish(
        StandardPageFactory(
            parent=brand_home,
            title_nl="Museum De Lakenhal",
            slug_nl="lakenhal",
            slug_en="lakenhal-museum",
            slug_de="lakenhal-museum-de",
        )
    )


def test_sitemap_lists_every_page_in_every_language_with_alternates(client, museum):
    response = client.get("/sitemap.xml", HTTP_HOST="localhost")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)}
    assert {
        "http://localhost/nl/lakenhal/",
        "http://localhost/en/lakenhal-museum/",
        "http://localhost/de/lakenhal-museum-de/",
        "http://localhost/nl/",
        "http://localhost/en/",
    } <= locations
    alternates = root.findall("s:url/x:link", SITEMAP_NS)
    assert {link.get("hreflang") for link in alternates} >= {"nl", "en", "de", "x-default"}


def test_sitemap_is_per_site(client, museum, vvv_home):
    vvv = client.get("/sitemap.xml", HTTP_HOST="vvv.localhost").text
    assert "lakenhal" not in vvv
    assert "http://vvv.localhost/nl/" in vvv


def test_robots_txt_points_at_the_sites_sitemap(client, sites):
    response = client.get("/robots.txt", HTTP_HOST="expat.localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://expat.localhost/sitemap.xml" in response.text
    assert "Disallow: /admin/" in response.text


def test_renaming_a_slug_redirects_the_old_address_in_every_language(client, museum):
    museum.slug_nl, museum.slug_en = "museum-lakenhal", "the-lakenhal"
    museum.save_revision().publish()
    for old, new in [
        ("/nl/lakenhal/", "/nl/museum-lakenhal/"),
        ("/en/lakenhal-museum/", "/en/the-lakenhal/"),
    ]:
        response = client.get(old, HTTP_HOST="localhost")
        assert response.status_code == 301, old
        assert response["Location"].endswith(new)
    assert Redirect.objects.count() == 2


def test_branded_404(client, sites):
    response = client.get("/en/no-such-page/", HTTP_HOST="vvv.localhost")
    assert response.status_code == 404
    assert "VVV Leiden" in response.text
    assert '<html lang="en"' in response.text


@override_settings(ROOT_URLCONF="tests.leiden_site.failing_urls")
def test_500_page_is_branded_and_needs_no_database(sites):
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", HTTP_HOST="localhost")
    assert response.status_code == 500
    assert "Leiden" in response.text
    assert "<h1" in response.text
