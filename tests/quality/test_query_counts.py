"""Every page type renders within the query budget (at most 15 SQL queries), and a page
that lists things costs as many queries for twenty items as for one."""

import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.catalogue import build_catalogue
from tests.quality.listings import LISTING_PAGES, build_listings, grow

QUERY_BUDGET = 15


@pytest.fixture
def catalogue(sites):
    return build_catalogue(sites)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_each_page_type_stays_within_the_query_budget(
    client, catalogue, language, django_assert_max_num_queries
):
    for entry in catalogue:
        client.get(entry.url(language), HTTP_HOST=entry.host)  # renditions are made once
        with django_assert_max_num_queries(QUERY_BUDGET, info=entry.name):
            response = client.get(entry.url(language), HTTP_HOST=entry.host)
        assert response.status_code == entry.status, entry.name


# The names `tests.quality.listings` gives its items: "Leidse plek 3", "Thema 3", ...
ITEM_NAME = re.compile(r"(?:Leidse? \w+|Leiden zoekresultaat|Thema|Bestuurslid) \d+")


def measure(client) -> dict[str, tuple[int, int]]:
    """(queries, items shown) per listing page, in English, on the second request (the
    first makes the renditions)."""
    measured = {}
    for name, host, path in LISTING_PAGES:
        client.get(f"/en{path}", HTTP_HOST=host)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/en{path}", HTTP_HOST=host)
        assert response.status_code == 200, name
        measured[name] = (len(queries), len(set(ITEM_NAME.findall(response.text))))
    return measured


def test_listings_cost_the_same_for_one_item_and_for_twenty(client, sites):
    listings = build_listings(sites)
    grow(listings, 1)
    with_one = measure(client)
    grow(listings, 19)
    with_twenty = measure(client)
    not_listing = [name for name in with_one if with_twenty[name][1] <= with_one[name][1]]
    assert not_listing == [], "these pages do not show more items when there are more"
    grown = {
        name: (with_one[name][0], queries)
        for name, (queries, _shown) in with_twenty.items()
        if queries != with_one[name][0]
    }
    assert grown == {}, "queries per page (1 item, 20 items) grow with the items"
    over = {
        name: queries for name, (queries, _shown) in with_twenty.items() if queries > QUERY_BUDGET
    }
    assert over == {}, f"over the budget of {QUERY_BUDGET} queries"
