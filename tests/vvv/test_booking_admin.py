"""Booking requests in the admin: VVV staff and moderators handle them, nobody else sees them.

Requested through the admin's own URLs (listing, edit, CSV export, snippet chooser).
"""

import datetime

import pytest

from django.utils import timezone

from tests.partners.conftest import agenda, editor_a, partner_a, partner_index
from tests.refusals import refusal_of
from tests.request_admin import (
    assert_filter_by_status_and_search,
    assert_staff_change_only_status_and_note,
    body,
    login_as,
)
from vvv.models import BookingRequest

# The partner boundary tests' fixtures, for a partner's editor.
__all__ = ["agenda", "editor_a", "partner_a", "partner_index"]

NAME = "Bezoeker Pieterse"
LIST = "/admin/snippets/vvv/bookingrequest/"


def booking_request(**fields) -> BookingRequest:
    values = {
        "tour_title": "Rondvaart over de singels",
        "date": timezone.localdate() + datetime.timedelta(days=10),
        "party_size": 4,
        "tour_language": "de",
        "name": NAME,
        "email": "pieterse@example.org",
        "phone": "+31 71 000 0000",
        "remarks": "Wij komen met de trein.",
        "language": "de",
        "consent_at": timezone.now(),
        **fields,
    }
    return BookingRequest.objects.create(**values)


@pytest.fixture
def booking(sites):
    return booking_request()


def admin_urls(booking) -> list[str]:
    return [
        LIST,
        f"{LIST}?export=csv",
        f"{LIST}edit/{booking.pk}/",
        f"{LIST}history/{booking.pk}/",
        "/admin/snippets/choose/vvv/bookingrequest/",
        "/admin/snippets/choose/vvv/bookingrequest/results/",
        f"/admin/snippets/choose/vvv/bookingrequest/chosen/{booking.pk}/",
    ]


@pytest.mark.parametrize("role", ["VVV staff", "moderator"])
def test_vvv_staff_and_moderators_see_the_requests(request, booking, role):
    client = login_as(role, request)
    for url in admin_urls(booking):
        response = client.get(url)
        assert response.status_code == 200, url
    assert NAME in body(client.get(LIST))
    export = body(client.get(f"{LIST}?export=csv"))
    assert NAME in export and "pieterse@example.org" in export
    assert LIST in body(client.get("/admin/"))  # in their admin menu


@pytest.mark.parametrize("role", ["marketing editor", "partner editor", "Expat staff", "anonymous"])
def test_other_roles_never_see_a_request(request, booking, role):
    client = login_as(role, request)
    for url in admin_urls(booking):
        assert NAME not in body(client.get(url, follow=True)), url
        response = client.get(url)
        expected = {"log-in"} if role == "anonymous" else {"403", "permission message"}
        assert refusal_of(client, response) in expected, url


def test_staff_set_the_status_but_not_what_the_visitor_sent(request, booking):
    client = login_as("VVV staff", request)
    form = client.get(f"{LIST}edit/{booking.pk}/")
    assert NAME in body(form)
    assert_staff_change_only_status_and_note(
        client, f"{LIST}edit/{booking.pk}/", booking, "confirmed", "Gids: Marieke"
    )


def test_staff_filter_and_search_the_requests(request, booking):
    booking_request(name="Familie Jansen", email="jansen@example.org", status="done")
    client = login_as("VVV staff", request)
    assert_filter_by_status_and_search(client, LIST, NAME, "Familie Jansen", "jansen")


def test_no_one_may_add_or_delete_a_request(request, booking):
    client = login_as("VVV staff", request)
    # Wagtail sends a refused user to the dashboard with a message.
    assert client.get(f"{LIST}add/").url == "/admin/"
    assert client.post(f"{LIST}delete/{booking.pk}/").url == "/admin/"
    assert BookingRequest.objects.filter(pk=booking.pk).exists()
