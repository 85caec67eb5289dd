"""The Expat Centre's periodic jobs."""

from datetime import time

from leiden_site.retention import purge_expired
from leiden_site.scheduler import Job, register_job

from .models import AppointmentRequest


def purge_expired_personal_data() -> str:
    """Deletes appointment requests unchanged for the retention period; safe to repeat."""
    count = purge_expired(AppointmentRequest.objects.expired(), "appointment requests")
    return f"{count} expired appointment request(s) purged"


def register() -> None:
    register_job(Job("expat_retention_purge", purge_expired_personal_data, at=time(2, 30)))
