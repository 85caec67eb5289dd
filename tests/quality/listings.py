"""Listings that can grow: every page that lists things, and a way to add more things.

`build_listings(sites)` makes the index pages and the page types whose pages list others;
`grow(listings, count)` adds `count` items to every listing at once, each with what its
card shows (its own picture, themes, dates, an organiser, rooms, a logo), so a query made
per item shows up as a count that grows with the items.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import wagtail_factories

from django.utils import timezone

from discoveries.factories import weekly_periods
from discoveries.models import (
    EventIndexPage,
    EventOccurrence,
    EventPage,
    PlaceIndexPage,
    PlaceOpeningSchedule,
    PlacePage,
    RouteIndexPage,
    RoutePage,
    RouteStop,
    StoryIndexPage,
    StoryPage,
    ThemeIndexPage,
    VenueIndexPage,
    VenuePage,
    VenueRoom,
)
from expat_centre.models import (
    EmployerIndexPage,
    EmployerPage,
    ExpatEventsPage,
    GuideIndexPage,
    GuidePage,
    ServiceIndexPage,
    ServicePage,
)
from leiden_site.models import SearchDocument, StandardPage, Theme
from leiden_site.models.opening_hours import AMSTERDAM
from partners.models import BoardMember, BoardPage, PartnerIndexPage, PartnerPage
from tests.conftest import publish

THEME_SLUG = "wetenschap"
CARDS_PER_GRID = 12  # CardGridBlock's max_num

# name, host, path without the language prefix
LISTING_PAGES = [
    ("home-discoveries", "localhost", "/"),
    ("home-vvv", "vvv.localhost", "/"),
    ("home-expat", "expat.localhost", "/"),
    ("expat-events", "expat.localhost", "/evenementen/"),
    ("expat-guides", "expat.localhost", "/gidsen/"),
    ("expat-employers", "expat.localhost", "/werkgevers/"),
    ("expat-services", "expat.localhost", "/diensten/"),
    ("themes", "localhost", "/themas/"),
    ("theme", "localhost", f"/themas/{THEME_SLUG}/"),
    ("stories", "localhost", "/verhalen/"),
    ("agenda", "localhost", "/agenda/"),
    ("places", "localhost", "/plekken/"),
    ("route", "localhost", "/wandeling/"),
    ("routes", "localhost", "/routes/"),
    ("venues", "localhost", "/vergaderen/"),
    ("partners", "localhost", "/stadspartners/"),
    ("partner", "localhost", "/stadspartners/organisator/"),
    ("board", "localhost", "/stadspartners/bestuur/"),
    # A typo: the costliest way through search (look-up, correction, corrected results).
    ("search", "localhost", "/search/?q=leidn"),
]


@dataclass
class Listings:
    brand: object
    vvv: object
    expat: object
    theme: Theme
    parents: dict = field(default_factory=dict)
    organiser: PartnerPage | None = None
    route: RoutePage | None = None
    size: int = 0


def _index(parent, model, title, slug, **fields):
    fields.setdefault("intro_nl", f"Over {title}.")
    return publish(parent.add_child(instance=model(title_nl=title, slug_nl=slug, **fields)))


def build_listings(sites) -> Listings:
    brand = sites["discoveries"].root_page.specific
    listings = Listings(
        brand=brand,
        vvv=sites["vvv"].root_page.specific,
        expat=sites["expat"].root_page.specific,
        theme=Theme.objects.create(name_nl="Wetenschap", slug=THEME_SLUG),
    )
    listings.parents = {
        "agenda": _index(brand, EventIndexPage, "Agenda", "agenda"),
        "places": _index(brand, PlaceIndexPage, "Plekken", "plekken"),
        "stories": _index(brand, StoryIndexPage, "Verhalen", "verhalen"),
        "themes": _index(brand, ThemeIndexPage, "Thema's", "themas"),
        "venues": _index(brand, VenueIndexPage, "Vergaderen", "vergaderen"),
        "routes": _index(brand, RouteIndexPage, "Routes", "routes"),
        "partners": _index(brand, PartnerIndexPage, "Stadspartners", "stadspartners"),
    }
    _index(listings.expat, ExpatEventsPage, "Evenementen", "evenementen")
    listings.parents |= {
        "guides": _index(listings.expat, GuideIndexPage, "Gidsen", "gidsen"),
        "employers": _index(listings.expat, EmployerIndexPage, "Werkgevers", "werkgevers"),
        "services": _index(listings.expat, ServiceIndexPage, "Diensten", "diensten"),
    }
    partners = listings.parents["partners"]
    _index(partners, BoardPage, "Bestuur", "bestuur")
    listings.organiser = _index(
        partners, PartnerPage, "Organisator", "organisator", sector="culture"
    )
    listings.route = _index(
        brand, RoutePage, "Wandeling", "wandeling", mode="walk", distance_km=3, duration_minutes=60
    )
    return listings


def _local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=AMSTERDAM)


def _add_one(listings: Listings, number: int) -> dict:
    """One more item for every listing; returns the pages a home page may pick."""
    parents = listings.parents
    image = wagtail_factories.ImageFactory(title=f"Beeld {number}")
    theme = Theme.objects.create(
        name_nl=f"Thema {number}", slug=f"thema-{number}", image=image, image_alt_nl="Een beeld"
    )
    themes = [listings.theme, theme]
    place = PlacePage(
        title_nl=f"Leidse plek {number}",
        slug_nl=f"plek-{number}",
        place_type="museum",
        intro_nl="Een plek om te ontdekken.",
        image=image,
        latitude=Decimal("52.158000"),
        longitude=Decimal("4.485000"),
        themes=themes,
        opening_schedules=[
            PlaceOpeningSchedule(periods=weekly_periods(range(7), time(10), time(17)))
        ],
    )
    place = publish(parents["places"].add_child(instance=place))
    day = timezone.localdate() + timedelta(days=1 + number % 20)
    event = EventPage(
        title_nl=f"Leidse avond {number}",
        slug_nl=f"avond-{number}",
        summary_nl="Een avond vol ontdekkingen.",
        image=image,
        audiences=["visitors", "internationals"],
        venue=place,
        organiser=listings.organiser,
        themes=themes,
        # Two dates each: the agenda groups them into one card per event.
        occurrences=[
            EventOccurrence(start=_local(day, 20), end=_local(day, 22)),
            EventOccurrence(start=_local(day + timedelta(days=7), 20)),
        ],
    )
    event = publish(parents["agenda"].add_child(instance=event))
    story = StoryPage(
        title_nl=f"Leids verhaal {number}",
        slug_nl=f"verhaal-{number}",
        intro_nl="Een verhaal over Leiden.",
        image=image,
        author="Redactie",
        date=timezone.localdate() - timedelta(days=number),
        themes=themes,
        related_places=[place],
        related_events=[event],
        partners=[listings.organiser],
    )
    story = publish(parents["stories"].add_child(instance=story))
    publish(
        parents["venues"].add_child(
            instance=VenuePage(
                title_nl=f"Leidse zaal {number}",
                slug_nl=f"zaal-{number}",
                image=image,
                place=place,
                facilities=["wifi"],
                rooms=[
                    VenueRoom(name="Grote zaal", theatre=200 + number, reception=300),
                    VenueRoom(name="Kleine zaal", theatre=40, reception=60),
                ],
            )
        )
    )
    partner = _index(
        parents["partners"],
        PartnerPage,
        f"Leidse partner {number}",
        f"partner-{number}",
        sector="culture",
        logo=wagtail_factories.ImageFactory(title=f"Logo {number}"),
    )
    BoardMember.objects.create(
        name=f"Bestuurslid {number}",
        partner=partner,
        photo=wagtail_factories.ImageFactory(title=f"Portret {number}"),
        term_start=date(2020, 1, 1),
    )
    route = listings.route
    RouteStop.objects.create(route=route, place=place, note_nl="Stop hier.", sort_order=number)
    walk = RoutePage(
        title_nl=f"Leidse route {number}",
        slug_nl=f"route-{number}",
        intro_nl="Een route langs de grachten.",
        image=image,
        mode="walk",
        distance_km=Decimal("2.5"),
        duration_minutes=45,
        themes=themes,
        stops=[RouteStop(place=place, note_nl="Begin hier.")],
    )
    publish(parents["routes"].add_child(instance=walk))
    _add_expat_items(listings, number, image, themes)
    # Search results on the brand site and on another site, each with its picture.
    for home in (listings.brand, listings.expat):
        found = StandardPage(
            title_nl=f"Leiden zoekresultaat {number}", slug_nl=f"zoek-{number}", og_image=image
        )
        SearchDocument.index_page(publish(home.add_child(instance=found)))
    return {"story": story, "place": place, "event": event}


def _add_expat_items(listings: Listings, number: int, image, themes) -> None:
    """One more guide (with its picture, themes and a service), employer and service."""
    parents = listings.parents
    service = _index(
        parents["services"],
        ServicePage,
        f"Leidse dienst {number}",
        f"dienst-{number}",
        kind="registration",
        audiences=["eu", "non_eu"],
    )
    guide = GuidePage(
        title_nl=f"Leidse gids {number}",
        slug_nl=f"gids-{number}",
        intro_nl="Wat je moet weten.",
        topic="housing",
        image=image,
        last_reviewed=timezone.localdate(),
        themes=themes,
        related_services=[service],
    )
    publish(parents["guides"].add_child(instance=guide))
    _index(
        parents["employers"],
        EmployerPage,
        f"Leidse werkgever {number}",
        f"werkgever-{number}",
        sector="education",
        image=image,
    )


def _card_grids(pages) -> list:
    cards = [{"page": page, "text": ""} for page in pages]
    return [
        ("card_grid", {"heading": "Ontdek", "cards": cards[start : start + CARDS_PER_GRID]})
        for start in range(0, len(cards), CARDS_PER_GRID)
    ]


def grow(listings: Listings, count: int) -> None:
    """Adds `count` items to every listing, and as many picks and cards to the home pages."""
    for number in range(listings.size, listings.size + count):
        _add_one(listings, number)
    listings.size += count
    publish(listings.route)
    stories = list(StoryPage.objects.live().order_by("pk"))
    places = list(PlacePage.objects.live().order_by("pk"))
    brand = listings.brand
    brand.featured_stories = [("story", story) for story in stories]
    brand.highlights = [("page", place) for place in places]
    publish(brand)
    for home in (listings.vvv, listings.expat):
        home.body_nl = _card_grids(list(EventPage.objects.live().order_by("pk")))
        publish(home)
