"""Every form that makes the site send mail stops at its hourly limit per connection,
keeps what the visitor typed, and stores nothing past the limit."""

import pytest

from django.contrib.auth.models import User
from django.core import mail

from wagtail.contrib.forms.models import FormSubmission

from discoveries.models import CongressRequest
from leiden_site.throttle import CONGRESS_REQUEST, CONTACT_FORM, PASSWORD_RESET
from tests.discoveries.test_meetings_and_newsletter import REQUEST, venue_index, venues
from tests.leiden_site.test_forms import contact

__all__ = ["contact", "venue_index", "venues"]  # fixtures shared with those tests


def per_hour(rate: str) -> int:
    return int(rate.split("/")[0])


def test_the_contact_form_stops_at_its_limit_and_keeps_the_input(
    client, contact, django_capture_on_commit_callbacks
):
    data = {"naam": "Anna", "e_mail": "anna@example.org", "bericht": "Mijn vraag"}
    with django_capture_on_commit_callbacks(execute=True):
        for _number in range(per_hour(CONTACT_FORM.per_address)):
            assert client.post("/nl/contact/", data, HTTP_HOST="localhost").status_code == 200
        response = client.post("/nl/contact/", data, HTTP_HOST="localhost")
    assert response.status_code == 429
    assert 'value="Anna"' in response.text
    assert "Mijn vraag" in response.text
    assert FormSubmission.objects.count() == per_hour(CONTACT_FORM.per_address)


def test_the_request_for_proposal_stops_at_its_limit(
    client, venues, django_capture_on_commit_callbacks
):
    # Each from another organiser: the copy to the organiser has its own, lower limit.
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(per_hour(CONGRESS_REQUEST.per_address)):
            sender = {**REQUEST, "email": f"organiser{number}@example.org"}
            client.post("/nl/vergaderen/", sender, HTTP_HOST="localhost")
        response = client.post("/nl/vergaderen/", REQUEST, HTTP_HOST="localhost")
    assert response.status_code == 429
    assert response.context["request_form"]["name"].value() == REQUEST["name"]
    assert CongressRequest.objects.count() == per_hour(CONGRESS_REQUEST.per_address)


@pytest.mark.parametrize("spread", ["one connection", "many connections"])
def test_password_reset_mails_stop_at_the_limit(client, db, spread):
    User.objects.create_user("anna", "anna@example.org", "x")
    for number in range(per_hour(PASSWORD_RESET.per_address) + 2):
        address = "10.0.0.1" if spread == "one connection" else f"10.0.1.{number}"
        response = client.post(
            "/admin/password_reset/", {"email": "anna@example.org"}, REMOTE_ADDR=address
        )
        assert response.status_code == 302  # the same answer every time
    limit = per_hour(PASSWORD_RESET.per_recipient)
    assert len([message for message in mail.outbox if message.to == ["anna@example.org"]]) == limit
