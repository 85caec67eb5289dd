"""A tour booking made while the mail server is down reaches the visitor and the desk once
the server is back, each mail exactly once (the real worker and a real SMTP server)."""

import pytest
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from django.test import Client

from tests.leiden_site.test_worker_retries import mail_server, run_worker, the_next_try_is_due
from tests.vvv.conftest import VVV
from tests.vvv.test_tour_booking import PILGRIMS_BOOKING, valid_request
from vvv.models import BookingRequest

__all__ = ["mail_server"]  # the fixture

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("sites")]

BOOKING_TASKS = ["vvv.tasks.mail_booking_confirmation", "vvv.tasks.mail_booking_to_staff"]


def test_a_booking_made_during_an_outage_is_mailed_once_the_server_is_back(
    mail_server, products, settings
):
    settings.VVV_BOOKINGS_EMAIL = "rondleidingen@vvv.example.org"
    response = Client().post(PILGRIMS_BOOKING, valid_request(), HTTP_HOST=VVV)
    assert response.status_code == 200
    booking = BookingRequest.objects.get()  # stored before any mail is tried

    run_worker()  # the mail server is down
    assert mail_server.inbox.messages == []
    booking.refresh_from_db()
    assert booking.confirmation_mailed_at is None and booking.staff_mailed_at is None

    mail_server.start()
    the_next_try_is_due()
    run_worker()
    run_worker()

    recipients = sorted(message["To"] for message in mail_server.inbox.messages)
    assert recipients == ["anna@example.org", "rondleidingen@vvv.example.org"]
    booking.refresh_from_db()
    assert booking.confirmation_mailed_at and booking.staff_mailed_at
    statuses = DBTaskResult.objects.filter(task_path__in=BOOKING_TASKS).values_list(
        "status", flat=True
    )
    assert sorted(statuses) == [TaskResultStatus.SUCCESSFUL] * 2
