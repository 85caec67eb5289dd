"""Mail about booking requests: tasks enqueued once the request is committed.

Where they run is the TASKS setting's choice (settings/base.py). A mail that fails leaves
its `*_mailed_at` empty, which staff see in the admin; the request itself is kept.
"""

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import BookingRequest


def _booking(booking_id: int) -> BookingRequest:
    return BookingRequest.objects.select_related("tour").get(pk=booking_id)


@task()
def mail_booking_confirmation(booking_id: int) -> None:
    booking = _booking(booking_id)
    with translation.override(booking.language):
        tour = booking.tour.title if booking.tour else booking.tour_title
        send_mail(
            subject=_("We received your request for %(tour)s") % {"tour": tour},
            message=render_to_string(
                "vvv/mail/booking_confirmation.txt", {"booking": booking, "tour": tour}
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[booking.email],
        )
    BookingRequest.objects.filter(pk=booking_id).update(confirmation_mailed_at=timezone.now())


@task()
def mail_booking_to_staff(booking_id: int) -> None:
    booking = _booking(booking_id)
    admin_path = reverse("wagtailsnippets_vvv_bookingrequest:edit", args=[booking.pk])
    with translation.override("nl"):  # the VVV desk reads Dutch
        send_mail(
            subject=_("Booking request: %(booking)s") % {"booking": booking},
            message=render_to_string(
                "vvv/mail/booking_to_staff.txt",
                {"booking": booking, "admin_url": settings.WAGTAILADMIN_BASE_URL + admin_path},
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[settings.VVV_BOOKINGS_EMAIL],
        )
    BookingRequest.objects.filter(pk=booking_id).update(staff_mailed_at=timezone.now())
