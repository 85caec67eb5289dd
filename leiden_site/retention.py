"""Deleting visitors' personal data once its retention period is over.

Each model that keeps personal data says which of its rows are due with an `expired()`
QuerySet method (the periods are settings); the nightly jobs of the app that owns the model
hand that QuerySet to `purge_expired`. The log gets counts only, never what was deleted.
"""

import logging

from django.db import transaction
from django.db.models import QuerySet

logger = logging.getLogger(__name__)


def purge_expired(expired: QuerySet, kind: str) -> int:
    """Delete the rows of `expired` and log how many there were; safe to repeat."""
    with transaction.atomic():
        count = expired.count()
        expired.delete()
    logger.info("expired personal data purged", extra={"kind": kind, "purged": count})
    return count
