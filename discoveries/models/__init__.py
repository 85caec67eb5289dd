from .events import AUDIENCES, EventIndexPage, EventOccurrence, EventPage
from .home import SHARED_CHILD_PAGE_TYPES, HomePage
from .newsletter import NewsletterPage, Subscriber
from .places import PlaceIndexPage, PlaceOpeningException, PlaceOpeningPeriod, PlacePage
from .routes import RoutePage, RouteStop
from .stories import DiscoveryIndexPage, DiscoveryPage
from .theme_index import ThemeIndexPage
from .themes import Theme
from .venues import FACILITIES, SETUPS, CongressRequest, VenueIndexPage, VenuePage, VenueRoom

__all__ = [
    "AUDIENCES",
    "FACILITIES",
    "SETUPS",
    "SHARED_CHILD_PAGE_TYPES",
    "CongressRequest",
    "DiscoveryIndexPage",
    "DiscoveryPage",
    "EventIndexPage",
    "EventOccurrence",
    "EventPage",
    "HomePage",
    "NewsletterPage",
    "PlaceIndexPage",
    "PlaceOpeningException",
    "PlaceOpeningPeriod",
    "PlacePage",
    "RoutePage",
    "RouteStop",
    "Subscriber",
    "Theme",
    "ThemeIndexPage",
    "VenueIndexPage",
    "VenuePage",
    "VenueRoom",
]
