"""A moderator's approval publishes, so on a site that requires complete languages it refuses
an incomplete page the way "Publish" does: the moderator reads what is missing and the page
stays in moderation (docs/conventions.md, rule 9)."""

import pytest

from django.contrib.auth.models import Group, User
from django.test import Client

from wagtail.models import WorkflowState
from wagtail.users.models import UserProfile

from leiden_site.declarations import MARKETING_EDITORS
from tests.leiden_site.test_language_fallback import edit_post

REFUSAL = "approving it now would publish it incomplete"


@pytest.fixture
def editor(sites):
    user = User.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name=MARKETING_EDITORS))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    editor_client = Client()
    editor_client.force_login(user)
    return editor_client


def submit(editor, page, german_body=False) -> WorkflowState:
    """The editor changes the Dutch title and submits the page to the moderators."""
    response = edit_post(
        editor, page, "Grachten van Leiden", action="action-submit", german_body=german_body
    )
    assert response.status_code == 302
    return WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")


def approve_url(page, state) -> str:
    return f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state_id}/"


def assert_still_in_moderation(page, state):
    page.refresh_from_db()
    assert page.title_nl == "Grachten"  # visitors still get the old version
    assert page.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_approving_an_incomplete_page_is_refused_with_what_is_missing(
    client, page, editor, moderator, completeness_required
):
    state = submit(editor, page)
    response = client.post(approve_url(page, state), {"comment": ""}, follow=True)
    assert response.status_code == 200
    assert REFUSAL in response.text
    assert "German: body" in response.text
    assert_still_in_moderation(page, state)


def test_approving_from_the_moderation_modal_is_refused_too(
    client, page, editor, moderator, completeness_required
):
    state = submit(editor, page)
    response = client.post(
        approve_url(page, state), {"comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest"
    )
    assert response.json()["step"] == "success"  # the modal closes; the next page says why
    assert REFUSAL in client.get(response.json()["redirect"]).text
    assert_still_in_moderation(page, state)


def test_approving_in_the_page_editor_is_refused_and_keeps_the_moderators_edits(
    client, page, editor, moderator, completeness_required
):
    state = submit(editor, page)
    response = edit_post(
        client,
        page,
        "Grachten in Leiden",
        action="action-workflow-action",
        extra={"workflow-action-name": "approve"},
    )
    assert response.status_code == 200
    assert REFUSAL in response.text
    assert "German: body" in response.text
    assert 'value="Grachten in Leiden"' in response.text
    assert_still_in_moderation(page, state)


def test_approving_a_complete_page_publishes_it(
    client, page, editor, moderator, completeness_required
):
    state = submit(editor, page, german_body=True)
    response = client.post(approve_url(page, state), {"comment": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Grachten van Leiden"
    assert not page.has_unpublished_changes
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_without_the_setting_approval_publishes_an_incomplete_page(client, page, editor, moderator):
    state = submit(editor, page)
    response = client.post(approve_url(page, state), {"comment": ""})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Grachten van Leiden"
