"""Content freshness: a monthly reminder for a profile not verified for a year, and the
partner's one-click "Still correct", which a moderator approves like any partner change."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from partners.freshness import send_freshness_reminders
from partners.models import FreshnessReminder, PartnerPage
from tests.partners.test_flows import approve

A_YEAR_AND_A_MONTH_AGO = timezone.localdate() - datetime.timedelta(days=400)


@pytest.fixture
def stale_partner(partner_a, editor_a):
    PartnerPage.objects.filter(pk=partner_a.pk).update(last_verified=A_YEAR_AND_A_MONTH_AGO)
    partner_a.refresh_from_db()
    return partner_a


def remind(capture):
    with capture(execute=True):
        return send_freshness_reminders()


def test_editors_of_a_stale_profile_get_one_reminder_a_month(
    stale_partner, partner_b, editor_b, django_capture_on_commit_callbacks
):
    remind(django_capture_on_commit_callbacks)
    remind(django_capture_on_commit_callbacks)  # the scheduler runs it every hour
    assert [message.to for message in mail.outbox] == [["anna@example.org"]]
    assert stale_partner.title in mail.outbox[0].subject
    assert "/admin/" in mail.outbox[0].body  # where "Still correct" is

    # A month later the profile is still unchecked: one more reminder.
    FreshnessReminder.objects.update(sent_at=timezone.now() - datetime.timedelta(days=31))
    remind(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2


def test_still_correct_by_a_partner_goes_live_after_a_moderators_approval(
    client, stale_partner, editor_a, moderator
):
    client.force_login(editor_a)
    still_correct = f"/admin/partners/{stale_partner.pk}/still-correct/"
    assert f'action="{still_correct}"' in client.get("/admin/").text  # on the dashboard
    response = client.post(still_correct)
    assert response.status_code == 302
    # Waiting for moderation: visitors still see the old date.
    assert PartnerPage.objects.get(pk=stale_partner.pk).last_verified == A_YEAR_AND_A_MONTH_AGO

    approve(client, moderator, stale_partner)
    assert PartnerPage.objects.get(pk=stale_partner.pk).last_verified == timezone.localdate()


def test_a_partner_cannot_confirm_another_partners_profile(client, stale_partner, editor_b):
    client.force_login(editor_b)
    response = client.post(f"/admin/partners/{stale_partner.pk}/still-correct/", follow=True)
    assert response.redirect_chain == [("/admin/", 302)]  # Wagtail's refusal, back home
    assert not stale_partner.revisions.filter(user=editor_b).exists()


def test_a_moderators_still_correct_goes_live_at_once(client, stale_partner, moderator):
    client.force_login(moderator)
    client.post(f"/admin/partners/{stale_partner.pk}/still-correct/")
    assert PartnerPage.objects.get(pk=stale_partner.pk).last_verified == timezone.localdate()
