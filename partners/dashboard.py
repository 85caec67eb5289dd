"""Dashboard panels of the partner network.

A partner's editor starts with three panels: their profile (its freshness and what waits
for review), proposing an event, and the events they proposed with where each stands.
Marketing staff see the profiles nobody verified for a year.
"""

from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.models import Page, WorkflowState

from leiden_site.dashboard import ListPanel, PanelAction, PanelItem, in_group
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS

from .middleware import is_partner_editor_only
from .models import PartnerPage
from .rights import agenda_for

PENDING = (WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES)


def latest_workflow_states(pages) -> dict[int, WorkflowState]:
    """Each page's most recent moderation, in one query."""
    states = WorkflowState.objects.filter(
        base_content_type__app_label="wagtailcore",
        base_content_type__model="page",
        object_id__in=[str(page.pk) for page in pages],
    ).order_by("created_at")
    return {int(state.object_id): state for state in states}


def review_status(page, state) -> str:
    """Where a partner's page stands, as its editor would ask: is it out there yet?"""
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("Waiting for review by Leiden Marketing")
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Changes requested by Leiden Marketing")
    if page.live and page.has_unpublished_changes:
        return _("Live; your latest changes are a draft, not yet submitted")
    if page.live:
        return _("Live")
    return _("Draft, not yet submitted")


def own_profile_panel(request, partner):
    today = timezone.localdate()
    detail = _("Last verified on %(date)s.") % {"date": formats.date_format(partner.last_verified)}
    if partner.is_stale(today):
        detail += " " + _("Please check that everything is still correct.")
    state = latest_workflow_states([partner]).get(partner.pk)
    if state is None or state.status not in PENDING:
        state = None
    if state is None and not partner.has_unpublished_changes:
        detail += " " + _("Nothing is waiting for review.")
    else:
        detail += " " + review_status(partner, state) + "."
    return ListPanel(
        "own_profile",
        _("Your profile"),
        [PanelItem(partner.title, reverse("wagtailadmin_pages:edit", args=[partner.pk]), detail)],
        "",
        order=10,
        action=PanelAction(
            _("Still correct"), reverse("partners_still_correct", args=[partner.pk])
        ),
    )


def propose_event_panel(request, partner):
    agenda = agenda_for(partner)
    if agenda is None:
        return None
    event_model = agenda.specific_class.allowed_subpage_models()[0]
    add_url = reverse(
        "wagtailadmin_pages:add",
        args=[event_model._meta.app_label, event_model._meta.model_name, agenda.pk],
    )
    return ListPanel(
        "propose_event",
        _("Propose an event"),
        [],
        _(
            "Tell visitors about your next event: write it in Dutch or English, give its "
            "dates, and submit it. Leiden Marketing checks it before it goes live."
        ),
        order=20,
        action=PanelAction(_("Propose an event"), add_url, method="get"),
    )


def submissions_panel(request, partner):
    agenda = agenda_for(partner)
    if agenda is None or partner.group_id is None:
        return None
    proposals = list(
        Page.objects.child_of(agenda)
        .filter(owner__groups=partner.group_id)
        .order_by("-latest_revision_created_at", "-pk")[:20]
    )
    states = latest_workflow_states(proposals)
    items = [
        PanelItem(
            page.get_admin_display_title(),
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            review_status(page, states.get(page.pk)),
        )
        for page in proposals
    ]
    return ListPanel(
        "own_submissions",
        _("Your submissions"),
        items,
        _("You have not proposed an event yet."),
        order=30,
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


def partner_panels(request):
    partner = PartnerPage.for_user(request.user)
    if partner is None or partner.retired_on:
        return []
    panels = (
        own_profile_panel(request, partner),
        propose_event_panel(request, partner),
        submissions_panel(request, partner),
    )
    return [panel for panel in panels if panel]


def add_partner_panels(request, panels):
    if is_partner_editor_only(request.user):
        # A partner starts with its own work: Wagtail's lists (recent edits, locked pages,
        # workflows) and the network's work lists would only crowd it.
        panels[:] = []
    panels.extend(partner_panels(request))
    panel = stale_profiles_panel(request)
    if panel:
        panels.append(panel)


def hide_site_summary_from_partners(request, summary_items):
    """Counts of every page, image and document of the site mean nothing to a partner."""
    if is_partner_editor_only(request.user):
        summary_items[:] = []
