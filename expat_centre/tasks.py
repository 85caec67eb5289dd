"""Mail about appointment requests: tasks enqueued once the request is committed.

A mail that fails leaves its `*_mailed_at` empty, which staff see in the admin; the
request itself is kept, and the worker tries again (leiden_site/task_retry.py).
"""

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import AppointmentRequest


@task()
def mail_appointment_confirmation(appointment_id: int) -> None:
    appointment = AppointmentRequest.objects.filter(pk=appointment_id).first()
    if appointment is None:
        return  # erased before the mail went out: nothing left to confirm
    with translation.override(appointment.language):
        send_mail(
            subject=_("We received your appointment request"),
            message=render_to_string(
                "expat_centre/mail/appointment_confirmation.txt", {"appointment": appointment}
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[appointment.email],
        )
    AppointmentRequest.objects.filter(pk=appointment_id).update(
        confirmation_mailed_at=timezone.now()
    )


@task()
def mail_appointment_to_staff(appointment_id: int) -> None:
    appointment = AppointmentRequest.objects.filter(pk=appointment_id).first()
    if appointment is None:
        return
    admin_path = reverse(
        "wagtailsnippets_expat_centre_appointmentrequest:edit", args=[appointment.pk]
    )
    # The desk works in English, the Expat Centre's first language. The mail names no
    # visitor: staff read the request in the admin, where access is controlled.
    with translation.override("en"):
        send_mail(
            subject=_("New appointment request: %(services)s")
            % {"services": appointment.services_requested},
            message=render_to_string(
                "expat_centre/mail/appointment_to_staff.txt",
                {
                    "appointment": appointment,
                    "admin_url": settings.WAGTAILADMIN_BASE_URL + admin_path,
                },
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[settings.EXPAT_APPOINTMENTS_EMAIL],
        )
    AppointmentRequest.objects.filter(pk=appointment_id).update(staff_mailed_at=timezone.now())
