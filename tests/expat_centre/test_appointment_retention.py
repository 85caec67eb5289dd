"""Retention: requests unchanged for the retention period are purged, nightly and by command;
running the purge again deletes nothing more."""

from datetime import timedelta
from io import StringIO

import pytest
from dateutil.relativedelta import relativedelta

from django.core.management import call_command
from django.utils import timezone

from expat_centre.models import AppointmentRequest
from tests.expat_centre.appointment_fixtures import stored_request
from tests.nightly import run_nightly_job

pytestmark = pytest.mark.django_db


def aged(months: int, days: int = 0) -> AppointmentRequest:
    request = stored_request(name=f"Aged {months} months {days} days")
    changed = timezone.now() - relativedelta(months=months) - timedelta(days=days)
    # updated_at is set on every save; only an UPDATE can put it in the past.
    AppointmentRequest.objects.filter(pk=request.pk).update(updated_at=changed)
    return request


def purge() -> str:
    out = StringIO()
    call_command("purge_expired_requests", stdout=out)
    return out.getvalue()


def test_old_requests_go_and_recent_ones_stay(settings):
    settings.EXPAT_APPOINTMENT_RETENTION_MONTHS = 12
    old = aged(12, days=1)
    much_older = aged(30)
    recent = aged(11, days=27)
    fresh = stored_request()
    assert "2 expired" in purge()
    remaining = set(AppointmentRequest.objects.values_list("pk", flat=True))
    assert remaining == {recent.pk, fresh.pk}
    assert old.pk not in remaining and much_older.pk not in remaining
    # Again: nothing more to delete.
    assert "0 expired" in purge()
    assert AppointmentRequest.objects.count() == 2


def test_the_retention_period_is_a_setting(settings):
    settings.EXPAT_APPOINTMENT_RETENTION_MONTHS = 3
    aged(4)
    kept = aged(2)
    purge()
    assert list(AppointmentRequest.objects.values_list("pk", flat=True)) == [kept.pk]


def test_a_change_by_staff_starts_the_period_again(settings):
    settings.EXPAT_APPOINTMENT_RETENTION_MONTHS = 12
    request = aged(13)
    request.status = AppointmentRequest.SCHEDULED
    request.save()
    purge()
    assert AppointmentRequest.objects.filter(pk=request.pk).exists()


def test_the_scheduler_runs_the_purge_nightly(settings):
    settings.EXPAT_APPOINTMENT_RETENTION_MONTHS = 12
    aged(14)
    assert "1 expired" in run_nightly_job("expat_retention_purge")
    assert not AppointmentRequest.objects.exists()
