from .faq import FaqPage
from .home import VvvHomePage
from .hours_page import OpeningHoursPage
from .office import VvvOpeningException, VvvOpeningSchedule

__all__ = [
    "FaqPage",
    "OpeningHoursPage",
    "VvvHomePage",
    "VvvOpeningException",
    "VvvOpeningSchedule",
]
