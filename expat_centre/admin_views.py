"""Staff screens of the Expat Centre: the guides that are due for review."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils import timezone

from .models import GuidePage

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
