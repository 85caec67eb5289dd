"""Stories: theme filter, pagination and a bounded number of queries."""

import pytest

from discoveries.factories import StoryIndexPageFactory, StoryPageFactory
from tests.conftest import publish


@pytest.fixture
def stories_index(brand_home):
    return publish(StoryIndexPageFactory(parent=brand_home))


def get(client, **params):
    return client.get("/nl/verhalen/", params, HTTP_HOST="localhost")


def test_theme_filter_and_newest_first(client, stories_index, history):
    import datetime

    publish(StoryPageFactory(parent=stories_index, title_nl="Oud", date=datetime.date(2026, 1, 1)))
    publish(
        StoryPageFactory(
            parent=stories_index,
            title_nl="Nieuw",
            date=datetime.date(2026, 11, 1),
            themes=[history],
        )
    )
    assert [s.title for s in get(client).context["stories"]] == ["Nieuw", "Oud"]
    assert [s.title for s in get(client, theme="history").context["stories"]] == ["Nieuw"]
    response = get(client, theme="bestaat-niet")
    assert response.status_code == 400 and response.context["errors"]


@pytest.mark.parametrize("count", [5, 50])
def test_story_listing_queries_do_not_grow(
    client, stories_index, count, django_assert_max_num_queries
):
    for _ in range(count):
        publish(StoryPageFactory(parent=stories_index))
    get(client)
    with django_assert_max_num_queries(15):
        response = get(client)
    assert response.status_code == 200
    assert len(response.context["stories"]) == min(count, 12)
