"""The VVV's periodic jobs."""

from datetime import time

from leiden_site.retention import purge_expired
from leiden_site.scheduler import Job, register_job

from .models import BookingRequest


def purge_expired_personal_data() -> str:
    """Deletes tour booking requests past their retention period; safe to repeat."""
    count = purge_expired(BookingRequest.objects.expired(), "booking requests")
    return f"{count} expired booking request(s) purged"


def register() -> None:
    register_job(Job("vvv_retention_purge", purge_expired_personal_data, at=time(2, 30)))
