from .appointments import AppointmentRequest, AppointmentRequestPage
from .checklist import ArrivalChecklistPage
from .employers import EMPLOYER_SECTORS, EmployerIndexPage, EmployerPage
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
    "DeskOpeningSchedule",
    "EmployerIndexPage",
    "EmployerPage",
    "ExpatHomePage",
    "GuideIndexPage",
    "GuidePage",
    "ServiceIndexPage",
    "ServicePage",
]
