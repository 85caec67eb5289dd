"""Booking a tour: every rule of the form, what is stored, and the mails that follow."""

import datetime

import pytest

from django.core import mail
from django.test.utils import override_settings
from django.utils import timezone

from leiden_site.throttle import TOUR_BOOKING
from tests.vvv.conftest import VVV, next_weekday
from vvv.models import BookingRequest

pytestmark = pytest.mark.usefixtures("sites")

PILGRIMS_BOOKING = "/nl/aanbod/pilgrims/book/"


def valid_request(**changes) -> dict:
    """A request for the Pilgrims walk (weekends, 2 to 12 people, in English)."""
    data = {
        "date": next_weekday(5).isoformat(),
        "party_size": "4",
        "tour_language": "en",
        "name": "Anna de Vries",
        "email": "anna@example.org",
        "phone": "+31 6 1234 5678",
        "remarks": "Wij komen met een kinderwagen.",
        "consent": "on",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def book(client, capture, data, path=PILGRIMS_BOOKING, **extra):
    with capture(execute=True):
        return client.post(path, data, HTTP_HOST=VVV, **extra)


def test_a_tour_page_leads_to_its_booking_form(client, products):
    page = client.get("/nl/aanbod/pilgrims/", HTTP_HOST=VVV)
    assert f'href="{PILGRIMS_BOOKING}"' in page.text
    form = client.get(PILGRIMS_BOOKING, HTTP_HOST=VVV)
    assert form.status_code == 200
    assert 'name="party_size"' in form.text
    # Only the languages the tour is given in can be chosen.
    choices = form.context["booking_form"].fields["tour_language"].choices
    assert [code for code, _label in choices] == ["en"]


def test_only_tours_take_booking_requests(client, products, django_capture_on_commit_callbacks):
    assert "/book/" not in client.get("/nl/aanbod/hofjeskaart/", HTTP_HOST=VVV).text
    assert client.get("/nl/aanbod/hofjeskaart/book/", HTTP_HOST=VVV).status_code == 404
    response = book(
        client, django_capture_on_commit_callbacks, valid_request(), "/nl/aanbod/hofjeskaart/book/"
    )
    assert response.status_code == 404
    assert not BookingRequest.objects.exists()


def test_a_request_is_stored_and_mailed_to_visitor_and_staff(
    client, products, settings, django_capture_on_commit_callbacks
):
    settings.VVV_BOOKINGS_EMAIL = "rondleidingen@vvv.example.org"
    response = book(client, django_capture_on_commit_callbacks, valid_request())
    assert response.status_code == 200
    assert response.context["booking_sent"]
    booking = BookingRequest.objects.get()
    assert booking.tour_id == products["pilgrims"].pk
    assert booking.tour_title == "Pilgrimswandeling"
    assert (booking.party_size, booking.tour_language, booking.status) == (4, "en", "new")
    assert booking.language == "nl" and booking.consent_at is not None
    assert booking.confirmation_mailed_at and booking.staff_mailed_at
    to_visitor, to_staff = sorted(mail.outbox, key=lambda message: message.to != [booking.email])
    assert to_visitor.to == ["anna@example.org"]
    assert "Pilgrimswandeling" in to_visitor.body
    assert to_staff.to == ["rondleidingen@vvv.example.org"]
    assert "Anna de Vries" in to_staff.body and "kinderwagen" in to_staff.body
    assert f"/admin/snippets/vvv/bookingrequest/edit/{booking.pk}/" in to_staff.body


@override_settings(EMAIL_BACKEND="tests.leiden_site.broken_mail.BrokenEmailBackend")
def test_a_failing_mail_server_loses_no_request(
    client, products, django_capture_on_commit_callbacks
):
    response = book(client, django_capture_on_commit_callbacks, valid_request())
    assert response.status_code == 200
    assert response.context["booking_sent"]
    booking = BookingRequest.objects.get()
    assert booking.name == "Anna de Vries"
    # Staff see in the admin that neither mail went out.
    assert booking.confirmation_mailed_at is None and booking.staff_mailed_at is None


def _days(n: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=n)).isoformat()


INVALID = [
    ("date", "0001-01-01"),
    ("date", "9999-12-31"),
    ("date", "2027-02-30"),
    ("date", "volgende week"),
    ("date", ""),
    ("date", _days(-1)),  # in the past
    ("date", next_weekday(2).isoformat()),  # a Wednesday: the walk runs at weekends
    ("party_size", "0"),
    ("party_size", "-3"),
    ("party_size", "1"),  # below the tour's smallest party of 2
    ("party_size", "13"),  # above its largest of 12
    ("party_size", "9" * 30),
    ("party_size", "vier"),
    ("tour_language", "de"),  # a language the walk is not given in
    ("tour_language", "xx"),
    ("name", ""),
    ("name", "A" * 121),
    ("email", "anna@"),
    ("phone", "0" * 31),
    ("remarks", "x" * 2001),
    ("consent", None),
]


@pytest.mark.parametrize(("field", "value"), INVALID, ids=lambda value: str(value)[:20])
def test_each_rule_refuses_and_keeps_what_was_typed(
    client, products, django_capture_on_commit_callbacks, field, value
):
    response = book(client, django_capture_on_commit_callbacks, valid_request(**{field: value}))
    assert response.status_code == 200
    assert not BookingRequest.objects.exists()
    assert mail.outbox == []
    form = response.context["booking_form"]
    assert list(form.errors) == [field]
    assert 'role="alert"' in response.text
    if field != "name":
        assert 'value="Anna de Vries"' in response.text
    if field != "remarks":
        assert "Wij komen met een kinderwagen." in response.text


def test_a_date_outside_the_season_is_refused(client, products, django_capture_on_commit_callbacks):
    data = valid_request(date=_days(200), tour_language="nl", party_size="1")
    response = book(client, django_capture_on_commit_callbacks, data, "/nl/aanbod/rondvaart/book/")
    assert list(response.context["booking_form"].errors) == ["date"]
    inside = valid_request(date=_days(20), tour_language="nl", party_size="1")
    book(client, django_capture_on_commit_callbacks, inside, "/nl/aanbod/rondvaart/book/")
    assert BookingRequest.objects.get().tour_id == products["canal"].pk


def test_robots_filling_the_honeypot_store_nothing(
    client, products, django_capture_on_commit_callbacks
):
    data = valid_request(website_url="https://spam.example")
    response = book(client, django_capture_on_commit_callbacks, data)
    assert response.status_code == 200
    assert not BookingRequest.objects.exists()
    assert mail.outbox == []


def test_requests_stop_at_the_limit_per_connection_and_keep_the_input(
    client, products, django_capture_on_commit_callbacks
):
    limit = int(TOUR_BOOKING.per_address.split("/")[0])
    for number in range(limit):
        data = valid_request(email=f"bezoeker{number}@example.org")
        assert book(client, django_capture_on_commit_callbacks, data).status_code == 200
    response = book(client, django_capture_on_commit_callbacks, valid_request())
    assert response.status_code == 429
    assert 'value="Anna de Vries"' in response.text
    assert BookingRequest.objects.count() == limit
    # Another connection is not held back.
    other = book(
        client, django_capture_on_commit_callbacks, valid_request(), REMOTE_ADDR="10.9.9.9"
    )
    assert other.status_code == 200
