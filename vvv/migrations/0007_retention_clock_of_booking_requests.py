"""The clock of the booking requests' retention period: their last change. Rows that exist
start from when they were received, so an old request is not kept two more years just
because the column is new."""

import django.utils.timezone
from django.db import migrations, models


def start_from_received(apps, schema_editor):
    apps.get_model("vvv", "BookingRequest").objects.update(updated_at=models.F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("vvv", "0006_coordinates_explained"),
    ]

    operations = [
        migrations.AddField(
            model_name="bookingrequest",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, default=django.utils.timezone.now, verbose_name="last changed"
            ),
            preserve_default=False,
        ),
        migrations.RunPython(start_from_received, migrations.RunPython.noop),
    ]
