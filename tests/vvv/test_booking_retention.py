"""Retention of tour booking requests: they go once both their last change and the tour's
date lie past the period, a booking far ahead is kept until after its tour, and the nightly
job does it again without deleting more."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta

from django.utils import timezone

from tests.nightly import run_nightly_job
from tests.vvv.test_booking_admin import booking_request
from vvv.models import BookingRequest

pytestmark = pytest.mark.django_db


def ago(months: int, days: int = 0) -> datetime.datetime:
    return timezone.now() - relativedelta(months=months, days=days)


def booking(name: str, changed: datetime.datetime, tour_day: datetime.date) -> BookingRequest:
    request = booking_request(name=name, date=tour_day)
    # updated_at is set on every save; only an UPDATE can put it in the past.
    BookingRequest.objects.filter(pk=request.pk).update(updated_at=changed)
    return request


def run_nightly_purge() -> str:
    return run_nightly_job("vvv_retention_purge")


def remaining() -> set[str]:
    return set(BookingRequest.objects.values_list("name", flat=True))


def test_old_bookings_go_and_recent_ones_stay(settings):
    settings.VVV_BOOKING_RETENTION_MONTHS = 24
    toured_long_ago = timezone.localdate(ago(months=30))
    booking("Old", ago(months=24, days=2), toured_long_ago)
    booking("Older", ago(months=40), toured_long_ago)
    booking("Recent", ago(months=23), toured_long_ago)
    booking("Fresh", timezone.now(), timezone.localdate() + datetime.timedelta(days=10))
    # Asked for long ago, but the tour was only a year ago: kept until 24 months after it.
    booking("Toured lately", ago(months=30), timezone.localdate(ago(months=12)))
    assert "2 expired booking request(s) purged" in run_nightly_purge()
    assert remaining() == {"Recent", "Fresh", "Toured lately"}
    assert "0 expired" in run_nightly_purge()
    assert len(remaining()) == 3


def test_a_change_by_staff_keeps_a_booking_for_another_period(settings):
    settings.VVV_BOOKING_RETENTION_MONTHS = 24
    request = booking("Handled", ago(months=30), timezone.localdate(ago(months=30)))
    request.status = BookingRequest.DONE
    request.save()
    run_nightly_purge()
    assert remaining() == {"Handled"}


def test_the_period_of_bookings_is_a_setting(settings):
    settings.VVV_BOOKING_RETENTION_MONTHS = 3
    booking("Four", ago(months=4), timezone.localdate(ago(months=4)))
    booking("Two", ago(months=2), timezone.localdate(ago(months=4)))
    run_nightly_purge()
    assert remaining() == {"Two"}
