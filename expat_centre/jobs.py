"""The Expat Centre's periodic jobs."""

import logging
from datetime import time

from django.db import transaction

from leiden_site.scheduler import Job, register_job

from .models import AppointmentRequest

logger = logging.getLogger(__name__)


def purge_expired_personal_data() -> str:
    """Deletes appointment requests unchanged for the retention period; safe to repeat."""
    with transaction.atomic():
        expired = AppointmentRequest.objects.expired()
        count = expired.count()
        expired.delete()
    logger.info("expired appointment requests purged", extra={"purged": count})
    return f"{count} expired appointment request(s) purged"


def register() -> None:
    register_job(Job("expat_retention_purge", purge_expired_personal_data, at=time(2, 30)))
