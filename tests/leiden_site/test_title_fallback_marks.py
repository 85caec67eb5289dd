"""A title a language lacks is read in Dutch, so it is marked `lang="nl"` wherever a visitor
reads it: the page's own heading and its card in the listing, on the VVV, Expat Centre and
partner pages as on the brand site's (docs/conventions.md, rule 2)."""

import pytest

from django.utils import translation

from expat_centre.factories import ServiceIndexPageFactory, ServicePageFactory
from partners.models import PartnerPage
from tests.conftest import publish
from tests.expat_centre.conftest import EXPAT
from tests.leiden_site.test_language_fallback import element, main_of
from tests.vvv.conftest import VVV, add_product

DUTCH_TITLE = "Molenwandeling"  # no English title
ENGLISH_TITLE = "Almshouse walk"


def url_in_english(page) -> str:
    with translation.override("en"):
        return page.get_url()


@pytest.fixture
def vvv_pages(product_index):
    dutch_only = add_product(
        product_index, title_nl=DUTCH_TITLE, slug_nl="molenwandeling", slug_en="mill-walk"
    )
    add_product(
        product_index, title_nl="Hofjeswandeling", title_en=ENGLISH_TITLE, slug_en="almshouses"
    )
    return VVV, product_index, dutch_only


@pytest.fixture
def expat_pages(expat_home):
    index = publish(
        ServiceIndexPageFactory(parent=expat_home, title_en="Services", slug_en="services")
    )
    dutch_only = publish(
        ServicePageFactory(
            parent=index, title_nl=DUTCH_TITLE, slug_nl="molenwandeling", slug_en="mill-walk"
        )
    )
    publish(ServicePageFactory(parent=index, title_en=ENGLISH_TITLE, slug_en="almshouses"))
    return EXPAT, index, dutch_only


def add_partner(index, **fields):
    partner = PartnerPage(sector="culture", intro_nl="Een partner.", **fields)
    index.add_child(instance=partner)
    return publish(partner)


@pytest.fixture
def partner_pages(partner_index):
    dutch_only = add_partner(
        partner_index,
        title=DUTCH_TITLE,
        title_nl=DUTCH_TITLE,
        slug="molenwandeling",
        slug_nl="molenwandeling",
        slug_en="mill-walk",
    )
    add_partner(
        partner_index,
        title="Hofjeswandeling",
        title_nl="Hofjeswandeling",
        title_en=ENGLISH_TITLE,
        slug="hofjes",
        slug_nl="hofjes",
        slug_en="almshouses",
    )
    return "localhost", partner_index, dutch_only


@pytest.fixture(params=["vvv_pages", "expat_pages", "partner_pages"])
def pages(request, sites):
    return request.getfixturevalue(request.param)


def test_a_dutch_title_is_marked_dutch_on_its_page(client, pages):
    host, _index, dutch_only = pages
    main = main_of(client.get(url_in_english(dutch_only), HTTP_HOST=host))
    assert 'lang="nl"' in element(main, "<h1", DUTCH_TITLE)


def test_a_dutch_title_is_marked_dutch_on_its_card_and_an_english_one_is_not(client, pages):
    host, index, _dutch_only = pages
    main = main_of(client.get(url_in_english(index), HTTP_HOST=host))
    assert 'lang="nl"' in element(main, '<h3 class="card__title"', DUTCH_TITLE)
    assert 'lang="nl"' not in element(main, '<h3 class="card__title"', ENGLISH_TITLE)


def test_a_dutch_page_has_no_marks(client, pages):
    host, _index, dutch_only = pages
    with translation.override("nl"):
        url = dutch_only.get_url()
    assert 'lang="nl"' not in main_of(client.get(url, HTTP_HOST=host))
