"""Every listing and feed that reads GET parameters, the parameters each accepts, and the
absurd values a stranger may send them (for the property-based and the edge tests).

A new filter joins the tests by adding its parameter here; a new listing by adding a
`Listing` and making its page in `build_listings`.
"""

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from hypothesis import strategies as st

from discoveries.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    PlaceIndexPageFactory,
    PlacePageFactory,
    StoryIndexPageFactory,
    StoryPageFactory,
)
from discoveries.models import VenueIndexPage, VenuePage, VenueRoom
from leiden_site.factories import ThemeFactory
from partners.models import PartnerIndexPage, PartnerPage
from tests.conftest import publish

# Kinds of parameter: what a visitor types or picks there.
DATE, NUMBER, TEXT, CHOICE, FLAG = "date", "number", "text", "choice", "flag"


@dataclass(frozen=True)
class Listing:
    name: str
    path: str  # under /en/, on the brand site
    parameters: dict[str, str]  # name -> kind
    choices: dict[str, tuple[str, ...]] = field(default_factory=dict)  # values that exist
    is_html: bool = True
    typed: tuple[str, ...] = ()  # typed into the page's form, which shows them back as typed

    def url(self, pairs) -> str:
        return f"{self.path}?{urlencode(list(pairs))}" if pairs else self.path


AGENDA_PARAMETERS = {
    "when": CHOICE,
    "date_from": DATE,
    "date_to": DATE,
    "theme": CHOICE,
    "audience": CHOICE,
    "free": FLAG,
    "q": TEXT,
    "page": NUMBER,
}
AGENDA_CHOICES = {
    "when": ("today", "tomorrow", "weekend", "week", "month"),
    "theme": ("history",),
    "audience": ("visitors", "students"),
}

AGENDA = Listing(
    "agenda",
    "/en/whats-on/",
    AGENDA_PARAMETERS,
    AGENDA_CHOICES,
    typed=("date_from", "date_to", "q"),
)
AGENDA_ICAL = Listing(
    "agenda.ics", "/en/whats-on/agenda.ics", AGENDA_PARAMETERS, AGENDA_CHOICES, is_html=False
)
AGENDA_JSON = Listing(
    "agenda.json", "/en/whats-on/agenda.json", AGENDA_PARAMETERS, AGENDA_CHOICES, is_html=False
)
PLACES = Listing(
    "places",
    "/en/places/",
    {"theme": CHOICE, "place_type": CHOICE, "open_now": FLAG, "accessible": FLAG, "page": NUMBER},
    {"theme": ("history",), "place_type": ("museum", "park")},
)
STORIES = Listing(
    "stories", "/en/stories/", {"theme": CHOICE, "page": NUMBER}, {"theme": ("history",)}
)
VENUE_FINDER = Listing(
    "venue finder",
    "/en/meet/",
    {"min_capacity": NUMBER, "setup": CHOICE, "facilities": CHOICE, "venue": NUMBER},
    {"setup": ("theatre", "banquet"), "facilities": ("av", "wifi")},
    typed=("min_capacity",),
)
PARTNER_DIRECTORY = Listing(
    "partner directory",
    "/en/partners/",
    {"sector": CHOICE, "letter": CHOICE},
    {"sector": ("culture",), "letter": ("A", "N")},
)
SEARCH = Listing("search", "/en/search/", {"q": TEXT, "page": NUMBER}, {"q": ("Leiden",)})

LISTINGS = [
    AGENDA,
    AGENDA_ICAL,
    AGENDA_JSON,
    PLACES,
    STORIES,
    VENUE_FINDER,
    PARTNER_DIRECTORY,
    SEARCH,
]
FEEDS = [AGENDA_ICAL, AGENDA_JSON]


def _agenda(brand_home, history) -> None:
    agenda = publish(
        EventIndexPageFactory(parent=brand_home, title_en="What's on", slug_en="whats-on")
    )
    publish(EventPageFactory(parent=agenda, title_nl="Leiden Ontzet", themes=[history]))


def _places(brand_home, history) -> None:
    places = publish(PlaceIndexPageFactory(parent=brand_home, slug_en="places"))
    publish(PlacePageFactory(parent=places, title_nl="Hortus", themes=[history]))


def _stories(brand_home, history) -> None:
    stories = publish(StoryIndexPageFactory(parent=brand_home, slug_en="stories"))
    publish(StoryPageFactory(parent=stories, title_nl="Leiden en de tulp", themes=[history]))


def _venues(brand_home, history) -> None:
    venues = VenueIndexPage(title="Vergaderen", slug="vergaderen", slug_en="meet")
    brand_home.add_child(instance=venues)
    publish(venues)
    venue = VenuePage(title="Stadsgehoorzaal", slug="stadsgehoorzaal", facilities=["av"])
    venue.rooms.add(VenueRoom(name="Grote zaal", theatre=1000, banquet=400))
    venues.add_child(instance=venue)
    publish(venue)


def _partners(brand_home, history) -> None:
    partners = PartnerIndexPage(title="Partners", slug="partners", slug_en="partners")
    brand_home.add_child(instance=partners)
    publish(partners)
    partner = PartnerPage(
        title="Naturalis", slug="naturalis", sector="culture", intro_nl="Natuurmuseum."
    )
    partners.add_child(instance=partner)
    publish(partner)


BUILDERS = {
    "agenda": _agenda,
    "agenda.ics": _agenda,
    "agenda.json": _agenda,
    "places": _places,
    "stories": _stories,
    "venue finder": _venues,
    "partner directory": _partners,
    "search": _stories,  # its story is what "Leiden" finds
}


def build_listings(brand_home, listings=LISTINGS) -> None:
    """These listings under their English paths on the brand site, each with an item."""
    history = ThemeFactory(name_nl="Geschiedenis", name_en="History", slug="history")
    for builder in dict.fromkeys(BUILDERS[listing.name] for listing in listings):
        builder(brand_home, history)


# --- Values ------------------------------------------------------------------------------

# What people and robots really send: the calendar's edges, impossible days, numbers that
# overflow, signs, exponents, blanks, and text where a number belongs.
EDGE_VALUES = (
    "0001-01-01",
    "9999-12-31",
    "9999-12-30",
    "2027-02-30",
    "2027-02-29",
    "2028-02-29",
    "0000-00-00",
    "10000-01-01",
    "-1",
    "0",
    "-2147483649",
    "9223372036854775808",
    "1" * 5000,
    "1e309",
    "NaN",
    "inf",
    " ",
    "",
    "ä",
    "\x00",
    "<script>",
    "today",
)

# Any character a URL can carry (lone surrogates cannot be percent-encoded).
_characters = st.characters(exclude_categories=("Cs",))

any_value = st.one_of(
    st.sampled_from(EDGE_VALUES),
    st.dates().map(datetime.date.isoformat),  # every year from 1 to 9999
    st.builds(
        "{:04d}-{:02d}-{:02d}".format,
        st.integers(0, 10_000),
        st.integers(0, 13),
        st.integers(0, 32),
    ),
    st.integers().map(str),
    st.floats().map(str),
    st.text(_characters, max_size=30),
)


def values_for(listing: Listing, name: str):
    """Absurd values, and (half the time) one the listing really offers."""
    real = listing.choices.get(name)
    return st.one_of(st.sampled_from(real), any_value) if real else any_value


def query_pairs(listing: Listing):
    """A query string as (name, value) pairs: any of the listing's parameters, repeated or not."""
    pair = st.sampled_from(sorted(listing.parameters)).flatmap(
        lambda name: st.tuples(st.just(name), values_for(listing, name))
    )
    return st.lists(pair, max_size=6)


def edge_of_calendar_dates():
    """Dates in the first or the last century of the calendar, its very first and last
    days most often."""
    very_ends = [datetime.date.min + datetime.timedelta(days=n) for n in range(3)] + [
        datetime.date.max - datetime.timedelta(days=n) for n in range(3)
    ]
    early = st.dates(max_value=datetime.date(100, 12, 31))
    late = st.dates(min_value=datetime.date(9900, 1, 1))
    return st.one_of(st.sampled_from(very_ends), st.one_of(early, late))


@st.composite
def edge_of_calendar_ranges(draw) -> list[tuple[str, str]]:
    """A date range as the agenda's form sends it, at an edge of the calendar: one end,
    the other, or both (a few days to a few years apart, sometimes the wrong way round)."""
    anchor = draw(edge_of_calendar_dates())
    days = draw(st.integers(min_value=-3, max_value=800))
    try:
        other = anchor - datetime.timedelta(days=days)
    except OverflowError:
        other = anchor
    date_from, date_to = sorted([anchor, other]) if draw(st.booleans()) else (other, anchor)
    pairs = [("date_from", date_from.isoformat()), ("date_to", date_to.isoformat())]
    return draw(st.sampled_from([pairs, pairs[:1], pairs[1:]]))
