from .bookings import BookingRequest
from .home import VvvHomePage
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
    "ProductIndexPage",
    "ProductPage",
    "VvvHomePage",
]
