"""Every page type renders within the query budget (at most 15 SQL queries)."""

import pytest

from tests.catalogue import build_catalogue

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
