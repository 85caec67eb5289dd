"""The brand site's periodic jobs."""

from datetime import time

from leiden_site.retention import purge_expired
from leiden_site.scheduler import Job, register_job

from .models import CongressRequest, Subscriber


def purge_expired_personal_data() -> str:
    """Deletes requests for proposal and unconfirmed newsletter sign-ups past their
    retention periods; safe to repeat."""
    requests = purge_expired(CongressRequest.objects.expired(), "congress requests")
    sign_ups = purge_expired(Subscriber.objects.expired(), "unconfirmed newsletter sign-ups")
    return (
        f"{requests} expired congress request(s) and "
        f"{sign_ups} unconfirmed newsletter sign-up(s) purged"
    )


def register() -> None:
    register_job(Job("discoveries_retention_purge", purge_expired_personal_data, at=time(2, 30)))
