"""The edges, one by one, on every listing and feed: years 1 and 9999, 30 February, far
future ranges, negative and huge numbers, text for numbers, repeated parameters.

Each case names the answer a visitor gets: the status and the message they read (in
English, under /en/). The property-based test (`test_listing_parameters.py`) covers the
space between these examples.
"""

import json

import pytest

from django.utils.html import escape

from tests.quality.listing_parameters import (
    AGENDA,
    AGENDA_ICAL,
    AGENDA_JSON,
    PARTNER_DIRECTORY,
    PLACES,
    SEARCH,
    STORIES,
    VENUE_FINDER,
    build_listings,
)

OUTSIDE_CALENDAR = "Choose a date in the years 1900 to 2999."
NO_SUCH_DATE = "Enter a valid date."
NO_SUCH_PAGE = "That page number does not exist; showing the first page."
PAST_LAST_PAGE = "There are fewer results than that; showing the last page."
NO_SUCH_THEME = "We do not know that theme."
NOT_A_CHOICE = "Select a valid choice."
HUGE = "1" * 5000

# (query pairs, status, message shown; None: the normal listing, no message)
AGENDA_CASES = [
    ([("date_from", "0001-01-01")], 400, OUTSIDE_CALENDAR),
    ([("date_to", "0001-01-01")], 400, OUTSIDE_CALENDAR),
    ([("date_to", "9999-12-31")], 400, OUTSIDE_CALENDAR),
    ([("date_from", "9999-12-30"), ("date_to", "9999-12-31")], 400, OUTSIDE_CALENDAR),
    ([("when", "weekend"), ("date_to", "9999-12-31")], 400, OUTSIDE_CALENDAR),
    ([("date_from", "2027-02-30")], 400, NO_SUCH_DATE),
    ([("date_from", "10000-01-01")], 400, NO_SUCH_DATE),
    ([("date_from", "-1")], 400, NO_SUCH_DATE),
    ([("date_from", HUGE)], 400, NO_SUCH_DATE),
    ([("date_from", "tomorrow")], 400, NO_SUCH_DATE),
    ([("date_from", "2999-12-01"), ("date_to", "2999-12-31")], 200, None),
    ([("date_from", "1900-01-01")], 200, None),
    ([("date_from", "2028-02-29"), ("date_to", "2028-03-01")], 200, None),
    # Repeated: the last one counts, as in every Django form.
    ([("date_to", "9999-12-31"), ("date_to", "2999-12-31")], 200, None),
    ([("date_to", "2999-12-31"), ("date_to", "9999-12-31")], 400, OUTSIDE_CALENDAR),
    ([("when", "week"), ("when", "someday")], 400, NOT_A_CHOICE),
    ([("theme", "-1")], 400, NO_SUCH_THEME),
    ([("q", "x" * 101)], 400, "Ensure this value has at most 100 characters"),
]
PAGE_CASES = [
    ([("page", "-1")], 200, NO_SUCH_PAGE),
    ([("page", "0")], 200, NO_SUCH_PAGE),
    ([("page", "two")], 200, NO_SUCH_PAGE),
    ([("page", "1e3")], 200, NO_SUCH_PAGE),
    ([("page", "9223372036854775808")], 200, PAST_LAST_PAGE),
    ([("page", HUGE)], 200, NO_SUCH_PAGE),
    ([("page", "abc"), ("page", "1")], 200, None),
]
FEED_CASES = [case for case in AGENDA_CASES if case[1] == 400] + [
    ([("date_from", "2999-12-01"), ("date_to", "2999-12-31")], 200, None),
    ([("page", HUGE)], 200, None),  # the feeds are not paged
]
VENUE_CASES = [
    ([("min_capacity", "-1")], 400, "Ensure this value is greater than or equal to 1."),
    ([("min_capacity", "0")], 400, "Ensure this value is greater than or equal to 1."),
    ([("min_capacity", "100001")], 400, "Ensure this value is less than or equal to 100000."),
    ([("min_capacity", "9223372036854775808")], 400, "less than or equal to 100000"),
    ([("min_capacity", HUGE)], 400, "Enter a whole number."),
    ([("min_capacity", "1e5")], 400, "Enter a whole number."),
    ([("min_capacity", "twenty")], 400, "Enter a whole number."),
    ([("min_capacity", "twenty"), ("min_capacity", "20")], 200, None),
    ([("setup", "9999-12-31")], 400, NOT_A_CHOICE),
    ([("facilities", "-1")], 400, NOT_A_CHOICE),
    ([("venue", "-1")], 200, None),
    ([("venue", HUGE)], 200, None),
    ([("venue", "9999-12-31")], 200, None),
]
PLACE_CASES = [
    *PAGE_CASES,
    ([("theme", "9999-12-31")], 400, NO_SUCH_THEME),
    ([("place_type", "-1")], 400, NOT_A_CHOICE),
    ([("open_now", HUGE), ("accessible", "0001-01-01")], 200, None),
]
STORY_CASES = [*PAGE_CASES, ([("theme", HUGE)], 400, NO_SUCH_THEME)]
DIRECTORY_CASES = [
    ([("sector", "-1")], 400, NOT_A_CHOICE),
    ([("letter", "9999")], 400, NOT_A_CHOICE),
    ([("letter", "ä")], 400, NOT_A_CHOICE),
    ([("letter", "Z"), ("letter", "N")], 200, None),
]
SEARCH_CASES = [
    *[([("q", "Leiden"), *pairs], status, message) for pairs, status, message in PAGE_CASES],
    ([("q", HUGE)], 400, "Your search is too long; use at most 200 characters."),
    ([("q", "9999-12-31")], 200, None),
    ([("q", "-1")], 200, None),
]

CASES = [
    (AGENDA, [*AGENDA_CASES, *PAGE_CASES]),
    (AGENDA_ICAL, FEED_CASES),
    (AGENDA_JSON, FEED_CASES),
    (PLACES, PLACE_CASES),
    (STORIES, STORY_CASES),
    (VENUE_FINDER, VENUE_CASES),
    (PARTNER_DIRECTORY, DIRECTORY_CASES),
    (SEARCH, SEARCH_CASES),
]


def messages_in(listing, response) -> str:
    """What the visitor (or the calendar app) is told, as text."""
    if listing is AGENDA_JSON and response.status_code == 400:
        return "\n".join(json.loads(response.content)["errors"])
    return response.content.decode()


@pytest.mark.parametrize(("listing", "cases"), CASES, ids=[entry.name for entry, _ in CASES])
def test_each_edge_gets_its_answer(client, brand_home, listing, cases):
    build_listings(brand_home, [listing])
    wrong = []
    for pairs, status, message in cases:
        url = listing.url(pairs)
        response = client.get(url, HTTP_HOST="localhost")
        text = messages_in(listing, response)
        if response.status_code != status:
            wrong.append(f"{url}: {response.status_code}, expected {status}")
        elif message and escape(message) not in text and message not in text:
            wrong.append(f"{url}: no message {message!r}")
        elif listing.is_html and not message and 'role="alert"' in text:
            wrong.append(f"{url}: an unexpected message")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("listing", "name", "value"),
    [
        (AGENDA, "date_from", "0001-01-01"),
        (AGENDA, "date_to", "9999-12-31"),
        (AGENDA, "date_from", "2027-02-30"),
        (AGENDA, "q", "x" * 101),
        (VENUE_FINDER, "min_capacity", "-1"),
        (VENUE_FINDER, "min_capacity", "9223372036854775808"),
    ],
)
def test_the_form_keeps_what_the_visitor_typed(client, brand_home, listing, name, value):
    build_listings(brand_home, [listing])
    response = client.get(listing.url([(name, value)]), HTTP_HOST="localhost")
    assert response.status_code == 400
    assert f'name="{name}"' in response.text
    assert f'value="{value}"' in response.text
