"""Sites by hostname, languages by prefix, fallback to Dutch."""

import pytest

from leiden_site.factories import StandardPageFactory
from tests.conftest import publish


@pytest.fixture
def about(brand_home):
    page = StandardPageFactory(
        parent=brand_home,
        title_nl="Over Leiden",
        slug_nl="over-leiden",
        title_en="About Leiden",
        slug_en="about-leiden",
        intro_nl="Nederlandse inleiding",
        intro_en="",
    )
    return publish(page)


@pytest.mark.parametrize(
    ("host", "title"),
    [
        ("localhost", "Leiden, Stad van Ontdekkingen"),
        ("vvv.localhost", "VVV Leiden"),
        ("expat.localhost", "Expat Centre Leiden"),
    ],
)
def test_each_hostname_serves_its_own_home_page(client, sites, host, title):
    response = client.get("/nl/", HTTP_HOST=host)
    assert response.status_code == 200
    assert "<h1" in response.text and title in response.text


def test_unknown_host_gets_the_default_site(client, sites):
    response = client.get("/en/", HTTP_HOST="unknown.example")
    assert response.status_code == 200
    assert "Leiden, City of Discoveries" in response.text


def test_pages_of_one_site_are_not_served_on_another(client, about):
    assert client.get("/nl/over-leiden/", HTTP_HOST="localhost").status_code == 200
    assert client.get("/nl/over-leiden/", HTTP_HOST="vvv.localhost").status_code == 404


def test_root_redirects_by_accept_language(client, sites):
    response = client.get("/", HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response.status_code == 302
    assert response["Location"] == "/de/"
    response = client.get("/", HTTP_HOST="localhost", HTTP_ACCEPT_LANGUAGE="fr")
    assert response["Location"] == "/nl/"


@pytest.mark.parametrize(
    ("accept_language", "landing"),
    [("", "/en/"), ("fr-FR,fr;q=0.9", "/en/"), ("nl-NL,nl;q=0.9", "/nl/"), ("de", "/de/")],
)
def test_the_expat_centre_lands_in_english_unless_the_browser_asks_for_ours(
    client, sites, accept_language, landing
):
    response = client.get("/", HTTP_HOST="expat.localhost", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == landing
    assert "Accept-Language" in response["Vary"]
    followed = client.get(landing, HTTP_HOST="expat.localhost")
    assert followed.status_code == 200
    assert f'<html lang="{landing.strip("/")}">' in followed.content.decode()


def test_the_vvv_still_lands_in_dutch_without_a_language(client, sites):
    response = client.get("/", HTTP_HOST="vvv.localhost", HTTP_ACCEPT_LANGUAGE="")
    assert response["Location"] == "/nl/"


def test_translated_slugs_route_per_language(client, about):
    assert client.get("/en/about-leiden/", HTTP_HOST="localhost").status_code == 200
    assert client.get("/nl/over-leiden/", HTTP_HOST="localhost").status_code == 200
    assert client.get("/en/over-leiden/", HTTP_HOST="localhost").status_code == 404


def test_empty_translation_falls_back_to_dutch(client, about):
    response = client.get("/en/about-leiden/", HTTP_HOST="localhost")
    assert "About Leiden" in response.text
    assert "Nederlandse inleiding" in response.text
    # German has no title and no slug: both fall back to the Dutch ones.
    response = client.get("/de/over-leiden/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert "Over Leiden" in response.text


def test_html_lang_matches_the_url_language(client, about):
    for language in ("nl", "en", "de"):
        response = client.get(f"/{language}/", HTTP_HOST="localhost")
        assert f'<html lang="{language}"' in response.text


@pytest.mark.parametrize("path", ["/fr/", "/fr/over-leiden/", "/es/"])
def test_unknown_language_prefix_is_404(client, about, path):
    assert client.get(path, HTTP_HOST="localhost").status_code == 404


def test_hreflang_alternates_and_switcher_keep_the_page(client, about):
    response = client.get("/nl/over-leiden/", HTTP_HOST="localhost")
    html = response.text
    assert 'hreflang="nl" href="http://localhost/nl/over-leiden/"' in html
    assert 'hreflang="en" href="http://localhost/en/about-leiden/"' in html
    assert 'hreflang="de" href="http://localhost/de/over-leiden/"' in html
    assert 'hreflang="x-default"' in html


def test_links_between_sites_are_full_urls(about, vvv_home):
    assert about.get_url(None, current_site=vvv_home.get_site()).startswith("http://localhost")


def test_switcher_keeps_a_routable_sub_view_and_the_filters(client, sites):
    from discoveries.models import ThemeIndexPage
    from leiden_site.factories import ThemeFactory

    brand_home = sites["discoveries"].root_page.specific
    themes = ThemeIndexPage(
        title_nl="Thema's", slug_nl="themas", title_en="Themes", slug_en="themes"
    )
    brand_home.add_child(instance=themes)
    publish(themes)
    ThemeFactory(slug="history", name_nl="Geschiedenis", name_en="History")
    html = client.get("/nl/themas/history/?page=1", HTTP_HOST="localhost").text
    assert 'href="/en/themes/history/?page=1"' in html
    assert 'hreflang="en" href="http://localhost/en/themes/history/"' in html
