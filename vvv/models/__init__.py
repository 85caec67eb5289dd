from .bookings import BookingRequest
from .faq import FaqPage
from .home import VvvHomePage
from .hours_page import OpeningHoursPage
from .office import VvvOpeningException, VvvOpeningSchedule
from .products import (
    CATEGORIES,
    TOUR_CATEGORIES,
    TOUR_LANGUAGES,
    ProductIndexPage,
    ProductPage,
)

__all__ = [
    "CATEGORIES",
    "TOUR_CATEGORIES",
    "TOUR_LANGUAGES",
    "BookingRequest",
    "FaqPage",
    "OpeningHoursPage",
    "ProductIndexPage",
    "ProductPage",
    "VvvHomePage",
    "VvvOpeningException",
    "VvvOpeningSchedule",
]
