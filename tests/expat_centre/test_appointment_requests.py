"""Requesting an appointment: the page, what is stored, the mails, and every rule of the form."""

import datetime

import pytest

from django.core import mail
from django.test.utils import override_settings
from django.utils import formats, timezone, translation
from django.utils.html import escape

from expat_centre.models import AppointmentRequest
from leiden_site.models.opening_calendar import holiday_name
from leiden_site.throttle import EXPAT_APPOINTMENT
from tests.expat_centre.appointment_fixtures import (
    APPOINTMENT,
    EXPAT,
    NAME,
    appointment_world,
    next_weekday,
    staff_day,
    valid_request,
)

__all__ = ["appointment_world"]  # the fixture

pytestmark = pytest.mark.usefixtures("sites")


def send(client, capture, data, **extra):
    with capture(execute=True):
        return client.post(APPOINTMENT, data, HTTP_HOST=EXPAT, **extra)


def test_a_service_preselects_itself_on_the_appointment_page(client, appointment_world):
    permit = appointment_world["permit"]
    service_page = client.get("/en/services/residence_permit/", HTTP_HOST=EXPAT)
    link = f'href="{APPOINTMENT}?service={permit.pk}"'
    assert link in service_page.text
    page = client.get(f"{APPOINTMENT}?service={permit.pk}", HTTP_HOST=EXPAT)
    assert page.status_code == 200
    assert f'value="{permit.pk}" id="id_services_1" checked' in page.text
    registration = appointment_world["registration"]
    assert f'value="{registration.pk}" id="id_services_0">' in page.text
    # The desk's coming days are shown, the staff day marked as closed.
    assert "When the desk is open" in page.text


def test_nonsense_in_the_service_parameter_preselects_nothing(client, appointment_world):
    for value in ("abc", "-1", "9" * 40, "99999"):
        page = client.get(APPOINTMENT, {"service": value}, HTTP_HOST=EXPAT)
        assert page.status_code == 200, value
        assert " checked" not in page.text


def test_a_request_is_stored_and_mailed_to_visitor_and_staff(
    client, appointment_world, settings, django_capture_on_commit_callbacks
):
    settings.EXPAT_APPOINTMENTS_EMAIL = "desk@expat.example.org"
    response = send(client, django_capture_on_commit_callbacks, valid_request(appointment_world))
    assert response.status_code == 200
    assert response.context["request_sent"]
    stored = AppointmentRequest.objects.get()
    assert list(stored.services.all()) == [appointment_world["registration"]]
    assert stored.services_requested == "Registration"
    assert (stored.name, stored.nationality.code, stored.family_members) == (NAME, "IN", 2)
    assert stored.employer == appointment_world["university"]
    assert stored.employer_name == "Universiteit Leiden"
    assert stored.status == "new" and stored.language == "en" and stored.consent_at
    assert stored.confirmation_mailed_at and stored.staff_mailed_at
    to_visitor, to_staff = sorted(mail.outbox, key=lambda message: message.to != [stored.email])
    assert to_visitor.to == ["priya@example.org"]
    assert "Registration" in to_visitor.body and "Dear Priya Raman" in to_visitor.body
    assert to_staff.to == ["desk@expat.example.org"]
    assert f"/admin/snippets/expat_centre/appointmentrequest/edit/{stored.pk}/" in to_staff.body
    # The staff mail is a pointer: the person's details stay behind the admin's log-in.
    assert NAME not in to_staff.body and "priya@example.org" not in to_staff.body


def test_an_employer_may_be_typed_when_it_is_not_in_the_list(
    client, appointment_world, django_capture_on_commit_callbacks
):
    data = valid_request(appointment_world, employer="", employer_name="Start-up BV")
    send(client, django_capture_on_commit_callbacks, data)
    stored = AppointmentRequest.objects.get()
    assert stored.employer is None and stored.employer_name == "Start-up BV"


@override_settings(EMAIL_BACKEND="tests.leiden_site.broken_mail.BrokenEmailBackend")
def test_a_failing_mail_server_loses_no_request(
    client, appointment_world, django_capture_on_commit_callbacks
):
    response = send(client, django_capture_on_commit_callbacks, valid_request(appointment_world))
    assert response.status_code == 200
    assert response.context["request_sent"]
    stored = AppointmentRequest.objects.get()
    assert stored.name == NAME
    assert stored.confirmation_mailed_at is None and stored.staff_mailed_at is None


def _days(n: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


INVALID = [
    ("services", []),
    ("services", ["abc"]),
    ("services", ["999999"]),
    ("services", ["9" * 30]),
    ("name", ""),
    ("name", "P" * 121),
    ("email", "priya@"),
    ("email", "priya example.org"),
    ("phone", "0" * 31),
    ("nationality", "XX"),
    ("nationality", "Mars"),
    ("nationality", ""),
    ("employer", "999999"),
    ("employer", "Universiteit"),
    ("employer_name", "U" * 161),
    ("employer_name", "Universiteit Leiden"),  # both from the list and typed
    ("arrival_date", "0001-01-01"),
    ("arrival_date", "9999-12-31"),
    ("arrival_date", "2027-02-31"),
    ("arrival_date", _days(-400)),
    ("arrival_date", _days(800)),
    ("arrival_date", "next week"),
    ("first_choice", ""),
    ("first_choice", "0001-01-01"),
    ("first_choice", "9999-12-31"),
    ("first_choice", "2027-02-31"),
    ("first_choice", _days(-1)),
    ("first_choice", _days(400)),
    ("first_choice", next_weekday(6).isoformat()),  # a Sunday: the desk is closed
    ("first_choice", staff_day().isoformat()),  # the staff day
    ("second_choice", "31-02-2027"),
    ("third_choice", _days(-3)),
    ("family_members", "-1"),
    ("family_members", "13"),
    ("family_members", "9" * 30),
    ("family_members", "two"),
    ("remarks", "x" * 2001),
    ("consent", None),
]


@pytest.mark.parametrize(("field", "value"), INVALID, ids=lambda value: str(value)[:20])
def test_each_rule_refuses_and_keeps_what_was_typed(
    client, appointment_world, django_capture_on_commit_callbacks, field, value
):
    data = valid_request(appointment_world, **{field: value})
    response = send(client, django_capture_on_commit_callbacks, data)
    assert response.status_code == 200
    assert not AppointmentRequest.objects.exists()
    assert mail.outbox == []
    assert list(response.context["form"].errors) == [field]
    assert 'role="alert"' in response.text
    if field != "name":
        assert f'value="{NAME}"' in response.text
    if field != "remarks":
        assert "My partner joins us with our daughter." in response.text


def test_a_closed_day_is_named_in_the_message(
    client, appointment_world, django_capture_on_commit_callbacks
):
    data = valid_request(appointment_world, first_choice=staff_day().isoformat())
    response = send(client, django_capture_on_commit_callbacks, data)
    assert "The desk is closed on" in response.text and "Staff day" in response.text


def next_weekday_holiday() -> datetime.date:
    """The first Dutch public holiday (or Leidens Ontzet) on a weekday after today: the desk
    would otherwise be open that day."""
    day = timezone.localdate()
    while True:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5 and holiday_name(day) is not None and day != staff_day():
            return day


def test_a_public_holiday_is_refused_with_its_name(
    client, appointment_world, django_capture_on_commit_callbacks
):
    holiday = next_weekday_holiday()
    data = valid_request(appointment_world, second_choice=holiday.isoformat())
    response = send(client, django_capture_on_commit_callbacks, data)
    assert not AppointmentRequest.objects.exists()
    assert list(response.context["form"].errors) == ["second_choice"]
    with translation.override("en"):
        name = str(holiday_name(holiday))
        day = formats.date_format(holiday, "l j F Y")
    assert f"The desk is closed on {day}" in response.text
    assert f"({escape(name)})" in response.text
    assert f'value="{holiday.isoformat()}"' in response.text  # kept, to be changed


def test_the_same_day_twice_is_refused(
    client, appointment_world, django_capture_on_commit_callbacks
):
    data = valid_request(appointment_world)
    data["second_choice"] = data["first_choice"]
    response = send(client, django_capture_on_commit_callbacks, data)
    assert list(response.context["form"].errors) == ["second_choice"]


def test_robots_filling_the_honeypot_store_nothing(
    client, appointment_world, django_capture_on_commit_callbacks
):
    data = valid_request(appointment_world, website_url="https://spam.example")
    response = send(client, django_capture_on_commit_callbacks, data)
    assert response.status_code == 200
    assert not AppointmentRequest.objects.exists()
    assert mail.outbox == []


def test_requests_stop_at_the_limit_per_connection_and_keep_the_input(
    client, appointment_world, django_capture_on_commit_callbacks
):
    limit = int(EXPAT_APPOINTMENT.per_address.split("/")[0])
    for number in range(limit):
        data = valid_request(appointment_world, email=f"visitor{number}@example.org")
        assert send(client, django_capture_on_commit_callbacks, data).status_code == 200
    response = send(client, django_capture_on_commit_callbacks, valid_request(appointment_world))
    assert response.status_code == 429
    assert f'value="{NAME}"' in response.text
    assert AppointmentRequest.objects.count() == limit
    other = send(
        client,
        django_capture_on_commit_callbacks,
        valid_request(appointment_world),
        REMOTE_ADDR="10.9.9.9",
    )
    assert other.status_code == 200
