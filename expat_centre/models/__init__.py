from .appointments import AppointmentRequest, AppointmentRequestPage
from .checklist import ArrivalChecklistPage
from .desk import DeskPage
from .employers import EMPLOYER_SECTORS, EmployerIndexPage, EmployerPage
from .events import ExpatEventsPage
from .faq import ExpatFaqPage
from .guides import GUIDE_TOPICS, GuideIndexPage, GuidePage
from .home import ExpatHomePage
from .services import (
    SERVICE_AUDIENCES,
    SERVICE_KINDS,
    DeskOpeningException,
    DeskOpeningSchedule,
    ServiceIndexPage,
    ServicePage,
)

__all__ = [
    "AppointmentRequest",
    "AppointmentRequestPage",
    "EMPLOYER_SECTORS",
    "GUIDE_TOPICS",
    "SERVICE_AUDIENCES",
    "SERVICE_KINDS",
    "ArrivalChecklistPage",
    "DeskOpeningException",
    "DeskPage",
    "DeskOpeningSchedule",
    "EmployerIndexPage",
    "EmployerPage",
    "ExpatEventsPage",
    "ExpatFaqPage",
    "ExpatHomePage",
    "GuideIndexPage",
    "GuidePage",
    "ServiceIndexPage",
    "ServicePage",
]
