"""Content freshness: partners are reminded to check a profile not verified for a year,
and confirm it with one click ("Still correct"), which goes through moderation like any
other change a partner makes."""

import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.users.models import UserProfile

from .models import REMINDER_INTERVAL, FreshnessReminder, PartnerPage

logger = logging.getLogger(__name__)


def send_freshness_reminders() -> str:
    """The scheduler's job: idempotent, at most one reminder per partner per interval."""
    now = timezone.now()
    reminded = 0
    for partner in PartnerPage.stale_profiles(timezone.localdate(now)):
        if not partner.editors().exists():
            continue
        with transaction.atomic():
            reminder, created = FreshnessReminder.objects.select_for_update().get_or_create(
                partner=partner, defaults={"sent_at": now}
            )
            if not created:
                if reminder.sent_at > now - REMINDER_INTERVAL:
                    continue
                reminder.sent_at = now
                reminder.save(update_fields=["sent_at"])
            # One task per editor, so a retry never mails an editor twice.
            for editor_id in partner.editors().values_list("pk", flat=True):
                transaction.on_commit(
                    lambda p=partner.pk, u=editor_id: mail_freshness_reminder.enqueue(
                        partner_id=p, user_id=u
                    )
                )
        reminded += 1
        logger.info("Freshness reminder queued for %s", partner.title)
    return f"{reminded} partner(s) reminded to check their profile"


@task()
def mail_freshness_reminder(partner_id: int, user_id: int) -> None:
    partner = PartnerPage.objects.get(pk=partner_id)
    editor = partner.editors().filter(pk=user_id).first()
    if editor is None:  # left the partner's group since
        return
    dashboard = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
    with translation.override(UserProfile.get_for_user(editor).get_preferred_language()):
        context = {"partner": partner, "editor": editor, "dashboard_url": dashboard}
        send_mail(
            subject=_("Is the profile of %(partner)s still correct?") % {"partner": partner.title},
            message=render_to_string("partners/mail/freshness_reminder.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[editor.email],
        )


def confirm_still_correct(partner: PartnerPage, user) -> bool:
    """Record today as the day the profile was verified, by the rules of any change
    the user makes: published at once by whoever may publish, otherwise submitted to
    the page's moderation workflow. Returns whether it went live at once."""
    page = partner.get_latest_revision_as_object()
    page.last_verified = timezone.localdate()
    with transaction.atomic():
        revision = page.save_revision(user=user, log_action=True)
        if partner.permissions_for_user(user).can_publish():
            revision.publish(user=user)
            return True
        workflow = partner.get_workflow()
        if workflow is not None and not partner.workflow_in_progress:
            workflow.start(partner, user)
    return False
