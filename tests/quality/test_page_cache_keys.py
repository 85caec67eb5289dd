"""Strangers cannot fill the page cache, and editors' drafts do not empty it."""

import pytest

from discoveries.factories import EventIndexPageFactory
from leiden_site.factories import StandardPageFactory
from leiden_site.models import Navigation
from tests.conftest import publish

pytestmark = pytest.mark.usefixtures("sites")


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 60


@pytest.fixture
def museum(brand_home):
    return publish(StandardPageFactory(parent=brand_home, title_nl="Lakenhal", slug_nl="lakenhal"))


@pytest.fixture
def agenda(brand_home):
    return publish(EventIndexPageFactory(parent=brand_home, title_nl="Agenda", slug_nl="agenda"))


def get(client, path):
    return client.get(path, HTTP_HOST="localhost")


def test_unknown_parameters_are_served_from_the_cache(
    client, museum, django_assert_max_num_queries
):
    plain = get(client, "/nl/lakenhal/")
    with django_assert_max_num_queries(2):
        tracked = get(client, "/nl/lakenhal/?utm_source=mail&random=8f3a")
    assert tracked["X-Page-Cache"] == "hit"
    assert tracked.content == plain.content


def test_a_first_visit_with_unknown_parameters_does_not_store_them(client, museum):
    first = get(client, "/nl/lakenhal/?random=1")
    assert first.status_code == 200
    assert "random" not in get(client, "/nl/lakenhal/").text
    assert get(client, "/nl/lakenhal/?random=2")["X-Page-Cache"] == "hit"


def test_filters_a_page_reads_keep_their_own_entries(client, agenda):
    everything = get(client, "/nl/agenda/")
    free = get(client, "/nl/agenda/?free=on&when=month")
    assert free["X-Page-Cache"] == "miss"
    assert free.content != everything.content
    same_filters = get(client, "/nl/agenda/?when=month&random=1&free=on")
    assert same_filters["X-Page-Cache"] == "hit"
    assert same_filters.content == free.content


def test_search_is_keyed_by_its_words_not_by_extra_parameters(client, museum):
    get(client, "/nl/search/?q=lakenhal")
    assert get(client, "/nl/search/?fbclid=x&q=lakenhal")["X-Page-Cache"] == "hit"
    assert get(client, "/nl/search/?q=museum")["X-Page-Cache"] == "miss"


def test_saving_a_draft_keeps_the_published_page_cached(client, museum, admin_user):
    get(client, "/nl/lakenhal/")
    museum.title_nl = "Lakenhal (concept)"
    museum.save_revision(user=admin_user)
    visitor = get(client, "/nl/lakenhal/")
    assert visitor["X-Page-Cache"] == "hit"
    assert "concept" not in visitor.text


def test_publishing_the_draft_shows_it(client, museum, admin_user):
    get(client, "/nl/lakenhal/")
    museum.title_nl = "Lakenhal vernieuwd"
    museum.save_revision(user=admin_user).publish()
    assert "Lakenhal vernieuwd" in get(client, "/nl/lakenhal/").text


def test_a_new_draft_page_keeps_the_cache(client, museum, brand_home):
    get(client, "/nl/lakenhal/")
    brand_home.add_child(instance=StandardPageFactory.build(title_nl="Nog niet", live=False))
    assert get(client, "/nl/lakenhal/")["X-Page-Cache"] == "hit"


def test_changing_the_navigation_refreshes_pages(client, museum, sites):
    get(client, "/nl/lakenhal/")
    Navigation.for_site(sites["discoveries"]).save()
    assert get(client, "/nl/lakenhal/")["X-Page-Cache"] == "miss"


def test_deleting_a_page_refreshes_pages(client, museum, brand_home):
    other = publish(StandardPageFactory(parent=brand_home, title_nl="Weg", slug_nl="weg"))
    get(client, "/nl/lakenhal/")
    other.delete()
    assert get(client, "/nl/lakenhal/")["X-Page-Cache"] == "miss"


@pytest.mark.parametrize("page_cache_seconds", [0, 60])
def test_a_new_site_identity_shows_on_the_next_page(
    client, museum, sites, settings, page_cache_seconds
):
    from leiden_site.models import SiteIdentity

    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    get(client, "/nl/lakenhal/")
    identity = SiteIdentity.for_site(sites["discoveries"])
    identity.tagline_nl = "Stad van ontdekkingen en grachten"
    identity.save()
    assert "Stad van ontdekkingen en grachten" in get(client, "/nl/lakenhal/").text
