"""Content freshness: when a partner's editors were last reminded to check its profile."""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

# A profile not verified for this long is stale; a stale profile's editors get a
# reminder at most once per REMINDER_INTERVAL.
STALE_AFTER = timedelta(days=365)
REMINDER_INTERVAL = timedelta(days=30)


class FreshnessReminder(models.Model):
    # Kept beside the page, not on it: a field on the page would travel with revisions,
    # and publishing an older revision would bring back an old date.
    partner = models.OneToOneField(
        "partners.PartnerPage",
        on_delete=models.CASCADE,
        related_name="freshness_reminder",
        verbose_name=_("partner"),
    )
    sent_at = models.DateTimeField(_("last reminder sent at"))

    class Meta:
        verbose_name = _("freshness reminder")
        verbose_name_plural = _("freshness reminders")

    def __str__(self):
        return f"{self.partner}: {self.sent_at:%Y-%m-%d}"
