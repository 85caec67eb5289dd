"""The clocks of the retention periods: a request for proposal's last change and a
newsletter sign-up's last request. Rows that exist start from when they were received, so
an old request is not kept two more years just because the column is new."""

import django.utils.timezone
from django.db import migrations, models


def start_from_received(apps, schema_editor):
    apps.get_model("discoveries", "CongressRequest").objects.update(
        updated_at=models.F("created_at")
    )
    apps.get_model("discoveries", "Subscriber").objects.update(
        requested_at=models.F("created_at")
    )


class Migration(migrations.Migration):

    dependencies = [
        ("discoveries", "0008_request_reference_status_and_venue_map"),
    ]

    operations = [
        migrations.AddField(
            model_name="congressrequest",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, default=django.utils.timezone.now, verbose_name="last changed"
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="subscriber",
            name="requested_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, verbose_name="sign-up last requested"
            ),
        ),
        migrations.RunPython(start_from_received, migrations.RunPython.noop),
    ]
