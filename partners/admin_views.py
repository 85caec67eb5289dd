"""Admin screens for a partner leaving the network: retiring, and the warning before deleting."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin.ui.menus.pages import PageMenuItem

from .freshness import confirm_still_correct
from .models import PartnerPage
from .retirement import retire_partner

RETIRE_PERMISSION = "partners.manage_membership"
# Wagtail's own delete confirmation is shown once the warning was read.
WARNING_READ = "warned"


def retire_view(request, pk):
    partner = get_object_or_404(PartnerPage, pk=pk)
    if not request.user.has_perm(RETIRE_PERMISSION):
        raise PermissionDenied
    if request.method == "POST":
        retire_partner(partner, by_user=request.user)
        messages.success(
            request,
            _(
                "%(partner)s has left the network: its profile is offline and its editors "
                "have no access any more."
            )
            % {"partner": partner.title},
        )
        return redirect("wagtailadmin_explore", partner.get_parent().pk)
    return TemplateResponse(request, "partners/admin/retire.html", {"partner": partner})


def warning_before_delete(request, page):
    """A partner's delete confirmation first explains retiring, the usual way to go."""
    partner = page.specific
    if (
        not isinstance(partner, PartnerPage)
        or request.method == "POST"
        or WARNING_READ in request.GET
    ):
        return None
    return TemplateResponse(
        request,
        "partners/admin/delete_warning.html",
        {
            "partner": partner,
            "may_retire": request.user.has_perm(RETIRE_PERMISSION) and not partner.retired_on,
            "delete_url": reverse("wagtailadmin_pages:delete", args=[partner.pk])
            + f"?{WARNING_READ}=1",
        },
    )


class RetireButton(PageMenuItem):
    label = _("Retire partner")
    icon_name = "cross"
    url_name = "partners_retire"
    priority = 45


def retire_buttons(page, user, view_name=None, next_url=None):
    partner = page.specific_deferred
    if (
        isinstance(partner, PartnerPage)
        and not partner.retired_on
        and user.has_perm(RETIRE_PERMISSION)
    ):
        yield RetireButton(page=page)


def still_correct_view(request, pk):
    """The partner's one click: the profile was checked and is still correct."""
    partner = get_object_or_404(PartnerPage, pk=pk)
    if request.method != "POST" or not partner.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if confirm_still_correct(partner, request.user):
        messages.success(
            request,
            _("Thank you: the profile of %(partner)s is verified as of today.")
            % {"partner": partner.title},
        )
    else:
        messages.success(
            request,
            _("Thank you: Leiden Marketing will confirm the check of %(partner)s shortly.")
            % {"partner": partner.title},
        )
    return redirect("wagtailadmin_home")
