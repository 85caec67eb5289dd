"""The hero picture uses the field name every page's picture has (kept in place)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("expat_centre", "0001_initial")]

    operations = [
        migrations.RenameField("expathomepage", "hero_image", "image"),
        *[
            migrations.RenameField("expathomepage", f"hero_image_alt{suffix}", f"image_alt{suffix}")
            for suffix in ["", "_nl", "_en", "_de"]
        ],
    ]
