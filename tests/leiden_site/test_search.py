"""Search per site and per language, with pagination and promotions."""

import pytest

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from leiden_site.factories import StandardPageFactory
from leiden_site.models import SearchDocument
from tests.conftest import publish


@pytest.fixture
def windmill(brand_home):
    page = StandardPageFactory(
        parent=brand_home,
        title_nl="Molen De Valk",
        slug_nl="molen-de-valk",
        title_en="De Valk windmill",
        slug_en="de-valk-windmill",
        intro_nl="Korenmolen aan de Binnenvestgracht met uitzicht over de stad.",
        intro_en="A corn mill on the Binnenvestgracht with a view over the town.",
    )
    return publish(page)


def search(client, language, query, host="localhost", **params):
    return client.get(f"/{language}/search/", {"q": query, **params}, HTTP_HOST=host)


def test_finds_a_page_in_the_visitors_language(client, windmill):
    response = search(client, "en", "corn mill")
    assert response.status_code == 200
    assert "De Valk windmill" in response.text
    assert 'href="/en/de-valk-windmill/"' in response.text


def test_dutch_only_word_is_not_found_in_english(client, windmill):
    assert "Molen De Valk" in search(client, "nl", "korenmolen").text
    response = search(client, "en", "korenmolen")
    assert response.status_code == 200
    assert "windmill" not in response.text.split("<main", 1)[1]


def test_untranslated_text_is_searchable_through_the_dutch_fallback(client, brand_home):
    publish(
        StandardPageFactory(parent=brand_home, title_nl="Hortus botanicus", intro_nl="Sinds 1590")
    )
    assert "Hortus botanicus" in search(client, "de", "Hortus").text


def test_results_are_limited_to_the_current_site(client, windmill, vvv_home):
    publish(StandardPageFactory(parent=vvv_home, title_nl="Molen route", slug_nl="molen-route"))
    html = search(client, "nl", "molen", host="vvv.localhost").text
    own, others = html.split('aria-labelledby="other-sites-title"', 1)
    assert "Molen route" in own
    assert "Molen De Valk" not in own
    # The brand site's page is offered only in the other sites' group, at its own address.
    assert 'href="http://localhost/nl/molen-de-valk/"' in others


def test_unpublished_pages_leave_the_results(client, windmill):
    windmill.unpublish()
    assert not SearchDocument.objects.filter(page_id=windmill.pk).exists()
    assert "Molen De Valk" not in search(client, "nl", "korenmolen").text


def test_pagination(client, brand_home):
    for number in range(12):
        publish(StandardPageFactory(parent=brand_home, title_nl=f"Hofje nummer {number}"))
    first = search(client, "nl", "hofje")
    assert first.text.count('<li class="result">') == 10
    second = search(client, "nl", "hofje", page=2)
    assert second.text.count('<li class="result">') == 2


@pytest.mark.parametrize("page", ["abc", "-1", "0", "1e9", "99999999999999999999", "%00"])
def test_garbage_page_number_never_breaks(client, windmill, page):
    response = search(client, "nl", "molen", page=page)
    assert response.status_code == 200
    assert "Molen De Valk" in response.text


def test_overlong_query_is_refused_with_a_message(client, windmill):
    response = search(client, "nl", "molen " * 100)
    assert response.status_code == 400
    assert 'role="alert"' in response.text


@pytest.mark.parametrize(
    "query", ["", "   ", '"unbalanced', "AND OR NOT", "*", "<script>alert(1)</script>", "molen\x00"]
)
def test_odd_queries_give_a_normal_page(client, windmill, query):
    response = search(client, "nl", query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_search_promotion_is_shown_first(client, windmill, brand_home):
    castle = publish(StandardPageFactory(parent=brand_home, title_nl="De Burcht", slug_nl="burcht"))
    query = Query.get("molen")
    SearchPromotion.objects.create(query=query, page=castle, sort_order=0, description="Ook mooi")
    html = search(client, "nl", "molen").text
    assert "Ook mooi" in html
    assert html.index("De Burcht") < html.index("Molen De Valk")
