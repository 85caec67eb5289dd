"""Every site links its privacy statement in the footer, and every form that asks for
personal data links it too (the catalogue's form pages), in every language."""

import re

import pytest

from django.utils import translation

from leiden_site.models import SiteIdentity
from tests.catalogue import build_catalogue
from tests.leiden_site.privacy_catalogue import FORM_ENTRIES, PRIVACY_TITLES, SITE_HOSTS

LANGUAGES = ("nl", "en", "de")


@pytest.fixture
def catalogue(sites):
    return {entry.name: entry for entry in build_catalogue(sites)}


def privacy_url(sites, key: str, language: str) -> str:
    page = SiteIdentity.for_site(sites[key]).privacy_page
    with translation.override(language):
        return page.get_url_parts()[2]


def footer(html: str) -> str:
    return html[html.index('<footer class="site-footer">') :]


def privacy_note_links(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)" data-privacy-link>', html)


def test_every_footer_and_form_links_the_sites_privacy_statement(client, sites, catalogue):
    for key, host in SITE_HOSTS.items():
        for language in LANGUAGES:
            url = privacy_url(sites, key, language)
            statement = client.get(url, HTTP_HOST=host)
            assert statement.status_code == 200, (host, url)
            assert f"<h1>{PRIVACY_TITLES[language]}</h1>" in statement.text
            home = client.get(f"/{language}/", HTTP_HOST=host)
            assert f'href="{url}"' in footer(home.text), (host, language)

    for name in FORM_ENTRIES:
        entry = catalogue[name]
        key = next(key for key, host in SITE_HOSTS.items() if host == entry.host)
        for language in ("nl", "en"):
            response = client.get(entry.url(language), HTTP_HOST=entry.host)
            assert response.status_code == 200, (name, language)
            # Inside the form that asks for the data: the note belongs to it.
            forms = re.findall(r'<form class="form".*?</form>', response.text, re.S)
            assert any(privacy_note_links(form) for form in forms), (name, language)
            assert privacy_note_links(response.text) == [privacy_url(sites, key, language)]
            assert 'href="' + privacy_url(sites, key, language) in footer(response.text)


def test_social_links_in_the_footer_name_the_network_and_the_site(client, sites, catalogue):
    html = footer(client.get("/en/", HTTP_HOST="vvv.localhost").text)
    site_name = SiteIdentity.for_site(sites["vvv"]).site_name
    assert re.search(
        r'<a href="https://example.org/social/vvv" rel="me noopener">Instagram'
        rf'<span class="visually-hidden"> \({re.escape(site_name)}\)</span></a>',
        html,
    )


def test_without_a_live_privacy_statement_nothing_links_to_it(client, sites, catalogue):
    page = SiteIdentity.for_site(sites["discoveries"]).privacy_page
    page.specific.unpublish()
    response = client.get(catalogue["form-page"].url("en"), HTTP_HOST="localhost")
    assert response.status_code == 200
    assert not privacy_note_links(response.text)
    assert "Ask us at any time to see or erase what we keep." in response.text
    assert "Privacy statement" not in footer(response.text)
