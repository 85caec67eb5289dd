"""Meet in Leiden (venue finder, request for proposal) and the newsletter opt-in."""

import re

import pytest

from django.core import mail
from django.test.utils import override_settings

from discoveries.models import CongressRequest, Subscriber, VenueIndexPage, VenuePage, VenueRoom
from tests.conftest import publish

pytestmark = pytest.mark.usefixtures("sites")


@pytest.fixture
def venue_index(brand_home):
    index = VenueIndexPage(
        title="Vergaderen in Leiden", slug="vergaderen", thank_you_text="<p>Dank je!</p>"
    )
    brand_home.add_child(instance=index)
    return publish(index)


def add_venue(index, title, rooms, facilities=()):
    venue = VenuePage(
        title=title, slug=title.lower().replace(" ", "-"), facilities=list(facilities)
    )
    for name, capacities in rooms:
        venue.rooms.add(VenueRoom(name=name, **capacities))
    index.add_child(instance=venue)
    return publish(venue)


@pytest.fixture
def venues(venue_index):
    return {
        "hall": add_venue(
            venue_index,
            "Stadsgehoorzaal",
            [("Grote zaal", {"theatre": 1000, "banquet": 400})],
            ["av", "catering"],
        ),
        "church": add_venue(
            venue_index,
            "Pieterskerk",
            [("Schip", {"theatre": 800, "reception": 1500})],
            ["catering"],
        ),
        "room": add_venue(
            venue_index, "Bovenzaal", [("Zaal", {"classroom": 30})], ["wifi", "daylight"]
        ),
    }


def find(client, **params):
    response = client.get("/nl/vergaderen/", params, HTTP_HOST="localhost")
    return response, sorted(venue.title for venue in response.context["venues"])


def test_max_capacity_is_kept_on_the_venue(venues):
    assert VenuePage.objects.get(pk=venues["church"].pk).max_capacity == 1500


def test_finder_filters_on_capacity_setup_and_facilities(client, venues):
    assert find(client)[1] == ["Bovenzaal", "Pieterskerk", "Stadsgehoorzaal"]
    assert find(client, min_capacity=900)[1] == ["Pieterskerk", "Stadsgehoorzaal"]
    assert find(client, min_capacity=900, setup="theatre")[1] == ["Stadsgehoorzaal"]
    assert find(client, setup="classroom")[1] == ["Bovenzaal"]
    assert find(client, facilities=["catering", "av"])[1] == ["Stadsgehoorzaal"]


@pytest.mark.parametrize(
    "params",
    [
        {"min_capacity": "veel"},
        {"min_capacity": "-4"},
        {"setup": "circus"},
        {"facilities": "pool"},
        {"min_capacity": "9" * 30},
    ],
)
def test_finder_refuses_bad_input_with_a_message(client, venues, params):
    response, _titles = find(client, **params)
    assert response.status_code == 400
    assert 'role="alert"' in response.text


REQUEST = {
    "name": "Dr. Jansen",
    "organisation": "Universiteit",
    "email": "jansen@example.org",
    "start_date": "2027-05-10",
    "end_date": "2027-05-12",
    "attendees": "250",
    "setup": "theatre",
    "message": "Een congres over biodiversiteit",
}


def send_request(client, data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post("/nl/vergaderen/", data, HTTP_HOST="localhost")


def test_request_is_stored_and_mailed_to_staff(
    client, venues, django_capture_on_commit_callbacks, settings
):
    response = send_request(
        client, {**REQUEST, "venue": venues["hall"].pk}, django_capture_on_commit_callbacks
    )
    assert response.status_code == 200
    assert response.context["request_sent"]
    stored = CongressRequest.objects.get()
    assert stored.venue_id == venues["hall"].pk and stored.language == "nl"
    assert stored.mailed_at is not None
    assert mail.outbox[0].to == [settings.CONGRESS_DESK_EMAIL]
    assert "Dr. Jansen" in mail.outbox[0].body


def test_invalid_request_keeps_what_was_typed(client, venues, django_capture_on_commit_callbacks):
    data = {**REQUEST, "email": "geen-adres", "end_date": "2027-05-01"}
    response = send_request(client, data, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert not CongressRequest.objects.exists()
    form = response.context["request_form"]
    assert set(form.errors) == {"email", "end_date"}
    assert 'value="Dr. Jansen"' in response.text
    assert "Een congres over biodiversiteit" in response.text


@override_settings(EMAIL_BACKEND="tests.leiden_site.broken_mail.BrokenEmailBackend")
def test_request_survives_a_failing_mail_server(client, venues, django_capture_on_commit_callbacks):
    response = send_request(client, REQUEST, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    stored = CongressRequest.objects.get()
    assert stored.mailed_at is None  # staff can see it was not mailed


def test_honeypot_request_is_not_stored(client, venues, django_capture_on_commit_callbacks):
    send_request(client, {**REQUEST, "website_url": "spam"}, django_capture_on_commit_callbacks)
    assert not CongressRequest.objects.exists()


# --- Newsletter -----------------------------------------------------------------------------


@pytest.fixture
def newsletter(brand_home):
    from discoveries.models import NewsletterPage

    page = NewsletterPage(
        title="Nieuwsbrief", slug="nieuwsbrief", confirmed_text="<p>Bevestigd</p>"
    )
    brand_home.add_child(instance=page)
    return publish(page)


def sign_up(client, data, capture, language="nl"):
    with capture(execute=True):
        return client.post(f"/{language}/nieuwsbrief/", data, HTTP_HOST="localhost")


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def test_double_opt_in_and_unsubscribe(
    client, newsletter, history, django_capture_on_commit_callbacks
):
    data = {
        "email": "Anna@Example.org",
        "language": "en",
        "interests": ["history"],
        "consent": "on",
    }
    response = sign_up(client, data, django_capture_on_commit_callbacks)
    assert response.context["state"] == "check_mail"
    subscriber = Subscriber.objects.get(email="anna@example.org")
    assert not subscriber.is_active
    assert [theme.slug for theme in subscriber.interests.all()] == ["history"]

    message = mail.outbox[0]
    assert message.to == ["anna@example.org"]
    confirm_url, unsubscribe_url = links_in(message)
    assert "/confirm/" in confirm_url and "/unsubscribe/" in unsubscribe_url
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"

    assert client.get(confirm_url, HTTP_HOST="localhost").context["state"] == "confirmed"
    subscriber.refresh_from_db()
    assert subscriber.is_active

    # Opening the link only asks; the button unsubscribes.
    assert (
        client.get(unsubscribe_url, HTTP_HOST="localhost").context["state"] == "unsubscribe_confirm"
    )
    subscriber.refresh_from_db()
    assert subscriber.is_active
    client.post(unsubscribe_url, HTTP_HOST="localhost")
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_sign_up_needs_consent_and_a_valid_address(
    client, newsletter, django_capture_on_commit_callbacks
):
    response = sign_up(
        client, {"email": "anna@", "language": "nl"}, django_capture_on_commit_callbacks
    )
    assert response.context["state"] == "form"
    assert set(response.context["form"].errors) == {"email", "consent"}
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


@pytest.mark.parametrize("token", ["x" * 30, "../../etc/passwd", "%00" * 10])
def test_unknown_tokens_are_404(client, newsletter, token):
    assert client.get(f"/nl/nieuwsbrief/confirm/{token}/", HTTP_HOST="localhost").status_code == 404


def test_staff_can_export_subscribers_as_csv(client, newsletter, admin_user):
    Subscriber.objects.create(email="a@example.org", language="nl", consent_at="2026-11-01T10:00Z")
    client.force_login(admin_user)
    response = client.get("/admin/snippets/discoveries/subscriber/?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "a@example.org" in content
