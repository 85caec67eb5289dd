"""A world with something secret for every role: other partners' media and proposals,
each site's unpublished pages, and visitors' personal data."""

import datetime

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import Workflow

from discoveries.factories import EventPageFactory
from discoveries.models import CongressRequest, Subscriber
from expat_centre.apps import EXPAT_STAFF
from expat_centre.models import AppointmentRequest
from leiden_site.declarations import MARKETING_EDITORS
from leiden_site.factories import StandardPageFactory
from tests.partners.conftest import (
    agenda,
    contact_form,
    editor_a,
    editor_b,
    event_b,
    make_user,
    media,
    moderator,
    partner_a,
    partner_b,
    partner_index,
    world,
)
from vvv.apps import VVV_STAFF
from vvv.models import BookingRequest

# The partner boundary tests' fixtures, which this world is built from.
__all__ = [
    "agenda",
    "contact_form",
    "editor_a",
    "editor_b",
    "event_b",
    "media",
    "moderator",
    "partner_a",
    "partner_b",
    "partner_index",
    "world",
]

SECRETS = {
    "proposal": "Geheime proeverij",
    "image_b": "Hortus kas geheim",
    "document_b": "Hortus begroting geheim",
    "subscriber": "geheim-abonnee@example.org",
    "congress": "Geheime Congresganger",
    "submission": "Geheime Inzender",
    "vvv_draft": "VVV concept geheim",
    "expat_draft": "Expat concept geheim",
    # A queued mail's arguments hold a subscriber's confirmation link.
    "failed_task": "geheime-bevestigingslink",
    "booking": "Geheime Boeker",
    "appointment": "Geheime Expat",
}


def draft_page(home, title, slug):
    page = StandardPageFactory(parent=home, title_nl=title, slug_nl=slug)
    page.unpublish()
    page.save_revision()
    return page


@pytest.fixture
def secret_world(world, agenda, sites):
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=20)
    proposal = EventPageFactory(
        parent=agenda,
        title_nl=SECRETS["proposal"],
        slug_nl="geheime-proeverij",
        organiser=world["b"],
        owner=world["editor_b"],
        occurrences=[(start, start + datetime.timedelta(hours=2))],
    )
    proposal.unpublish()
    proposal.save_revision(user=world["editor_b"])
    workflow_state = Workflow.objects.get(name="Partner review").start(proposal, world["editor_b"])
    subscriber = Subscriber.objects.create(
        email=SECRETS["subscriber"], language="nl", consent_at=timezone.now()
    )
    congress = CongressRequest.objects.create(
        name=SECRETS["congress"],
        email="congres@example.org",
        start_date=timezone.localdate() + datetime.timedelta(days=90),
        end_date=timezone.localdate() + datetime.timedelta(days=91),
        attendees=120,
        setup="theatre",
        language="nl",
    )
    failed_task = DBTaskResult.objects.create(
        task_path="discoveries.tasks.mail_newsletter_confirmation",
        args_kwargs={"args": [], "kwargs": {"confirm_url": SECRETS["failed_task"]}},
        backend_name="default",
        run_after=timezone.now(),
        status=TaskResultStatus.FAILED,
        exception_class_path="builtins.ConnectionRefusedError",
    )
    booking = BookingRequest.objects.create(
        tour_title="Rembrandtwandeling",
        date=timezone.localdate() + datetime.timedelta(days=12),
        party_size=3,
        tour_language="en",
        name=SECRETS["booking"],
        email="boeker@example.org",
        language="en",
        consent_at=timezone.now(),
    )
    appointment = AppointmentRequest.objects.create(
        services_requested="Inschrijving",
        name=SECRETS["appointment"],
        email="expat@example.org",
        nationality="BR",
        arrival_date=timezone.localdate(),
        first_choice=timezone.localdate() + datetime.timedelta(days=5),
        language="en",
        consent_at=timezone.now(),
    )
    return {
        **world,
        "failed_task": failed_task,
        "booking": booking,
        "appointment": appointment,
        "proposal": proposal,
        "workflow_state": workflow_state,
        "subscriber": subscriber,
        "congress": congress,
        "vvv_draft": draft_page(sites["vvv"].root_page, SECRETS["vvv_draft"], "concept"),
        "expat_draft": draft_page(sites["expat"].root_page, SECRETS["expat_draft"], "concept"),
        "site": sites["discoveries"],
        "vvv_staff": make_user("vera", Group.objects.get(name=VVV_STAFF)),
        "expat_staff": make_user("emre", Group.objects.get(name=EXPAT_STAFF)),
        "marketing_editor": make_user("eva", Group.objects.get(name=MARKETING_EDITORS)),
    }
