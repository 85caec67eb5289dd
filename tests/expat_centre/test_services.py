"""A service page tells a visitor who it is for, what to bring, the steps, the fees and
when the desk is open, and offers an appointment only where one is set up."""

from datetime import time, timedelta

import pytest

from django.utils import timezone

from discoveries.factories import weekly_periods
from expat_centre.factories import ServiceIndexPageFactory, ServicePageFactory
from expat_centre.models import DeskOpeningException, DeskOpeningSchedule
from leiden_site.factories import StandardPageFactory
from leiden_site.models.opening_calendar import OnHolidays
from tests.conftest import publish
from tests.expat_centre.conftest import EXPAT


@pytest.fixture
def service_index(expat_home):
    index = ServiceIndexPageFactory(parent=expat_home, slug_en="services")
    today = timezone.localdate()
    # Open every day, holidays included, so the test does not depend on today's date.
    index.opening_schedules = [
        DeskOpeningSchedule(
            periods=weekly_periods(range(7), time(9), time(17)), on_holidays=OnHolidays.REGULAR
        )
    ]
    index.opening_exceptions = [
        DeskOpeningException(
            start_date=today + timedelta(days=1), closed=True, note_en="King's Day"
        )
    ]
    return publish(index)


@pytest.fixture
def service(service_index):
    return publish(
        ServicePageFactory(
            parent=service_index,
            title_en="Registration and BSN",
            slug_en="registration",
            audiences=["eu", "students"],
            what_to_bring_en=[
                (
                    "checklist",
                    {"heading": "", "items": [{"item": "Your passport", "note": "valid"}]},
                )
            ],
            steps_en=[("step", {"title": "Book an appointment", "text": "Online."})],
            fees_en=[
                (
                    "fee",
                    {
                        "description": "Extract",
                        "amount": "€ 14.40",
                        "exemptions": "Free for students.",
                    },
                )
            ],
        )
    )


def test_a_service_shows_audience_checklist_steps_fees_and_desk_hours(client, service):
    html = client.get("/en/services/registration/", HTTP_HOST=EXPAT).content.decode()
    assert "EU, EEA and Swiss citizens" in html and "Students" in html
    assert "Citizens of other countries" not in html
    assert "What to bring" in html and "Your passport" in html
    assert "Book an appointment" in html
    assert "€ 14.40" in html and "Free for students." in html
    assert "Opening hours" in html and "King&#x27;s Day" in html


def test_no_appointment_page_no_button(client, service):
    html = client.get("/en/services/registration/", HTTP_HOST=EXPAT).content.decode()
    assert "Request an appointment" not in html


def test_a_chosen_appointment_page_gives_the_button(client, expat_home, service):
    appointments = publish(
        StandardPageFactory(parent=expat_home, title_en="Appointments", slug_en="appointments")
    )
    service.appointment_page = appointments
    publish(service)
    html = client.get("/en/services/registration/", HTTP_HOST=EXPAT).content.decode()
    assert "Request an appointment" in html
    assert 'href="/en/appointments/"' in html

    appointments.unpublish()
    html = client.get("/en/services/registration/", HTTP_HOST=EXPAT).content.decode()
    assert "Request an appointment" not in html


def test_the_services_index_lists_services_and_desk_hours(client, service):
    html = client.get("/en/services/", HTTP_HOST=EXPAT).content.decode()
    assert "Registration and BSN" in html
    assert "Opening hours" in html
