from pathlib import Path

from django.core.management.base import BaseCommand

from leiden_site.backup import default_backup_dir, make_backup


class Command(BaseCommand):
    help = "Write the database and the uploaded media into one timestamped archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--directory",
            type=Path,
            default=None,
            help="Where the archive goes (default: BACKUP_DIR, var/backups).",
        )

    def handle(self, *args, directory=None, **options):
        archive = make_backup(directory or default_backup_dir())
        self.stdout.write(str(archive))
