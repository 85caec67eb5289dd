from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from leiden_site.backup import restore_backup


class Command(BaseCommand):
    help = (
        "Replace the database and the uploaded media with those of a backup archive "
        "(manage.py backup). The database must exist; it may be empty."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--noinput", action="store_false", dest="interactive", help="Do not ask first."
        )

    def handle(self, *args, archive, interactive=True, **options):
        if interactive:
            answer = input(f"Replace this site's database and media with {archive}? [y/N] ")
            if answer.strip().lower() != "y":
                raise CommandError("Restore cancelled.")
        manifest = restore_backup(archive)
        self.stdout.write(f"Restored the backup of {manifest['created']} from {archive}")
