"""One archive per backup: the database and the uploaded media, made and restored by
django-dbbackup (pg_dump/pg_restore on PostgreSQL, SQLite's backup API on SQLite).

The archive is a plain tar holding `database.dump` (already compressed by pg_dump's custom
format), `media.tar` (every file of the default storage, local disk or S3) and
`manifest.json`, which says what database the dump came from: a dump of one engine cannot
be restored into another, and restore refuses before it touches anything.
"""

import json
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection

ARCHIVE_FORMAT = 1
DATABASE_MEMBER = "database.dump"
MEDIA_MEMBER = "media.tar"
MANIFEST_MEMBER = "manifest.json"


def archive_name(now: datetime) -> str:
    return f"leiden-backup-{now:%Y-%m-%d-%H%M%S}.tar"


def make_backup(directory: Path) -> Path:
    """Write a new archive into `directory` and return its path."""
    directory.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    archive = directory / archive_name(now)
    with tempfile.TemporaryDirectory(prefix="leiden-backup-") as work:
        work_dir = Path(work)
        call_command("dbbackup", output_path=str(work_dir / DATABASE_MEMBER), verbosity=0)
        call_command("mediabackup", output_path=str(work_dir / MEDIA_MEMBER), verbosity=0)
        manifest = {
            "format": ARCHIVE_FORMAT,
            "created": now.isoformat(),
            "database_vendor": connection.vendor,
        }
        (work_dir / MANIFEST_MEMBER).write_text(json.dumps(manifest))
        partial = archive.with_suffix(".tar.partial")
        with tarfile.open(partial, "w") as tar:
            for member in (MANIFEST_MEMBER, DATABASE_MEMBER, MEDIA_MEMBER):
                tar.add(work_dir / member, arcname=member)
        # A half-written archive never carries the final name.
        partial.rename(archive)
    return archive


def _read_manifest(tar: tarfile.TarFile) -> dict:
    try:
        member = tar.extractfile(MANIFEST_MEMBER)
    except KeyError:
        raise CommandError("This file is not a Leiden backup: it has no manifest.") from None
    manifest = json.load(member)
    if manifest.get("format") != ARCHIVE_FORMAT:
        raise CommandError(f"Unknown backup format {manifest.get('format')!r}.")
    return manifest


def restore_backup(archive: Path) -> dict:
    """Replace the database and the media with the archive's; return its manifest."""
    if not archive.is_file():
        raise CommandError(f"No such backup: {archive}")
    with tempfile.TemporaryDirectory(prefix="leiden-restore-") as work:
        work_dir = Path(work)
        with tarfile.open(archive, "r") as tar:
            manifest = _read_manifest(tar)
            if manifest["database_vendor"] != connection.vendor:
                raise CommandError(
                    f"The backup holds a {manifest['database_vendor']} database; "
                    f"this machine uses {connection.vendor}."
                )
            tar.extractall(work_dir, members=[DATABASE_MEMBER, MEDIA_MEMBER], filter="data")
        connection.close()
        call_command(
            "dbrestore", input_path=str(work_dir / DATABASE_MEMBER), interactive=False, verbosity=0
        )
        call_command(
            "mediarestore",
            input_path=str(work_dir / MEDIA_MEMBER),
            interactive=False,
            replace=True,
            verbosity=0,
        )
    # Cached pages, site roots and lock-outs describe the state before the restore.
    cache.clear()
    return manifest


def default_backup_dir() -> Path:
    return Path(settings.BACKUP_DIR)
