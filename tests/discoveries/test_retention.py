"""Retention on the brand site: requests for proposal go once both their last change and the
congress lie past the period; newsletter sign-ups nobody confirmed go after their days;
confirmed addresses stay. The nightly job runs it, and its log names no one."""

import datetime
import logging

import pytest
from dateutil.relativedelta import relativedelta

from django.utils import timezone

from discoveries.models import CongressRequest, Subscriber
from tests.nightly import run_nightly_job

pytestmark = pytest.mark.django_db


def ago(months: int = 0, days: int = 0) -> datetime.datetime:
    return timezone.now() - relativedelta(months=months, days=days)


def congress_request(name: str, changed: datetime.datetime, last_day: datetime.date):
    request = CongressRequest.objects.create(
        language="en",
        name=name,
        email=f"{name.lower()}@example.org",
        start_date=last_day - datetime.timedelta(days=1),
        end_date=last_day,
        attendees=120,
        setup="theatre",
    )
    # updated_at is set on every save; only an UPDATE can put it in the past.
    CongressRequest.objects.filter(pk=request.pk).update(updated_at=changed)
    return request


def sign_up(email: str, requested: datetime.datetime, confirmed: bool = False) -> Subscriber:
    subscriber = Subscriber.request_sign_up(email, "nl", [])
    if confirmed:
        subscriber.confirm()
    Subscriber.objects.filter(pk=subscriber.pk).update(requested_at=requested, created_at=requested)
    return subscriber


def run_nightly_purge() -> str:
    return run_nightly_job("discoveries_retention_purge")


def remaining(model) -> set[str]:
    return set(model.objects.values_list("email", flat=True))


def test_requests_for_proposal_go_after_their_last_change_and_their_congress(settings):
    settings.CONGRESS_REQUEST_RETENTION_MONTHS = 24
    long_ago = timezone.localdate(ago(months=30))
    congress_request("Old", changed=ago(months=24, days=2), last_day=long_ago)
    congress_request("Recent", changed=ago(months=23), last_day=long_ago)
    # Unchanged for years, but the congress was only last year: kept until 24 months after it.
    congress_request("Planned", changed=ago(months=36), last_day=timezone.localdate(ago(12)))
    assert "1 expired congress request(s)" in run_nightly_purge()
    assert remaining(CongressRequest) == {"recent@example.org", "planned@example.org"}


def test_a_change_by_staff_keeps_a_request_for_another_period(settings):
    settings.CONGRESS_REQUEST_RETENTION_MONTHS = 24
    request = congress_request("Handled", ago(months=30), timezone.localdate(ago(months=30)))
    request.status = CongressRequest.WON
    request.save()
    run_nightly_purge()
    assert remaining(CongressRequest) == {"handled@example.org"}


def test_the_period_of_requests_for_proposal_is_a_setting(settings):
    settings.CONGRESS_REQUEST_RETENTION_MONTHS = 6
    congress_request("Seven", ago(months=7), timezone.localdate(ago(months=7)))
    congress_request("Five", ago(months=5), timezone.localdate(ago(months=7)))
    assert "1 expired congress request(s)" in run_nightly_purge()
    assert remaining(CongressRequest) == {"five@example.org"}


def test_unconfirmed_sign_ups_go_and_confirmed_addresses_stay(settings):
    settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS = 30
    sign_up("forgot@example.org", ago(days=31))
    sign_up("waiting@example.org", ago(days=29))
    sign_up("reader@example.org", ago(months=18), confirmed=True)
    gone_reader = sign_up("gone@example.org", ago(months=18), confirmed=True)
    gone_reader.unsubscribed_at = ago(months=6)
    gone_reader.save()
    assert "1 unconfirmed newsletter sign-up(s) purged" in run_nightly_purge()
    assert remaining(Subscriber) == {
        "waiting@example.org",
        "reader@example.org",
        "gone@example.org",
    }
    # Again: nothing more to delete.
    assert "0 expired congress request(s) and 0 unconfirmed" in run_nightly_purge()


def test_signing_up_again_keeps_the_new_confirmation_link_valid(settings, client):
    settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS = 30
    sign_up("late@example.org", ago(days=40))
    # Weeks later the same address asks again, and gets a fresh link to confirm with.
    Subscriber.request_sign_up("late@example.org", "en", [])
    run_nightly_purge()
    assert remaining(Subscriber) == {"late@example.org"}


def test_the_purge_logs_counts_and_no_personal_data(settings, caplog):
    settings.CONGRESS_REQUEST_RETENTION_MONTHS = 24
    settings.NEWSLETTER_UNCONFIRMED_RETENTION_DAYS = 30
    congress_request("Vermeulen", ago(months=30), timezone.localdate(ago(months=30)))
    sign_up("forgot@example.org", ago(days=40))
    with caplog.at_level(logging.INFO, logger="leiden_site.retention"):
        run_nightly_purge()
    logged = [(record.getMessage(), record.kind, record.purged) for record in caplog.records]
    assert logged == [
        ("expired personal data purged", "congress requests", 1),
        ("expired personal data purged", "unconfirmed newsletter sign-ups", 1),
    ]
    assert "vermeulen" not in caplog.text.lower() and "forgot@" not in caplog.text
