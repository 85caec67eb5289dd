"""An appointment requested while the mail server is down reaches the visitor and the desk
once the server is back, each mail exactly once (the real worker, a real SMTP server)."""

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.test import Client

from expat_centre.models import AppointmentRequest
from tests.expat_centre.appointment_fixtures import (
    APPOINTMENT,
    EXPAT,
    appointment_world,
    valid_request,
)
from tests.leiden_site.test_worker_retries import mail_server, run_worker, the_next_try_is_due

__all__ = ["appointment_world", "mail_server"]  # the fixtures

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("sites")]

APPOINTMENT_TASKS = [
    "expat_centre.tasks.mail_appointment_confirmation",
    "expat_centre.tasks.mail_appointment_to_staff",
]


def test_a_request_made_during_an_outage_is_mailed_once_the_server_is_back(
    mail_server, appointment_world, settings
):
    settings.EXPAT_APPOINTMENTS_EMAIL = "desk@expat.example.org"
    response = Client().post(APPOINTMENT, valid_request(appointment_world), HTTP_HOST=EXPAT)
    assert response.status_code == 200
    appointment = AppointmentRequest.objects.get()  # stored before any mail is tried

    run_worker()  # the mail server is down
    assert mail_server.inbox.messages == []
    appointment.refresh_from_db()
    assert appointment.confirmation_mailed_at is None and appointment.staff_mailed_at is None

    mail_server.start()
    the_next_try_is_due()
    run_worker()
    run_worker()

    recipients = sorted(message["To"] for message in mail_server.inbox.messages)
    assert recipients == ["desk@expat.example.org", "priya@example.org"]
    appointment.refresh_from_db()
    assert appointment.confirmation_mailed_at and appointment.staff_mailed_at
    statuses = DBTaskResult.objects.filter(task_path__in=APPOINTMENT_TASKS).values_list(
        "status", flat=True
    )
    assert sorted(statuses) == [TaskResultStatus.SUCCESSFUL] * 2
