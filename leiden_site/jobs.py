"""The core's periodic jobs; apps register their own in their AppConfig.ready()."""

from datetime import time, timedelta

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, Revision

from .link_check import check_internal_links
from .models import FormPage
from .retention import purge_expired
from .scheduler import Job, register_job


def publish_scheduled() -> str:
    """Wagtail's publish_scheduled: scheduled go-live and expiry, of pages and events."""
    now = timezone.now()
    going_live = Revision.objects.filter(approved_go_live_at__lte=now).count()
    expiring = Page.objects.filter(live=True, expire_at__lt=now).count()
    call_command("publish_scheduled")
    return f"{going_live} scheduled revision(s) published, {expiring} expired page(s) unpublished"


def purge_expired_form_submissions() -> str:
    """Deletes form-page submissions older than the retention period; safe to repeat."""
    count = purge_expired(FormPage.expired_submissions(), "form submissions")
    return f"{count} expired form submission(s) purged"


def register() -> None:
    # Every minute, so a page scheduled for 10:00 is live by 10:01.
    register_job(Job("publish_scheduled", publish_scheduled, every=timedelta(minutes=1)))
    register_job(Job("check_internal_links", check_internal_links, at=time(3, 0)))
    register_job(Job("form_retention_purge", purge_expired_form_submissions, at=time(2, 30)))
