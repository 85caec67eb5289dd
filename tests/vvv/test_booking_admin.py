"""Booking requests in the admin: VVV staff and moderators handle them, nobody else sees them.

Requested through the admin's own URLs (listing, edit, CSV export, snippet chooser).
"""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from expat_centre.apps import EXPAT_STAFF
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS
from tests.partners.conftest import agenda, editor_a, make_user, partner_a, partner_index
from tests.refusals import refusal_of
from vvv.apps import VVV_STAFF
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


def body(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return content.decode()


def login_as(role: str, request) -> Client:
    client = Client()
    if role == "anonymous":
        return client
    if role == "partner editor":
        client.force_login(request.getfixturevalue("editor_a"))
        return client
    group = {
        "VVV staff": VVV_STAFF,
        "moderator": MARKETING_MODERATORS,
        "marketing editor": MARKETING_EDITORS,
        "Expat staff": EXPAT_STAFF,
    }[role]
    client.force_login(make_user(role.replace(" ", "-"), Group.objects.get(name=group)))
    return client


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
    response = client.post(
        f"{LIST}edit/{booking.pk}/",
        {"status": "confirmed", "staff_note": "Gids: Marieke", "name": "Iemand anders"},
    )
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == "confirmed"
    assert booking.staff_note == "Gids: Marieke"
    assert booking.name == NAME


def test_staff_filter_and_search_the_requests(request, booking):
    booking_request(name="Familie Jansen", email="jansen@example.org", status="done")
    client = login_as("VVV staff", request)
    new = body(client.get(LIST, {"status": "new"}))
    assert NAME in new and "Familie Jansen" not in new
    found = body(client.get(LIST, {"q": "jansen"}))
    assert "Familie Jansen" in found and NAME not in found


def test_no_one_may_add_or_delete_a_request(request, booking):
    client = login_as("VVV staff", request)
    # Wagtail sends a refused user to the dashboard with a message.
    assert client.get(f"{LIST}add/").url == "/admin/"
    assert client.post(f"{LIST}delete/{booking.pk}/").url == "/admin/"
    assert BookingRequest.objects.filter(pk=booking.pk).exists()
