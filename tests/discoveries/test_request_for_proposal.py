"""The request for proposal keeps the organiser's choices, answers with a reference, and
staff follow it up by status."""

import re

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from discoveries.models import CongressRequest
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS
from tests.discoveries.test_meetings_and_newsletter import (
    REQUEST,
    send_request,
    venue_index,
    venues,
)
from tests.partners.conftest import make_user
from tests.refusals import assert_refused

pytestmark = pytest.mark.usefixtures("sites")
__all__ = ["venue_index", "venues"]  # fixtures

FINDER = "/nl/vergaderen/"
LIST = "/admin/snippets/discoveries/congressrequest/"
CHOICES = {"min_capacity": "250", "setup": "theatre"}
DATES = {"start_date": "2027-05-10", "end_date": "2027-05-12"}


def request_form_html(html: str) -> str:
    """The request form only: the finder above it has fields of the same names."""
    return html[html.index('id="request"') :]


def field_value(html: str, name: str) -> str | None:
    match = re.search(rf'<input[^>]*name="{name}"[^>]*>', request_form_html(html))
    value = re.search(r'value="([^"]*)"', match.group(0)) if match else None
    return value.group(1) if value else None


def selected(html: str, name: str) -> str | None:
    form = request_form_html(html)
    select = re.search(rf'<select name="{name}".*?</select>', form, re.S)
    option = re.search(r'<option value="([^"]*)"[^>]*selected', select.group(0))
    return option.group(1) if option else None


def test_the_request_form_keeps_the_finders_guests_and_setup(client, venues):
    response = client.get(FINDER, {**CHOICES, **DATES}, HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.text
    assert field_value(html, "attendees") == "250"
    assert selected(html, "setup") == "theatre"
    assert field_value(html, "start_date") == "2027-05-10"
    assert field_value(html, "end_date") == "2027-05-12"


def test_finder_cards_carry_the_choices_to_the_venue_and_on_to_the_request(client, venues):
    finder = client.get(FINDER, CHOICES, HTTP_HOST="localhost").text
    hall = venues["hall"]
    card_link = re.search(rf'href="([^"]*{hall.slug}/\?[^"]*)"', finder).group(1)
    assert "min_capacity=250" in card_link and "setup=theatre" in card_link

    venue_page = client.get(card_link.replace("&amp;", "&"), HTTP_HOST="localhost")
    assert venue_page.status_code == 200
    button = re.search(r'href="([^"]*#request)"', venue_page.text).group(1).replace("&amp;", "&")
    assert f"venue={hall.pk}" in button and "min_capacity=250" in button

    form = client.get(button.split("#")[0], HTTP_HOST="localhost").text
    assert selected(form, "venue") == str(hall.pk)
    assert field_value(form, "attendees") == "250"
    assert selected(form, "setup") == "theatre"


@pytest.mark.parametrize(
    "params",
    [
        {"venue": "de-grote-zaal"},
        {"venue": "9" * 30},
        {"venue": "-1"},
        {"start_date": "2027-02-30", "end_date": "morgen"},
        {"start_date": "2027-05-12", "end_date": "2027-05-10"},
        {"start_date": "99999-01-01"},
    ],
)
def test_bad_prefill_values_are_left_out(client, venues, params):
    response = client.get(FINDER, params, HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.text
    assert selected(html, "venue") in (None, "")
    assert field_value(html, "end_date") is None
    assert field_value(html, "start_date") in (None, "2027-05-12")


@pytest.mark.parametrize(
    "params",
    [
        {"min_capacity": "veel"},
        {"setup": "circus"},
        {"start_date": "0000-00-00"},
        {"min_capacity": "9" * 30},
    ],
)
def test_a_venue_page_ignores_bad_choices(client, venues, params):
    response = client.get(venues["hall"].url, params, HTTP_HOST="localhost")
    assert response.status_code == 200
    button = re.search(r'href="([^"]*#request)"', response.text).group(1)
    assert button.endswith(f"?venue={venues['hall'].pk}#request")


def test_each_request_gets_its_own_reference_shown_and_mailed(
    client, venues, django_capture_on_commit_callbacks, settings
):
    first = send_request(client, REQUEST, django_capture_on_commit_callbacks)
    second = send_request(
        client, {**REQUEST, "email": "bakker@example.org"}, django_capture_on_commit_callbacks
    )
    references = list(CongressRequest.objects.order_by("pk").values_list("reference", flat=True))
    assert len(set(references)) == 2
    assert all(re.fullmatch(r"RFP-\d{4}-\d{4,}", reference) for reference in references)
    assert references[0] in first.text and references[1] in second.text
    assert references[0] not in second.text

    to_organiser = [message for message in mail.outbox if message.to == ["bakker@example.org"]]
    assert len(to_organiser) == 1 and references[1] in to_organiser[0].subject
    assert references[1] in to_organiser[0].body
    to_desk = [message for message in mail.outbox if message.to == [settings.CONGRESS_DESK_EMAIL]]
    assert any(references[1] in message.body for message in to_desk)
    assert CongressRequest.objects.filter(confirmation_mailed_at__isnull=False).count() == 2


def congress_request(name, status):
    return CongressRequest.objects.create(
        language="nl",
        name=name,
        email=f"{name.lower()}@example.org",
        start_date="2027-05-10",
        end_date="2027-05-11",
        attendees=80,
        setup="classroom",
        status=status,
    )


def staff_client(username, group_name) -> Client:
    client = Client()
    client.force_login(make_user(username, Group.objects.get(name=group_name)))
    return client


def test_moderators_filter_and_export_requests_by_status(sites):
    won, lost = congress_request("Winst", "won"), congress_request("Verlies", "lost")
    moderator = staff_client("moderator", MARKETING_MODERATORS)

    listing = moderator.get(LIST, {"status": "won"})
    assert listing.status_code == 200
    assert won.reference in listing.text and lost.reference not in listing.text

    export = moderator.get(LIST, {"status": "lost", "export": "csv"})
    csv = b"".join(export.streaming_content).decode()
    assert lost.reference in csv and won.reference not in csv
    header = csv.splitlines()[0]
    assert "Referentie" in header and "Status" in header  # a Dutch moderator's columns


def test_moderators_set_the_status_but_not_what_the_organiser_sent(sites):
    stored = congress_request("Jansen", "new")
    moderator = staff_client("moderator", MARKETING_MODERATORS)
    assert stored.reference in moderator.get(f"{LIST}edit/{stored.pk}/").text
    response = moderator.post(
        f"{LIST}edit/{stored.pk}/", {"status": "proposal_sent", "name": "Iemand anders"}
    )
    assert response.status_code == 302
    stored.refresh_from_db()
    assert stored.status == "proposal_sent" and stored.name == "Jansen"


def test_marketing_editors_never_see_the_requests(sites):
    stored = congress_request("Jansen", "new")
    editor = staff_client("editor", MARKETING_EDITORS)
    assert_refused(editor, editor.get(LIST, {"status": "new"}))
    assert_refused(editor, editor.get(f"{LIST}edit/{stored.pk}/"))
