"""Staff screens of the Expat Centre: the guides that are due for review, and a person's
appointment requests as a file."""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from .models import AppointmentRequest, GuidePage

REVIEW_PERMISSION = "expat_centre.review_guides"


def guides_to_review_view(request):
    if not request.user.has_perm(REVIEW_PERMISSION):
        raise PermissionDenied
    today = timezone.localdate()
    return TemplateResponse(
        request,
        "expat_centre/admin/guides_to_review.html",
        {
            "guides": GuidePage.due_for_review(today),
            "cutoff": GuidePage.review_cutoff(today),
        },
    )


APPOINTMENT_VIEW_PERMISSION = "expat_centre.view_appointmentrequest"


def appointment_export_view(request, pk):
    """A person's own data: every request sent with the email address of this one, as JSON.

    For a visitor who asks what we keep about them; staff send them the file.
    """
    if not request.user.has_perm(APPOINTMENT_VIEW_PERMISSION):
        raise PermissionDenied
    appointment = get_object_or_404(AppointmentRequest, pk=pk)
    requests = AppointmentRequest.objects.of_person(appointment.email).order_by("created_at")
    data = {
        "organisation": "Expat Centre Leiden",
        "exported": timezone.now().isoformat(),
        "appointment_requests": [each.as_export() for each in requests],
    }
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="appointment-request-{pk}.json"'
    patch_cache_control(response, private=True, no_store=True)
    return response
