"""Appointment requests in the admin: only Expat Centre staff (and superusers) see them.

Requested through the admin's own URLs: listing, search, edit, history, CSV export, the
person's JSON export and the snippet chooser. Erasure is logged without personal data.
"""

import json

import pytest

from django.contrib.auth import get_user_model

from wagtail.models import ModelLogEntry

from expat_centre.models import AppointmentRequest
from tests.expat_centre.appointment_fixtures import NAME, stored_request
from tests.partners.conftest import agenda, editor_a, partner_a, partner_index
from tests.refusals import assert_refused
from tests.request_admin import (
    assert_filter_by_status_and_search,
    assert_staff_change_only_status_and_note,
    body,
    login_as,
)

# The partner boundary tests' fixtures, for a partner's editor.
__all__ = ["agenda", "editor_a", "partner_a", "partner_index"]

LIST = "/admin/snippets/expat_centre/appointmentrequest/"
CHOOSER = "/admin/snippets/choose/expat_centre/appointmentrequest/"


@pytest.fixture
def appointment(sites):
    return stored_request()


def admin_urls(appointment) -> list[str]:
    return [
        LIST,
        f"{LIST}?q=priya",
        f"{LIST}?export=csv",
        f"{LIST}edit/{appointment.pk}/",
        f"{LIST}history/{appointment.pk}/",
        f"{LIST}delete/{appointment.pk}/",
        f"/admin/expat/appointment-requests/{appointment.pk}/export/",
        CHOOSER,
        f"{CHOOSER}results/",
        f"{CHOOSER}chosen/{appointment.pk}/",
    ]


def test_expat_staff_see_the_requests(request, appointment):
    client = login_as("Expat staff", request)
    for url in admin_urls(appointment):
        assert client.get(url).status_code == 200, url
    assert NAME in body(client.get(LIST))
    export = body(client.get(f"{LIST}?export=csv"))
    assert NAME in export and "priya@example.org" in export
    assert LIST in body(client.get("/admin/"))  # in their admin menu
    dashboard = body(client.get("/admin/"))
    assert f"{LIST}edit/{appointment.pk}/" in dashboard  # a new request on the dashboard


def test_a_superuser_sees_the_requests(client, appointment):
    client.force_login(get_user_model().objects.create_superuser("root", "root@example.org", "x"))
    assert NAME in body(client.get(f"{LIST}edit/{appointment.pk}/"))


@pytest.mark.parametrize(
    "role", ["marketing editor", "moderator", "VVV staff", "partner editor", "anonymous"]
)
def test_other_roles_never_see_a_request(request, appointment, role):
    client = login_as(role, request)
    for url in admin_urls(appointment):
        response = client.get(url)
        assert_refused(client, response)
        assert NAME not in body(client.get(url, follow=True)), url
    if role != "anonymous":
        assert LIST not in body(client.get("/admin/"))
        assert f"{LIST}edit/{appointment.pk}/" not in body(client.get("/admin/"))
    # Nor can they change or erase one by posting.
    assert_refused(client, client.post(f"{LIST}edit/{appointment.pk}/", {"status": "done"}))
    assert_refused(client, client.post(f"{LIST}delete/{appointment.pk}/"))
    appointment.refresh_from_db()
    assert appointment.status == "new"


def test_staff_set_the_status_but_not_what_the_visitor_sent(request, appointment):
    client = login_as("Expat staff", request)
    assert_staff_change_only_status_and_note(
        client, f"{LIST}edit/{appointment.pk}/", appointment, "scheduled", "Tuesday 10:00, desk 2"
    )


def test_staff_filter_and_search_the_requests(request, appointment):
    stored_request(name="Lars Jensen", email="lars@example.org", status="done")
    client = login_as("Expat staff", request)
    assert_filter_by_status_and_search(client, LIST, NAME, "Lars Jensen", "lars")


def test_no_one_adds_a_request_in_the_admin(request, appointment):
    client = login_as("Expat staff", request)
    assert_refused(client, client.get(f"{LIST}add/"))


def test_the_persons_data_comes_as_json_with_all_their_requests(request, appointment):
    stored_request(email="PRIYA@example.org", remarks="A second visit.")
    stored_request(name="Lars Jensen", email="lars@example.org")
    client = login_as("Expat staff", request)
    edit = body(client.get(f"{LIST}edit/{appointment.pk}/"))
    export_url = f"/admin/expat/appointment-requests/{appointment.pk}/export/"
    assert export_url in edit
    response = client.get(export_url)
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    requests = data["appointment_requests"]
    assert [each["remarks"] for each in requests] == ["", "A second visit."]
    assert {each["name"] for each in requests} == {NAME}
    assert requests[0]["nationality"] == "IN" and requests[0]["email"] == "priya@example.org"


def test_erasing_a_request_is_logged_without_personal_data(request, appointment, caplog):
    client = login_as("Expat staff", request)
    number = appointment.pk
    confirm = client.get(f"{LIST}delete/{number}/")
    assert confirm.status_code == 200
    with caplog.at_level("INFO", logger="expat_centre"):
        response = client.post(f"{LIST}delete/{number}/")
    assert response.status_code == 302
    assert not AppointmentRequest.objects.filter(pk=number).exists()
    entry = ModelLogEntry.objects.get(action="wagtail.delete", object_id=str(number))
    logged = json.dumps([entry.label, entry.data]) + caplog.text
    assert str(number) in entry.label
    for personal in (NAME, "priya@example.org", "+31 6 9876 5432", "Universiteit Leiden"):
        assert personal not in logged
    assert any(getattr(record, "appointment_request", None) == number for record in caplog.records)
