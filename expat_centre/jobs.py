"""The Expat Centre's periodic jobs."""

from datetime import time

from leiden_site.scheduler import Job, register_job


def purge_expired_personal_data() -> str:
    # A slot, kept free for the retention purge of appointment requests: the Expat
    # Centre stores no visitors' personal data yet, so there is nothing to purge.
    return "nothing to purge: the Expat Centre keeps no personal data yet"


def register() -> None:
    register_job(Job("expat_retention_purge", purge_expired_personal_data, at=time(2, 30)))
