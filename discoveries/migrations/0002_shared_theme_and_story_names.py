"""Themes now live in the shared core; a story is a StoryPage; one field name for a page's picture.

Every change renames in place, so content, revisions and links are kept.
"""

import modelcluster.fields
from django.db import migrations, models

THEME_FIELDS = [
    ("eventpage", "themes", modelcluster.fields.ParentalManyToManyField, "themes"),
    ("placepage", "themes", modelcluster.fields.ParentalManyToManyField, "themes"),
    ("routepage", "themes", modelcluster.fields.ParentalManyToManyField, "themes"),
    ("discoverypage", "themes", modelcluster.fields.ParentalManyToManyField, "themes"),
    ("subscriber", "interests", models.ManyToManyField, "interests"),
]
LANGUAGE_SUFFIXES = ["", "_nl", "_en", "_de"]


def rename_with_translations(model_name, old, new):
    return [
        migrations.RenameField(model_name, f"{old}{suffix}", f"{new}{suffix}")
        for suffix in LANGUAGE_SUFFIXES
    ]


class Migration(migrations.Migration):
    dependencies = [
        ("discoveries", "0001_initial"),
        ("leiden_site", "0003_theme"),
    ]

    operations = [
        # The tables already point at the renamed theme table: only Django's picture changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                *[
                    migrations.AlterField(
                        model_name=model_name,
                        name=name,
                        field=field_class(blank=True, to="leiden_site.theme", verbose_name=label),
                    )
                    for model_name, name, field_class, label in THEME_FIELDS
                ],
                migrations.DeleteModel(name="Theme"),
            ]
        ),
        migrations.RenameModel("DiscoveryIndexPage", "StoryIndexPage"),
        migrations.RenameModel("DiscoveryPage", "StoryPage"),
        migrations.RenameField("storypage", "lead_image", "image"),
        *rename_with_translations("storypage", "lead_image_alt", "image_alt"),
        migrations.RenameField("homepage", "hero_image", "image"),
        *rename_with_translations("homepage", "hero_image_alt", "image_alt"),
    ]
