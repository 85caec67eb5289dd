"""RSS and Atom feeds of the stories, in the language of the URL."""

import datetime
from calendar import timegm

import feedparser
import pytest

from discoveries.factories import (
    StoryIndexPageFactory,
    StoryPageFactory,
)
from tests.conftest import publish
from tests.discoveries.feeds import (
    get,
    local,
)


@pytest.fixture
def stories_index(brand_home):
    return publish(
        StoryIndexPageFactory(
            parent=brand_home,
            title_nl="Verhalen",
            title_en="Stories",
            slug_en="stories",
            intro_nl="Verhalen uit Leiden.",
        )
    )


def add_stories(index, count, start=datetime.date(2026, 1, 1)):
    """`count` stories, one a day from `start`; returns them newest first."""
    stories = [
        publish(
            StoryPageFactory(
                parent=index,
                title_nl=f"Verhaal {n}",
                title_en=f"Story {n}",
                slug_nl=f"verhaal-{n}",
                intro_nl=f"Inleiding {n}",
                date=start + datetime.timedelta(days=n),
                author=f"Auteur {n}",
            )
        )
        for n in range(count)
    ]
    return stories[::-1]


FEED_KINDS = ["rss", "atom"]


def parse_feed(response):
    assert response.status_code == 200, response.content
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_story_feed_lists_newest_stories_first(client, stories_index, kind):
    add_stories(stories_index, 3)
    response = get(client, f"/nl/verhalen/{kind}/")
    assert response["Cache-Control"] == "public, max-age=300"
    parsed = parse_feed(response)
    assert parsed.feed.title == "Verhalen"
    assert parsed.feed.link == "http://localhost/nl/verhalen/"
    assert parsed.feed.language == "nl"
    assert [entry.title for entry in parsed.entries] == ["Verhaal 2", "Verhaal 1", "Verhaal 0"]
    newest = parsed.entries[0]
    assert newest.link == "http://localhost/nl/verhalen/verhaal-2/"
    assert newest.summary == "Inleiding 2"
    assert newest.author == "Auteur 2"
    # feedparser gives UTC: midnight in Leiden is 23:00 the day before.
    assert timegm(newest.published_parsed) == local(2026, 1, 3).timestamp()


@pytest.mark.parametrize("kind", FEED_KINDS)
def test_story_feed_speaks_the_language_of_the_url(client, stories_index, kind):
    add_stories(stories_index, 2)
    parsed = parse_feed(get(client, f"/en/stories/{kind}/"))
    assert parsed.feed.title == "Stories"
    assert parsed.feed.language == "en"
    assert [entry.title for entry in parsed.entries] == ["Story 1", "Story 0"]
    assert parsed.entries[0].link == "http://localhost/en/stories/verhaal-1/"
    assert parsed.entries[0].summary == "Inleiding 1"  # no English intro: the Dutch one


def test_story_feed_escapes_titles(client, stories_index):
    publish(StoryPageFactory(parent=stories_index, title_nl="Kaas & <wijn>"))
    for kind in FEED_KINDS:
        parsed = parse_feed(get(client, f"/nl/verhalen/{kind}/"))
        assert parsed.entries[0].title == "Kaas & <wijn>"


def test_story_feed_leaves_out_drafts(client, stories_index):
    add_stories(stories_index, 2)
    draft = StoryPageFactory(parent=stories_index, title_nl="Concept", live=False)
    parsed = parse_feed(get(client, "/nl/verhalen/rss/"))
    assert draft.title not in [entry.title for entry in parsed.entries]
    assert len(parsed.entries) == 2


@pytest.mark.parametrize("count", [5, 30])
@pytest.mark.parametrize("kind", FEED_KINDS)
def test_story_feed_queries_do_not_grow(
    client, stories_index, kind, count, django_assert_max_num_queries
):
    add_stories(stories_index, count)
    # About 8 go to finding the site and walking to the page; the feed itself needs one.
    with django_assert_max_num_queries(10):
        response = get(client, f"/nl/verhalen/{kind}/")
    entries = parse_feed(response).entries
    assert len(entries) == min(count, 20)
    assert entries[0].title == f"Verhaal {count - 1}"
