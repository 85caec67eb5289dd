"""Property: no query string, however absurd, takes a listing or feed down.

Hypothesis draws query strings from every GET parameter each listing and feed accepts
(`listing_parameters.py`): the calendar's edges, impossible days, huge and negative
numbers, text, repeated names. Every answer is a 200 or a 400 with a message, and the
filter form shows back what the visitor typed.
"""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from django.utils.html import escape

from tests.quality.listing_parameters import (
    AGENDA,
    FEEDS,
    LISTINGS,
    build_listings,
    edge_of_calendar_ranges,
    query_pairs,
)

MESSAGE_MARKERS = ('role="alert"', 'class="field__error"')


def get(client, listing, pairs):
    return client.get(listing.url(pairs), HTTP_HOST="localhost")


def last_values(pairs) -> dict[str, str]:
    """What a form shows for each name: the last value sent (QueryDict.get)."""
    return dict(pairs)


def assert_answered(listing, pairs, response):
    assert response.status_code in (200, 400), (listing.url(pairs), response.status_code)
    body = response.content.decode()
    if listing.is_html and response.status_code == 400:
        assert any(marker in body for marker in MESSAGE_MARKERS), listing.url(pairs)
    if not listing.is_html and response.status_code == 400:
        assert body.strip(), listing.url(pairs)


@pytest.mark.parametrize("listing", LISTINGS, ids=lambda listing: listing.name)
def test_any_query_string_is_answered_with_200_or_400_and_a_message(client, brand_home, listing):
    build_listings(brand_home, [listing])

    @given(pairs=query_pairs(listing))
    def check(pairs):
        assert_answered(listing, pairs, get(client, listing, pairs))

    check()


@pytest.mark.parametrize(
    "listing", [entry for entry in LISTINGS if entry.typed], ids=lambda listing: listing.name
)
def test_the_form_shows_back_what_was_typed(client, brand_home, listing):
    build_listings(brand_home, [listing])

    @given(pairs=query_pairs(listing))
    def check(pairs):
        response = get(client, listing, pairs)
        body = response.content.decode()
        for name, value in last_values(pairs).items():
            if name in listing.typed and value.strip():
                assert f'value="{escape(value)}"' in body, (listing.url(pairs), name)

    check()


@pytest.mark.parametrize("listing", [AGENDA, *FEEDS], ids=lambda listing: listing.name)
def test_ranges_at_the_edges_of_the_calendar_are_answered(client, brand_home, listing):
    build_listings(brand_home, [listing])

    @given(
        dates=edge_of_calendar_ranges(),
        extra=st.sampled_from([[], [("free", "on")], [("page", "2")]]),
    )
    # The crash this test was written for: the day after the calendar's last day.
    @example(dates=[("date_to", "9999-12-31")], extra=[])
    def check(dates, extra):
        pairs = [*dates, *extra]
        assert_answered(listing, pairs, get(client, listing, pairs))

    check()
