"""Admin log-in protection: guessing stops, the innocent keep their way in, staff unlock."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt

from django.contrib.auth.models import Group, User
from django.utils import timezone

from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS
from leiden_site.login_protection import LOCKOUT_LIMITS
from tests.refusals import assert_refused

PASSWORD = "correct-horse-battery"
PER_ACCOUNT, PER_ADDRESS = LOCKOUT_LIMITS


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", "editor@example.org", PASSWORD, is_staff=True)


def attempt(client, password, ip="10.0.0.1", username="editor"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_failures_lock_the_account_at_that_address_only(client, editor, django_user_model):
    for number in range(PER_ACCOUNT):
        attempt(client, f"wrong-{number}", ip="10.6.6.6")
    assert attempt(client, PASSWORD, ip="10.6.6.6").status_code == 429
    assert not logged_in(client)
    # The real editor, at the office, is not locked out by a guesser elsewhere.
    response = attempt(client, PASSWORD, ip="10.0.0.1")
    assert response.status_code == 302
    assert logged_in(client)


def test_a_correct_password_before_the_limit_logs_in(client, editor):
    attempt(client, "wrong")
    response = attempt(client, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_password_spraying_locks_the_address(client, editor):
    for number in range(PER_ADDRESS):
        attempt(client, "Welkom01", ip="10.7.7.7", username=f"user{number}")
    assert attempt(client, PASSWORD, ip="10.7.7.7").status_code == 429
    assert not logged_in(client)
    assert attempt(client, PASSWORD, ip="10.0.0.2").status_code == 302


def test_an_office_behind_one_address_survives_some_typing_mistakes(client, editor):
    for number in range(PER_ADDRESS - 1):
        attempt(client, "oops", ip="10.8.8.8", username=f"colleague{number % 5}")
    assert attempt(client, PASSWORD, ip="10.8.8.8").status_code == 302


def test_the_lock_ends_after_the_cool_off(client, editor, settings):
    for number in range(PER_ACCOUNT):
        attempt(client, f"wrong-{number}")
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    assert attempt(client, PASSWORD).status_code == 302


def test_attempts_during_a_lock_out_do_not_make_it_longer(client, editor, settings):
    for number in range(PER_ACCOUNT):
        attempt(client, f"wrong-{number}")
    locked_at = timezone.now() - settings.AXES_COOLOFF_TIME + timedelta(seconds=30)
    AccessAttempt.objects.update(attempt_time=locked_at)
    for _ in range(3):
        assert attempt(client, "still-guessing").status_code == 429
    assert AccessAttempt.objects.get().attempt_time == locked_at
    AccessAttempt.objects.update(attempt_time=locked_at - timedelta(minutes=1))
    assert attempt(client, PASSWORD).status_code == 302


def test_a_moderator_unlocks_an_account_from_the_admin(client, editor, sites):
    for number in range(PER_ACCOUNT):
        attempt(client, f"wrong-{number}")
    assert attempt(client, PASSWORD).status_code == 429
    moderator = User.objects.create_user("mod", "mod@example.org", "x")
    moderator.groups.add(Group.objects.get(name=MARKETING_MODERATORS))
    client.force_login(moderator)
    listing = client.get("/admin/login-lockouts/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    locked = AccessAttempt.objects.get(username="editor")
    response = client.post(f"/admin/login-lockouts/delete/{locked.pk}/")
    assert response.status_code == 302
    assert not AccessAttempt.objects.filter(username="editor").exists()
    client.logout()
    assert attempt(client, PASSWORD).status_code == 302


def test_editors_cannot_unlock_accounts(client, editor, sites):
    editor.groups.add(Group.objects.get(name=MARKETING_EDITORS))
    client.force_login(editor)
    assert_refused(client, client.get("/admin/login-lockouts/"))
