"""The brand home keeps what it shows between visits, and shows a publish at once."""

import pytest

from discoveries.factories import StoryIndexPageFactory, StoryPageFactory
from tests.conftest import publish

pytestmark = pytest.mark.usefixtures("sites")


@pytest.fixture
def stories(brand_home):
    return publish(StoryIndexPageFactory(parent=brand_home))


def home(client):
    return client.get("/nl/", HTTP_HOST="localhost")


def test_a_new_story_shows_on_the_home_page_once_published(client, stories):
    publish(StoryPageFactory(parent=stories, title_nl="De Sleutelstad"))
    assert "De Sleutelstad" in home(client).text
    draft = StoryPageFactory(parent=stories, title_nl="Botermarkt", live=False)
    assert "Botermarkt" not in home(client).text
    publish(draft)
    assert "Botermarkt" in home(client).text


def test_an_unpublished_story_leaves_the_home_page(client, stories):
    story = publish(StoryPageFactory(parent=stories, title_nl="De Sleutelstad"))
    assert "De Sleutelstad" in home(client).text
    story.unpublish()
    assert "De Sleutelstad" not in home(client).text


def test_a_repeated_visit_stays_within_twelve_queries(
    client, stories, django_assert_max_num_queries
):
    publish(StoryPageFactory(parent=stories, title_nl="De Sleutelstad"))
    home(client)
    with django_assert_max_num_queries(12):
        assert "De Sleutelstad" in home(client).text
