from .events import AUDIENCES, DateSpan, EventIndexPage, EventOccurrence, EventPage
from .home import HomePage
from .newsletter import NewsletterPage, Subscriber
from .places import PlaceIndexPage, PlaceOpeningException, PlaceOpeningSchedule, PlacePage
from .routes import RouteIndexPage, RoutePage, RouteStop
from .stories import StoryIndexPage, StoryPage
from .theme_index import ThemeIndexPage
from .venues import FACILITIES, SETUPS, CongressRequest, VenueIndexPage, VenuePage, VenueRoom

__all__ = [
    "AUDIENCES",
    "FACILITIES",
    "SETUPS",
    "CongressRequest",
    "StoryIndexPage",
    "StoryPage",
    "EventIndexPage",
    "DateSpan",
    "EventOccurrence",
    "EventPage",
    "HomePage",
    "NewsletterPage",
    "PlaceIndexPage",
    "PlaceOpeningException",
    "PlaceOpeningSchedule",
    "PlacePage",
    "RouteIndexPage",
    "RoutePage",
    "RouteStop",
    "Subscriber",
    "ThemeIndexPage",
    "VenueIndexPage",
    "VenuePage",
    "VenueRoom",
]
