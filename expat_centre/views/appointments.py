"""The appointment request page: stored first, then the mails go out as tasks.

The page is cached like any other (its form's token comes from /csrf-token/); a service's
"Request an appointment" button preselects it with `?service=<id>`, which the cache keys on.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from leiden_site.forms import is_robot, resent_values
from leiden_site.page_cache import query_parameter
from leiden_site.page_views import page_view, render_page
from leiden_site.throttle import EXPAT_APPOINTMENT, TOO_MANY_REQUESTS, over_limit

from ..forms import AppointmentRequestForm
from ..models import AppointmentRequestPage
from ..tasks import mail_appointment_confirmation, mail_appointment_to_staff


@page_view(AppointmentRequestPage, "appointment")
def appointment_view(page, request):
    desk = page.desk()
    hours = desk.opening_hours if desk is not None else None
    form, sent, status = handle_appointment_form(page, request, hours)
    # The coming two weeks, so visitors pick open days; no "open now", which would
    # make the page stale within a minute.
    days = hours.days(timezone.localdate(), 14) if hours is not None and hours.is_set else []
    return render_page(
        page, request, status=status, form=form, request_sent=sent, opening_days=days
    )


def preselected_services(request) -> list[str]:
    """The service the visitor came from, if the parameter is a page id at all."""
    service = query_parameter(request, "service") or ""
    return [service] if service.isdigit() and len(service) < 10 else []


def handle_appointment_form(page, request, hours) -> tuple[AppointmentRequestForm, bool, int]:
    """(the form to show, whether a request was just stored, the status)."""
    if request.method != "POST":
        initial = {"services": preselected_services(request), **resent_values(request)}
        return AppointmentRequestForm(page=page, initial=initial), False, 200
    if is_robot(request):
        return AppointmentRequestForm(page=page), True, 200  # store nothing
    form = AppointmentRequestForm(request.POST, page=page, opening_hours=hours)
    if over_limit(request, EXPAT_APPOINTMENT, request.POST.get("email", "")):
        form.add_error(None, TOO_MANY_REQUESTS)
        return form, False, 429
    if not form.is_valid():
        return form, False, 200
    with transaction.atomic():
        appointment = form.save(commit=False)
        appointment.language = get_language()
        appointment.consent_at = timezone.now()
        appointment.save()
        form.save_m2m()
        # Both mails are tasks, enqueued once the request is safely committed.
        transaction.on_commit(
            lambda: mail_appointment_confirmation.enqueue(appointment_id=appointment.pk)
        )
        transaction.on_commit(
            lambda: mail_appointment_to_staff.enqueue(appointment_id=appointment.pk)
        )
    return AppointmentRequestForm(page=page), True, 200
