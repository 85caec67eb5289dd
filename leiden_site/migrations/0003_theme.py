"""Themes move from the brand site's app to the shared core, with their rows and rights.

The table is renamed rather than copied, so every link to a theme stays; the content
type is relabelled, so the groups' theme permissions and the admin's history follow.
"""

import modelsearch.index
from django.db import migrations, models


def relabel_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    if not content_types.objects.filter(app_label="leiden_site", model="theme").exists():
        content_types.objects.filter(app_label="discoveries", model="theme").update(
            app_label="leiden_site"
        )


def restore_content_type(apps, schema_editor):
    content_types = apps.get_model("contenttypes", "ContentType")
    content_types.objects.filter(app_label="leiden_site", model="theme").update(
        app_label="discoveries"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("leiden_site", "0002_cache_table"),
        ("discoveries", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Theme",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=80, verbose_name="name")),
                        ("name_nl", models.CharField(max_length=80, null=True, verbose_name="name")),
                        ("name_en", models.CharField(max_length=80, null=True, verbose_name="name")),
                        ("name_de", models.CharField(max_length=80, null=True, verbose_name="name")),
                        ("slug", models.SlugField(max_length=80, unique=True, verbose_name="slug")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        ("description_nl", models.TextField(blank=True, null=True, verbose_name="description")),
                        ("description_en", models.TextField(blank=True, null=True, verbose_name="description")),
                        ("description_de", models.TextField(blank=True, null=True, verbose_name="description")),
                        ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="order")),
                    ],
                    options={
                        "verbose_name": "theme",
                        "verbose_name_plural": "themes",
                        "ordering": ["sort_order", "slug"],
                        "db_table": "discoveries_theme",
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
        ),
        migrations.AlterModelTable(name="theme", table=None),
        migrations.RunPython(relabel_content_type, restore_content_type),
    ]
