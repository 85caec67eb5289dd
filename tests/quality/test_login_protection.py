"""Admin login brute-force protection (django-axes): lock by username, with a cool-off."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt

from django.contrib.auth.models import User
from django.utils import timezone


@pytest.fixture
def editor(db):
    return User.objects.create_user(
        "editor", "editor@example.org", "correct-horse-battery", is_staff=True
    )


def attempt(client, password, ip="10.0.0.1"):
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=ip,
    )


def test_five_failures_lock_the_username_even_from_another_address(client, editor, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"wrong-{number}", ip=f"10.0.0.{number + 1}")
    response = attempt(client, "correct-horse-battery", ip="10.9.9.9")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_correct_password_before_the_limit_logs_in(client, editor):
    attempt(client, "wrong")
    response = attempt(client, "correct-horse-battery")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_the_lock_ends_after_the_cool_off(client, editor, settings):
    for number in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"wrong-{number}")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    response = attempt(client, "correct-horse-battery")
    assert response.status_code == 302
