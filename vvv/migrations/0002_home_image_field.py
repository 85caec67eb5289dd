"""The hero picture uses the field name every page's picture has (kept in place)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("vvv", "0001_initial")]

    operations = [
        migrations.RenameField("vvvhomepage", "hero_image", "image"),
        *[
            migrations.RenameField("vvvhomepage", f"hero_image_alt{suffix}", f"image_alt{suffix}")
            for suffix in ["", "_nl", "_en", "_de"]
        ],
    ]
