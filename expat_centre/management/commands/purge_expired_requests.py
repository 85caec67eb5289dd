"""Deletes the Expat Centre's appointment requests once their retention period is over.

The scheduler runs the same purge nightly (job `expat_retention_purge`); this command is
for cron or by hand. Running it twice in a row deletes nothing the second time.
"""

from django.core.management.base import BaseCommand

from expat_centre.jobs import purge_expired_personal_data


class Command(BaseCommand):
    help = "Delete appointment requests unchanged for EXPAT_APPOINTMENT_RETENTION_MONTHS."

    def handle(self, *args, **options):
        self.stdout.write(purge_expired_personal_data())
