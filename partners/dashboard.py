"""Dashboard panels of the partner network: a partner's own profile and its freshness,
and, for marketing staff, the profiles nobody verified for a year."""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from leiden_site.dashboard import ListPanel, PanelAction, PanelItem, in_group
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS

from .middleware import is_partner_editor_only
from .models import PartnerPage


def own_profile_panel(request):
    partner = PartnerPage.for_user(request.user)
    if partner is None or partner.retired_on:
        return None
    today = timezone.localdate()
    detail = _("Last verified on %(date)s.") % {"date": formats.date_format(partner.last_verified)}
    if partner.is_stale(today):
        detail += " " + _("Please check that everything is still correct.")
    return ListPanel(
        "own_profile",
        _("Your profile"),
        [PanelItem(partner.title, reverse("wagtailadmin_pages:edit", args=[partner.pk]), detail)],
        "",
        order=90,
        action=PanelAction(
            _("Still correct"), reverse("partners_still_correct", args=[partner.pk])
        ),
    )


def stale_profiles_panel(request):
    user = request.user
    if not (in_group(user, MARKETING_EDITORS) or in_group(user, MARKETING_MODERATORS)):
        return None
    partners = PartnerPage.stale_profiles(timezone.localdate()).order_by("last_verified")
    items = [
        PanelItem(
            partner.title,
            reverse("wagtailadmin_pages:edit", args=[partner.pk]),
            _("Last verified on %(date)s.") % {"date": formats.date_format(partner.last_verified)},
        )
        for partner in partners
    ]
    return ListPanel(
        "stale_partner_profiles",
        _("Partner profiles not verified for a year"),
        items,
        _("Every partner profile was verified in the last year."),
        order=150,
    )


def add_partner_panels(request, panels):
    if is_partner_editor_only(request.user):
        # A partner sees its own profile's freshness, none of the network's work lists.
        panels[:] = [panel for panel in panels if not isinstance(panel, ListPanel)]
    panels.extend(
        panel for panel in (own_profile_panel(request), stale_profiles_panel(request)) if panel
    )
