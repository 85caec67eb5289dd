"""The appointment page comes from the page cache, keyed on the service it preselects; its
form still sends, with JavaScript (the token from /csrf-token/) and without (second try)."""

import re

import pytest

from django.test import Client

from expat_centre.models import AppointmentRequest
from tests.expat_centre.appointment_fixtures import (
    APPOINTMENT,
    EXPAT,
    NAME,
    appointment_world,
    valid_request,
)

__all__ = ["appointment_world"]  # the fixture

pytestmark = pytest.mark.usefixtures("sites")
TOKEN_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]*)" data-form-token')


@pytest.fixture
def visitor(settings):
    settings.PAGE_CACHE_SECONDS = 60
    return Client(enforce_csrf_checks=True, HTTP_HOST=EXPAT)


def test_the_page_is_cached_per_service_and_ignores_other_parameters(visitor, appointment_world):
    permit = appointment_world["permit"].pk
    first = visitor.get(APPOINTMENT, {"service": permit})
    assert TOKEN_FIELD.search(first.text).group(1) == ""
    assert not first.cookies
    assert visitor.get(APPOINTMENT, {"service": permit})["X-Page-Cache"] == "hit"
    tracked = visitor.get(APPOINTMENT, {"service": permit, "utm_source": "mail"})
    assert tracked["X-Page-Cache"] == "hit"
    other = visitor.get(APPOINTMENT, {"service": appointment_world["registration"].pk})
    assert other.get("X-Page-Cache") != "hit"
    assert f'value="{permit}" id="id_services_1" checked' not in other.text


def test_the_form_sends_with_the_token_script(
    visitor, appointment_world, django_capture_on_commit_callbacks
):
    visitor.get(APPOINTMENT)
    token = visitor.get("/csrf-token/").json()["token"]
    data = {**valid_request(appointment_world), "csrfmiddlewaretoken": token}
    with django_capture_on_commit_callbacks(execute=True):
        assert visitor.post(APPOINTMENT, data).status_code == 200
    assert AppointmentRequest.objects.get().name == NAME


def test_without_javascript_the_form_comes_back_filled_in_and_sends_the_second_time(
    visitor, appointment_world, django_capture_on_commit_callbacks
):
    visitor.get(APPOINTMENT)
    data = valid_request(appointment_world)
    refused = visitor.post(APPOINTMENT, data)
    assert refused.status_code == 403
    assert f'value="{NAME}"' in refused.text
    assert "My partner joins us with our daughter." in refused.text
    assert not AppointmentRequest.objects.exists()
    token = TOKEN_FIELD.search(refused.text).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        sent = visitor.post(APPOINTMENT, {**data, "csrfmiddlewaretoken": token})
    assert sent.status_code == 200
    assert AppointmentRequest.objects.count() == 1
