"""The worker delivers every queued mail exactly once, even when the mail server was down.

A real SMTP server (aiosmtpd) is taken down and brought back; the real worker loop of
django-tasks-db runs in this process against the test database. A retry's due time is
moved to now instead of waiting for it.
"""

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from discoveries.models import CongressRequest
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS
from leiden_site.factories import ThemeFactory
from leiden_site.task_retry import MAX_ATTEMPTS
from tests.discoveries.test_meetings_and_newsletter import REQUEST, newsletter, venue_index, venues
from tests.leiden_site.test_forms import contact
from tests.mail_server import MailServer
from tests.partners.conftest import make_user

__all__ = ["contact", "newsletter", "venue_index", "venues"]  # fixtures of those tests

pytestmark = pytest.mark.django_db(transaction=True)

MAIL_TASKS = [
    "discoveries.tasks.mail_newsletter_confirmation",
    "discoveries.tasks.mail_congress_request",
    "discoveries.tasks.mail_congress_confirmation",
    "leiden_site.tasks.send_form_submission_mail",
]
NEWSLETTER_SUBJECT = "Please confirm your subscription to the Leiden newsletter"


@pytest.fixture
def mail_server(settings):
    server = MailServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    yield server
    server.stop()


def client_of(group_name):
    client = Client()
    client.force_login(make_user(group_name.split()[-1], Group.objects.get(name=group_name)))
    return client


def run_worker():
    """One pass of the real worker: everything that is due, then it stops."""
    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    ).run()


def mail_tasks():
    # Wagtail queues work of its own (the reference index) beside the mails.
    return DBTaskResult.objects.filter(task_path__in=MAIL_TASKS)


def the_next_try_is_due():
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())


def visitors_send_three_forms(client):
    ThemeFactory(slug="sport", name_nl="Sport")
    signup = {"email": "anna@example.org", "language": "en", "interests": ["sport"]}
    responses = [
        client.post("/nl/nieuwsbrief/", {**signup, "consent": "on"}, HTTP_HOST="localhost"),
        client.post("/nl/vergaderen/", REQUEST, HTTP_HOST="localhost"),
        client.post(
            "/nl/contact/",
            {"naam": "Bram", "e_mail": "bram@example.org", "bericht": "Een vraag"},
            HTTP_HOST="localhost",
        ),
    ]
    assert [response.status_code for response in responses] == [200, 200, 200]


def test_mail_queued_during_an_outage_arrives_once_the_server_is_back(
    mail_server, newsletter, venues, contact, settings
):
    visitors_send_three_forms(Client())
    assert mail_tasks().count() == 4  # queued, not sent in the request

    run_worker()  # the mail server is down
    assert mail_server.inbox.messages == []
    assert mail_tasks().filter(status=TaskResultStatus.READY).count() == 4
    run_worker()  # nothing is due before the backoff has passed
    assert all(len(task.worker_ids) == 1 for task in mail_tasks())

    mail_server.start()
    the_next_try_is_due()
    run_worker()
    run_worker()

    # Each mail once, to its own recipient: the subscriber, the congress desk and the
    # organiser's copy, the form's staff.
    recipients = sorted(message["To"] for message in mail_server.inbox.messages)
    assert recipients == sorted(
        ["anna@example.org", settings.CONGRESS_DESK_EMAIL, REQUEST["email"], "staff@example.org"]
    )
    newsletter_mail = next(m for m in mail_server.inbox.messages if m["To"] == "anna@example.org")
    assert newsletter_mail["Subject"] == NEWSLETTER_SUBJECT  # in the subscriber's English
    assert CongressRequest.objects.get().mailed_at is not None
    assert set(mail_tasks().values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}


def test_a_server_that_goes_down_after_a_delivery_gets_the_next_mail_once_it_is_back(
    mail_server, newsletter, contact
):
    ThemeFactory(slug="sport", name_nl="Sport")
    visitor = Client()
    mail_server.start()
    signup = {"email": "anna@example.org", "language": "en", "interests": ["sport"]}
    visitor.post("/nl/nieuwsbrief/", {**signup, "consent": "on"}, HTTP_HOST="localhost")
    run_worker()
    assert [m["To"] for m in mail_server.inbox.messages] == ["anna@example.org"]

    mail_server.stop()
    visitor.post(
        "/nl/contact/",
        {"naam": "Bram", "e_mail": "bram@example.org", "bericht": "Een vraag"},
        HTTP_HOST="localhost",
    )
    run_worker()
    form_mail = mail_tasks().get(task_path="leiden_site.tasks.send_form_submission_mail")
    assert form_mail.status == TaskResultStatus.READY  # failed once, waiting for a retry
    assert len(form_mail.worker_ids) == 1

    mail_server.start()
    the_next_try_is_due()
    run_worker()
    run_worker()
    # The first mail was not sent again; the second arrived once.
    assert [m["To"] for m in mail_server.inbox.messages] == [
        "anna@example.org",
        "staff@example.org",
    ]
    assert set(mail_tasks().values_list("status", flat=True)) == {TaskResultStatus.SUCCESSFUL}


def test_a_task_that_gives_up_is_kept_with_its_error_and_can_be_retried(mail_server, venues):
    moderator_client, editor_client = client_of(MARKETING_MODERATORS), client_of(MARKETING_EDITORS)
    Client().post("/nl/vergaderen/", REQUEST, HTTP_HOST="localhost")
    for _try in range(MAX_ATTEMPTS):
        run_worker()
        the_next_try_is_due()
    task = mail_tasks().get(task_path="discoveries.tasks.mail_congress_request")
    assert task.status == TaskResultStatus.FAILED
    assert len(task.worker_ids) == MAX_ATTEMPTS

    listing = moderator_client.get("/admin/background-tasks/")
    assert "mail_congress_request" in listing.text
    assert "ConnectionRefusedError" in listing.text
    # Editors do not see the tasks: their arguments and errors can name visitors' data.
    assert "mail_congress_request" not in editor_client.get("/admin/background-tasks/").text

    mail_server.start()
    response = moderator_client.post(f"/admin/background-tasks/retry/{task.pk}/")
    assert response.status_code == 302
    run_worker()
    assert len(mail_server.inbox.messages) == 1
    assert "mail_congress_request" not in moderator_client.get("/admin/background-tasks/").text
