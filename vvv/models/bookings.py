"""Requests to book a tour: stored first, then mailed to the visitor and to VVV staff."""

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .products import TOUR_LANGUAGES, ProductPage


class BookingRequestQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Requests past their retention period (settings) since both their last change
        and the tour's date: a booking for a tour far ahead is kept until after it."""
        now = now or timezone.now()
        cutoff = now - relativedelta(months=settings.VVV_BOOKING_RETENTION_MONTHS)
        return self.filter(updated_at__lt=cutoff, date__lt=timezone.localdate(cutoff))


class BookingRequest(models.Model):
    """A visitor's request for a tour on a date; staff confirm or decline it by hand."""

    NEW, CONFIRMED, DECLINED, DONE = "new", "confirmed", "declined", "done"
    STATUSES = [
        (NEW, _("New")),
        (CONFIRMED, _("Confirmed")),
        (DECLINED, _("Declined")),
        (DONE, _("Done")),
    ]

    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # The retention period counts from here (and the tour's date): every save starts it again.
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    status = models.CharField(_("status"), max_length=12, choices=STATUSES, default=NEW)
    tour = models.ForeignKey(
        ProductPage,
        verbose_name=_("tour"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    # Kept as it was asked for, so the request still says which tour if the page goes.
    tour_title = models.CharField(_("tour as requested"), max_length=255)
    date = models.DateField(_("date"))
    party_size = models.PositiveSmallIntegerField(_("party size"))
    tour_language = models.CharField(
        _("language of the tour"), max_length=8, choices=TOUR_LANGUAGES
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    remarks = models.TextField(_("remarks"), max_length=2000, blank=True)
    language = models.CharField(_("language of the site"), max_length=8)
    consent_at = models.DateTimeField(_("consent given"))
    staff_note = models.TextField(_("note for colleagues"), blank=True)
    confirmation_mailed_at = models.DateTimeField(_("mailed to the visitor"), null=True, blank=True)
    staff_mailed_at = models.DateTimeField(_("mailed to staff"), null=True, blank=True)

    objects = BookingRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("booking request")
        verbose_name_plural = _("booking requests")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(party_size__gte=1), name="vvv_booking_party_not_empty"
            )
        ]

    def __str__(self):
        return f"{self.tour_title}, {self.date:%d-%m-%Y}: {self.name} ({self.party_size})"
