from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from leiden_site.declarations import MARKETING_MODERATORS


class PartnersConfig(AppConfig):
    name = "partners"
    verbose_name = _("City partners")

    group_permissions = {
        MARKETING_MODERATORS: [
            "partners.manage_membership",
            "partners.invite_partner_editor",
            "partners.add_boardmember",
            "partners.change_boardmember",
            "partners.delete_boardmember",
        ],
    }

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from leiden_site.scheduler import Job, register_job

        from . import signals, views  # noqa: F401 - signal receivers, page views
        from .freshness import send_freshness_reminders
        from .permissions import PartnerProposalsPolicy

        # Replaces the core's page policy with one that knows about partners' proposals.
        register_permission_policy(Page, PartnerProposalsPolicy(Page))
        # Hourly: the job itself keeps to one reminder a month per partner.
        register_job(
            Job("partner_freshness_reminders", send_freshness_reminders, every=timedelta(hours=1))
        )
