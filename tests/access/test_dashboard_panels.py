"""Each role's dashboard shows the panels that concern it, and no other role's.

Panels are recognised by their section id (`<name>-section`), not by their translated
heading."""

import datetime

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from discoveries.models import EventPage
from leiden_site.models import BrokenLink
from partners.models import PartnerPage
from tests.access.test_role_matrix import USERS

PANELS = {
    "own-profile",
    "stale-partner-profiles",
    "events-needing-work",
    "broken-links",
    "failed-tasks",
    "new-requests-vvv",
    "new-requests-expat",
}
EXPECTED = {
    "partner_editor": {"own-profile"},
    "vvv_staff": {"new-requests-vvv"},
    "expat_staff": {"new-requests-expat"},
    "marketing_editor": {"stale-partner-profiles", "events-needing-work", "broken-links"},
    # Moderators may handle VVV bookings but not the Expat Centre's appointment requests,
    # so they get no Expat panel (it could only ever say "No new requests").
    "moderator": PANELS - {"own-profile", "new-requests-expat"},
}


@pytest.fixture
def dashboard_world(secret_world):
    year_ago = timezone.localdate() - datetime.timedelta(days=400)
    PartnerPage.objects.filter(pk=secret_world["a"].pk).update(last_verified=year_ago)
    DBTaskResult.objects.create(
        task_path="discoveries.tasks.mail_congress_request",
        args_kwargs={"args": [], "kwargs": {"request_id": 1}},
        backend_name="default",
        run_after=timezone.now(),
        status=TaskResultStatus.FAILED,
        exception_class_path="builtins.ConnectionRefusedError",
        traceback="ConnectionRefusedError",
    )
    # The last link check found a link on a partner's profile to a page that is gone.
    BrokenLink.objects.create(
        source_page=secret_world["a"],
        field="body",
        target_page_id=999,
        reason=BrokenLink.MISSING,
        checked_at=timezone.now(),
    )
    return secret_world


def panels_on_dashboard(world, role) -> set[str]:
    client = Client()
    client.force_login(world[USERS[role]])
    html = client.get("/admin/").text
    return {panel for panel in PANELS if f'id="{panel}-section"' in html}


@pytest.mark.parametrize("role", list(EXPECTED))
def test_each_role_sees_the_panels_that_concern_it(dashboard_world, role):
    assert panels_on_dashboard(dashboard_world, role) == EXPECTED[role]


def events_panel_of(world) -> str:
    client = Client()
    client.force_login(world["moderator"])
    html = client.get("/admin/").text
    return html.split('id="events-needing-work-section"', 1)[1].split("</section>", 1)[0]


def test_the_event_panel_lists_upcoming_events_until_they_have_an_image(dashboard_world):
    event = dashboard_world["event_b"]
    EventPage.objects.filter(pk=event.pk).update(image=None, title_en="Orchid night")
    assert event.title in events_panel_of(dashboard_world)
    EventPage.objects.filter(pk=event.pk).update(image=dashboard_world["image_b"])
    assert event.title not in events_panel_of(dashboard_world)


def test_the_event_panel_lists_upcoming_events_until_they_have_an_english_translation(
    dashboard_world,
):
    event = dashboard_world["event_b"]
    edit_link = f"/admin/pages/{event.pk}/edit/"
    EventPage.objects.filter(pk=event.pk).update(image=dashboard_world["image_b"], title_en="")
    panel = events_panel_of(dashboard_world)
    assert edit_link in panel
    # The moderator's admin speaks Dutch.
    with translation.override("nl"):
        assert gettext("no English translation") in panel
        assert gettext("no image") not in panel
    EventPage.objects.filter(pk=event.pk).update(title_en="Orchid night")
    assert edit_link not in events_panel_of(dashboard_world)


def test_the_vvv_panel_lists_new_booking_requests_for_vvv_staff_only(dashboard_world):
    booking = dashboard_world["booking"]
    for role in ("vvv_staff", "moderator"):
        client = Client()
        client.force_login(dashboard_world[USERS[role]])
        html = client.get("/admin/").text
        panel = html.split('id="new-requests-vvv-section"', 1)[1].split("</section>", 1)[0]
        assert booking.name in panel, role
        assert f"/admin/snippets/vvv/bookingrequest/edit/{booking.pk}/" in panel
    for role in ("expat_staff", "marketing_editor", "partner_editor"):
        client = Client()
        client.force_login(dashboard_world[USERS[role]])
        assert booking.name not in client.get("/admin/").text, role
    booking.status = booking.CONFIRMED
    booking.save()
    client = Client()
    client.force_login(dashboard_world[USERS["vvv_staff"]])
    assert booking.name not in client.get("/admin/").text
