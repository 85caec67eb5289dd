"""Retention of what visitors send with the editors' form pages (contact forms): a
submission goes once it is older than the period, on every site, and newer ones stay."""

import datetime

import pytest
from dateutil.relativedelta import relativedelta

from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from leiden_site.factories import FormPageFactory
from tests.nightly import run_nightly_job


@pytest.fixture
def contact_forms(brand_home, vvv_home):
    return FormPageFactory(parent=brand_home), FormPageFactory(parent=vvv_home)


def submitted(page, name: str, at: datetime.datetime) -> FormSubmission:
    submission = FormSubmission.objects.create(page=page, form_data={"name": name})
    # submit_time is set on creation; only an UPDATE can put it in the past.
    FormSubmission.objects.filter(pk=submission.pk).update(submit_time=at)
    return submission


def run_nightly_purge() -> str:
    return run_nightly_job("form_retention_purge")


def remaining() -> set[str]:
    return {submission.get_data()["name"] for submission in FormSubmission.objects.all()}


def test_old_submissions_go_on_every_site_and_recent_ones_stay(settings, contact_forms):
    settings.FORM_SUBMISSION_RETENTION_MONTHS = 12
    brand, vvv = contact_forms
    now = timezone.now()
    submitted(brand, "Old brand", now - relativedelta(months=12, days=1))
    submitted(vvv, "Old VVV", now - relativedelta(months=20))
    submitted(brand, "Recent brand", now - relativedelta(months=11, days=27))
    submitted(vvv, "Today VVV", now)
    assert "2 expired form submission(s) purged" in run_nightly_purge()
    assert remaining() == {"Recent brand", "Today VVV"}
    assert "0 expired" in run_nightly_purge()


def test_the_period_of_submissions_is_a_setting(settings, contact_forms):
    settings.FORM_SUBMISSION_RETENTION_MONTHS = 2
    brand, _vvv = contact_forms
    submitted(brand, "Three months", timezone.now() - relativedelta(months=3))
    submitted(brand, "One month", timezone.now() - relativedelta(months=1))
    run_nightly_purge()
    assert remaining() == {"One month"}
