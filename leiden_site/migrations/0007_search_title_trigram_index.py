"""Trigram look-ups on search document titles, for typo-tolerant search (PostgreSQL only).

SQLite has no pg_trgm; there the search corrects typos with difflib instead
(SearchDocumentQuerySet.spelling_suggestion), so this migration does nothing.
"""

from django.db import migrations

INDEX = "leiden_site_searchdocument_title_trgm"


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON leiden_site_searchdocument "
        "USING gin (title gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor):
    # The extension stays: other database objects may have come to use it.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("leiden_site", "0006_search_document_kind_and_image")]

    operations = [migrations.RunPython(add_trigram_index, drop_trigram_index)]
