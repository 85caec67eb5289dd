"""The Expat Centre's admin, for its staff: the report of guides due for review, and the
appointment requests (listing, filters, CSV, a person's data as JSON, erasure)."""

import logging

from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets as snippet_views

from leiden_site.dashboard import SITE_REQUESTS_HOOK, PanelItem
from leiden_site.request_admin import (
    VisitorRequestViewSet,
    export_columns,
    newest_unhandled,
    request_panels,
)

from .admin_views import (
    APPOINTMENT_VIEW_PERMISSION,
    REVIEW_PERMISSION,
    appointment_export_view,
    guides_to_review_view,
)
from .models import AppointmentRequest

logger = logging.getLogger(__name__)


@hooks.register("register_admin_urls")
def register_expat_admin_urls():
    return [path("expat/guides-to-review/", guides_to_review_view, name="expat_guides_to_review")]


class GuidesToReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_guides_to_review_menu_item():
    return GuidesToReviewMenuItem(
        _("Guides to review"), reverse("expat_guides_to_review"), icon_name="doc-full", order=700
    )


@hooks.register("register_admin_urls")
def register_appointment_admin_urls():
    return [
        path(
            "expat/appointment-requests/<int:pk>/export/",
            appointment_export_view,
            name="expat_appointment_export",
        )
    ]


class AppointmentEditView(snippet_views.EditView):
    delete_item_label = _("Erase")

    @cached_property
    def header_more_buttons(self):
        export_url = reverse("expat_appointment_export", args=[self.object.pk])
        download = Button(
            _("Download the person's data (JSON)"), url=export_url, icon_name="download"
        )
        return [download, *super().header_more_buttons]


class AppointmentEraseView(snippet_views.DeleteView):
    """Erasure on the person's request: Wagtail logs it under the request's number (its
    str() holds no personal data); the JSON log says who erased which number."""

    page_title = _("Erase")

    def delete_action(self):
        number = self.object.pk
        super().delete_action()
        logger.info(
            "appointment request erased",
            extra={"appointment_request": number, "user_id": self.request.user.pk},
        )


class AppointmentRequestViewSet(VisitorRequestViewSet):
    """Expat Centre staff plan a request, then set its status; what was sent stays as sent."""

    model = AppointmentRequest
    icon = "calendar-alt"
    menu_label = _("Appointment requests")
    menu_order = 260
    edit_view_class = AppointmentEditView
    delete_view_class = AppointmentEraseView
    copy_view_enabled = False
    list_display = [
        "services_requested",
        "first_choice",
        "name",
        "status",
        "created_at",
    ]
    list_filter = ["status", "services", "first_choice", "created_at"]
    search_fields = ["name", "email", "phone", "services_requested", "employer_name"]
    list_export = export_columns(
        "services_requested",
        "first_choice",
        "second_choice",
        "third_choice",
        "name",
        "email",
        "phone",
        "nationality",
        "employer_name",
        "arrival_date",
        "family_members",
    )
    export_filename = "appointment-requests"
    panels = request_panels(
        [
            "services_requested",
            ("first_choice", "second_choice", "third_choice"),
            "family_members",
            "remarks",
        ],
        ["name", ("email", "phone"), ("nationality", "employer_name", "arrival_date")],
    )


register_snippet(AppointmentRequestViewSet)


@hooks.register(SITE_REQUESTS_HOOK)
def new_appointment_requests(site_key, request):
    if site_key != "expat" or not request.user.has_perm(APPOINTMENT_VIEW_PERMISSION):
        return None
    return [
        PanelItem(
            title=appointment.services_requested,
            url=reverse(
                "wagtailsnippets_expat_centre_appointmentrequest:edit", args=[appointment.pk]
            ),
            detail=_("preferred: %(date)s") % {"date": date_format(appointment.first_choice)},
        )
        for appointment in newest_unhandled(AppointmentRequest)
    ]
