"""A desk (open Monday to Friday, 9 to 17, closed on one staff day), two services, a
registered employer and the appointment page at /en/appointment/ on the Expat site."""

import datetime
from datetime import time, timedelta

import pytest

from django.utils import timezone

from discoveries.factories import weekly_periods
from expat_centre.factories import (
    AppointmentRequestPageFactory,
    EmployerIndexPageFactory,
    EmployerPageFactory,
    ServicePageFactory,
)
from expat_centre.models import (
    AppointmentRequest,
    DeskOpeningException,
    DeskOpeningSchedule,
    ServiceIndexPage,
)
from leiden_site.models.opening_calendar import holiday_name
from tests.conftest import publish

EXPAT = "expat.localhost"
APPOINTMENT = "/en/appointment/"
NAME = "Priya Raman"


def next_weekday(weekday: int, after_days: int = 1) -> datetime.date:
    """The first `weekday` (0 is Monday) at least `after_days` from today."""
    day = timezone.localdate() + timedelta(days=after_days)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def open_days(count: int = 2) -> list[datetime.date]:
    """The desk's next open days: weekdays that are no holiday and not the staff day."""
    days, day = [], timezone.localdate()
    while len(days) < count:
        day += timedelta(days=1)
        if day.weekday() < 5 and holiday_name(day) is None and day != staff_day():
            days.append(day)
    return days


def staff_day() -> datetime.date:
    """A Wednesday on which the desk is closed for a staff day."""
    return next_weekday(2, after_days=8)


@pytest.fixture
def appointment_world(expat_home):
    desk = publish(
        expat_home.add_child(
            instance=ServiceIndexPage(
                title_nl="Diensten",
                title_en="Services",
                slug_nl="diensten",
                slug_en="services",
                opening_schedules=[
                    DeskOpeningSchedule(periods=weekly_periods(range(5), time(9), time(17)))
                ],
                opening_exceptions=[
                    DeskOpeningException(
                        start_date=staff_day(),
                        closed=True,
                        note_nl="Studiedag",
                        note_en="Staff day",
                    )
                ],
            )
        )
    )
    registration, permit = (
        publish(
            ServicePageFactory(parent=desk, kind=kind, title_nl=title, title_en=title, slug_en=kind)
        )
        for kind, title in [("registration", "Registration"), ("residence_permit", "Permits")]
    )
    employers = publish(EmployerIndexPageFactory(parent=expat_home, slug_en="employers"))
    university = publish(
        EmployerPageFactory(parent=employers, title_nl="Universiteit Leiden", slug_en="university")
    )
    page = publish(
        AppointmentRequestPageFactory(
            parent=expat_home, title_en="Request an appointment", slug_en="appointment"
        )
    )
    for service in (registration, permit):
        service.appointment_page = page
        publish(service)
    return {
        "page": page,
        "registration": registration,
        "permit": permit,
        "university": university,
        "desk": desk,
    }


def valid_request(world, **changes) -> dict:
    data = {
        "services": [str(world["registration"].pk)],
        "name": NAME,
        "email": "priya@example.org",
        "phone": "+31 6 9876 5432",
        "nationality": "IN",
        "employer": str(world["university"].pk),
        "employer_name": "",
        "arrival_date": (timezone.localdate() + timedelta(days=20)).isoformat(),
        "first_choice": open_days()[0].isoformat(),
        "second_choice": open_days()[1].isoformat(),
        "third_choice": "",
        "family_members": "2",
        "remarks": "My partner joins us with our daughter.",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def stored_request(**fields) -> AppointmentRequest:
    values = {
        "services_requested": "Registration",
        "name": NAME,
        "email": "priya@example.org",
        "phone": "+31 6 9876 5432",
        "nationality": "IN",
        "employer_name": "Universiteit Leiden",
        "arrival_date": timezone.localdate(),
        "first_choice": timezone.localdate() + timedelta(days=7),
        "language": "en",
        "consent_at": timezone.now(),
        **fields,
    }
    return AppointmentRequest.objects.create(**values)
