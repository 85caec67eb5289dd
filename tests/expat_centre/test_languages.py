"""Search engines send visitors without a known language to the version `/` would: English
on the Expat Centre site, Dutch on the others (hreflang x-default, in the page and the
sitemap)."""

import xml.etree.ElementTree as ET

import pytest

from expat_centre.factories import GuideIndexPageFactory
from tests.conftest import publish
from tests.expat_centre.conftest import EXPAT

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture
def guides(expat_home):
    return publish(
        GuideIndexPageFactory(
            parent=expat_home, slug_nl="gidsen", slug_en="guides", slug_de="ratgeber"
        )
    )


def x_default(html: str) -> str:
    [line] = [line for line in html.splitlines() if 'hreflang="x-default"' in line]
    return line.strip()


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_expat_x_default_is_the_english_page(client, guides, language):
    path = {"nl": "/nl/gidsen/", "en": "/en/guides/", "de": "/de/ratgeber/"}[language]
    html = client.get(path, HTTP_HOST=EXPAT).text
    assert x_default(html) == (
        '<link rel="alternate" hreflang="x-default" href="http://expat.localhost/en/guides/">'
    )


def test_expat_home_x_default_is_english_and_the_root_sends_there(client, sites):
    html = client.get("/nl/", HTTP_HOST=EXPAT).text
    assert 'hreflang="x-default" href="http://expat.localhost/en/"' in x_default(html)
    assert client.get("/", HTTP_HOST=EXPAT)["Location"] == "/en/"


def test_brand_site_x_default_stays_dutch(client, sites):
    html = client.get("/en/", HTTP_HOST="localhost").text
    assert 'hreflang="x-default" href="http://localhost/nl/"' in x_default(html)


def test_sitemap_x_default_is_the_sites_default_language(client, guides):
    root = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST=EXPAT).content)
    for url in root.findall("s:url", SITEMAP_NS):
        links = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
        }
        assert links["x-default"] == links["en"], url.find("s:loc", SITEMAP_NS).text
    guides_links = [
        url
        for url in root.findall("s:url", SITEMAP_NS)
        if "guides" in url.find("s:loc", SITEMAP_NS).text
    ]
    assert guides_links
    brand = ET.fromstring(client.get("/sitemap.xml", HTTP_HOST="localhost").content)
    for url in brand.findall("s:url", SITEMAP_NS):
        links = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
        }
        assert links["x-default"] == links["nl"]
