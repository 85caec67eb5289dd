"""Search that forgives: typos, "Did you mean", result types and pictures, other sites.

The same tests run on PostgreSQL (trigram similarity) and SQLite (difflib over title words).
"""

import re
from html import unescape

import pytest

from tests.leiden_site.search_pages import build_search_pages


@pytest.fixture
def pages(brand_home, vvv_home, expat_home):
    return build_search_pages(brand_home, vvv_home, expat_home)


def search(client, language, query, host="localhost", **params):
    return client.get(f"/{language}/search/", {"q": query, **params}, HTTP_HOST=host)


def own_results(html: str) -> str:
    """The visitor's own site's results section."""
    return html.split('aria-labelledby="results-title"', 1)[1].split("</section>", 1)[0]


def other_sites(html: str) -> str:
    parts = html.split('aria-labelledby="other-sites-title"', 1)
    return parts[1].split("</section>", 1)[0] if len(parts) == 2 else ""


def did_you_mean_link(html: str) -> str:
    match = re.search(r'<div class="suggestion"[^>]*>\s*<p>[^<]*<a href="([^"]+)">', html)
    assert match, "no Did you mean link"
    return unescape(match.group(1))


@pytest.mark.parametrize(
    ("language", "typo", "title", "url"),
    [
        ("nl", "rembrant", "Rembrandt in Leiden", "/nl/verhalen/rembrandt-in-leiden/"),
        ("nl", "lakenhall", "Museum De Lakenhal", "/nl/plekken/lakenhal/"),
        ("en", "lakenhall", "Museum De Lakenhal", "/en/plekken/lakenhal/"),
        ("en", "windmil", "De Put windmill", "/en/de-put-windmill/"),
    ],
)
def test_a_typo_still_finds_the_page(client, pages, language, typo, title, url):
    response = search(client, language, typo)
    assert response.status_code == 200
    results = own_results(response.text)
    assert title.replace("'", "&#x27;") in results
    assert f'href="{url}"' in results


def test_did_you_mean_links_to_the_corrected_search(client, pages):
    html = search(client, "nl", "rembrant").text
    link = did_you_mean_link(html)
    assert link == "/nl/search/?q=Rembrandt"
    corrected = client.get(link, HTTP_HOST="localhost")
    assert corrected.status_code == 200
    assert 'class="suggestion"' not in corrected.text
    assert "Rembrandt in Leiden" in own_results(corrected.text)


def test_a_typo_among_right_words_is_corrected_alone(client, pages):
    link = did_you_mean_link(search(client, "nl", "museum lakenhall").text)
    assert link == "/nl/search/?q=museum+Lakenhal"


def test_a_query_that_finds_enough_gets_no_suggestion(client, pages):
    html = search(client, "en", "Lakenhal").text
    assert "Museum De Lakenhal" in own_results(html)
    assert 'class="suggestion"' not in html


def test_no_suggestion_without_a_close_word(client, pages):
    html = search(client, "nl", "xylofoon").text
    assert 'class="suggestion"' not in html
    assert 'class="no-results"' in html


def test_suggestions_come_from_the_visitors_language(client, pages):
    # "Korenmolen" is a Dutch title word only: /en/ has nothing to correct "korenmoln" to.
    assert did_you_mean_link(search(client, "nl", "korenmoln").text) == "/nl/search/?q=Korenmolen"
    english = search(client, "en", "korenmoln").text
    assert 'class="suggestion"' not in english
    assert "De Put windmill" not in english


def test_results_show_their_type_and_picture(client, pages):
    html = own_results(search(client, "en", "Leiden").text)
    story = html.split("Rembrandt&#x27;s Leiden years")[0].rsplit('<li class="result">', 1)[1]
    assert '<p class="result__kind">Story</p>' in story
    html = own_results(search(client, "en", "Lakenhal").text)
    assert '<p class="result__kind">Place</p>' in html
    image = re.search(r"<img [^>]*>", html).group(0)
    assert re.search(r'width="\d+"', image) and re.search(r'height="\d+"', image)
    assert 'alt=""' in image
    html = own_results(search(client, "en", "windmill").text)
    assert '<p class="result__kind">Page</p>' in html


def test_other_sites_are_a_separate_labelled_group(client, pages):
    html = search(client, "en", "Rembrandt").text
    mine = own_results(html)
    assert "Rembrandt&#x27;s Leiden years" in mine
    assert "Rembrandt for newcomers" not in mine
    assert "Rembrandt walk" not in mine
    others = other_sites(html)
    assert "On Expat Centre Leiden" in others
    assert 'href="http://expat.localhost/en/rembrandt-for-newcomers/"' in others
    assert "On VVV Leiden" in others
    assert 'href="http://vvv.localhost/en/rembrandt-walk/"' in others
    assert "Rembrandt&#x27;s Leiden years" not in others


def test_other_sites_are_searched_for_the_corrected_word(client, pages):
    others = other_sites(search(client, "nl", "rembrant").text)
    assert 'href="http://expat.localhost/nl/rembrandt-nieuwkomers/"' in others


def test_the_expat_centre_offers_the_brand_sites_results(client, pages):
    html = search(client, "en", "Rembrandt", host="expat.localhost").text
    assert 'href="/en/rembrandt-for-newcomers/"' in own_results(html)
    others = other_sites(html)
    assert 'href="http://localhost/en/verhalen/rembrandts-leiden-years/"' in others


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999999", "99999999999999999999"])
def test_bad_page_numbers_on_a_typo_search_never_break(client, pages, page):
    response = search(client, "nl", "rembrant", page=page)
    assert response.status_code == 200
    assert "Rembrandt in Leiden" in own_results(response.text)
    assert 'role="alert"' in response.text


@pytest.mark.parametrize(
    "query",
    ["'; DROP TABLE x; --", "%_%", "\\", "ŕêmbrâñt", "a" * 200, "lakenhall " * 19],
)
def test_odd_queries_give_a_normal_page(client, pages, query):
    response = search(client, "nl", query)
    assert response.status_code == 200
    assert 'class="results"' in response.text


def test_odd_characters_around_a_typo_are_ignored(client, pages):
    assert "Rembrandt in Leiden" in own_results(search(client, "nl", "🙂 rembrant!!!").text)


def test_a_huge_query_is_refused_with_a_message(client, pages):
    response = search(client, "nl", "rembrant " * 1000)
    assert response.status_code == 400
    assert 'role="alert"' in response.text
