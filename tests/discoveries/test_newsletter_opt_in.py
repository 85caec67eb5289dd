"""Double opt-in cannot be bypassed, sign-ups cannot flood an inbox, bad input is answered."""

import pytest

from django.core import mail

from discoveries.models import Subscriber
from leiden_site.factories import ThemeFactory
from leiden_site.throttle import NEWSLETTER
from tests.discoveries.test_meetings_and_newsletter import links_in, newsletter, sign_up

__all__ = ["newsletter"]  # the fixture, shared with the other newsletter tests


@pytest.fixture
def confirmed(db):
    science = ThemeFactory(slug="science", name_nl="Wetenschap")
    subscriber = Subscriber.objects.create(
        email="anna@example.org", language="nl", consent_at="2026-01-01T10:00Z"
    )
    subscriber.interests.set([science])
    subscriber.confirm()
    return subscriber


def sign_up_as_stranger(client, capture, email="anna@example.org", language="de"):
    ThemeFactory(slug="sport", name_nl="Sport")
    data = {"email": email, "language": language, "interests": ["sport"], "consent": "on"}
    return sign_up(client, data, capture)


def test_a_stranger_cannot_change_a_subscribers_language_or_interests(
    client, newsletter, confirmed, django_capture_on_commit_callbacks
):
    response = sign_up_as_stranger(client, django_capture_on_commit_callbacks)
    assert response.context["state"] == "check_mail"
    confirmed.refresh_from_db()
    assert confirmed.language == "nl"
    assert [theme.slug for theme in confirmed.interests.all()] == ["science"]
    assert confirmed.is_active
    # The owner of the address decides, with the link in the mail.
    confirm_url, _unsubscribe = links_in(mail.outbox[-1])
    client.get(confirm_url, HTTP_HOST="localhost")
    confirmed.refresh_from_db()
    assert confirmed.language == "de"
    assert [theme.slug for theme in confirmed.interests.all()] == ["sport"]


def test_signing_up_again_after_unsubscribing_needs_a_new_confirmation(
    client, newsletter, confirmed, django_capture_on_commit_callbacks
):
    old_confirm_link = f"/nl/nieuwsbrief/confirm/{confirmed.confirm_token or confirmed.token}/"
    client.post(f"/nl/nieuwsbrief/unsubscribe/{confirmed.token}/", HTTP_HOST="localhost")
    sign_up_as_stranger(client, django_capture_on_commit_callbacks, language="nl")
    confirmed.refresh_from_db()
    assert not confirmed.is_active  # still unsubscribed until confirmed
    client.get(old_confirm_link, HTTP_HOST="localhost")
    confirmed.refresh_from_db()
    assert not confirmed.is_active  # an old link confirms nothing new
    confirm_url, _unsubscribe = links_in(mail.outbox[-1])
    client.get(confirm_url, HTTP_HOST="localhost")
    confirmed.refresh_from_db()
    assert confirmed.is_active


def test_an_inbox_gets_only_a_few_confirmations_an_hour(
    client, newsletter, django_capture_on_commit_callbacks
):
    limit = int(NEWSLETTER.per_recipient.split("/")[0])
    data = {"email": "victim@example.org", "language": "nl", "consent": "on"}
    for _attempt in range(limit + 2):
        response = sign_up(client, data, django_capture_on_commit_callbacks)
        assert response.context["state"] == "check_mail"  # the same answer every time
    assert len([m for m in mail.outbox if m.to == ["victim@example.org"]]) == limit


def test_one_connection_cannot_sign_up_without_end(
    client, newsletter, django_capture_on_commit_callbacks
):
    limit = int(NEWSLETTER.per_address.split("/")[0])
    for number in range(limit):
        data = {"email": f"person{number}@example.org", "language": "nl", "consent": "on"}
        assert sign_up(client, data, django_capture_on_commit_callbacks).status_code == 200
    data = {"email": "one-more@example.org", "language": "nl", "consent": "on"}
    response = sign_up(client, data, django_capture_on_commit_callbacks)
    assert response.status_code == 429
    assert response.context["form"]["email"].value() == "one-more@example.org"  # kept
    assert not Subscriber.objects.filter(email="one-more@example.org").exists()


def test_an_overlong_address_gets_a_message(client, newsletter, django_capture_on_commit_callbacks):
    data = {"email": "a" * 250 + "@example.org", "language": "nl", "consent": "on"}
    response = sign_up(client, data, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    assert response.context["state"] == "form"
    assert "email" in response.context["form"].errors
    assert not Subscriber.objects.exists()
