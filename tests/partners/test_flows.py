"""The partner life cycle end to end: rights on creation, invitation, moderation."""

import re
from urllib.parse import urlparse

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

from discoveries.models import EventPage
from leiden_site.declarations import MARKETING_MODERATORS
from partners.rights import TASK_NAME, WORKFLOW_NAME, ensure_partner_rights
from tests.conftest import publish
from tests.partners.conftest import PASSWORD, event_form, partner_form
from tests.refusals import assert_refused

User = get_user_model()
LINK = re.compile(r"https?://\S+/admin/password_reset/confirm/\S+/")


# --- (1) Creating a partner gives it its rights, once ---------------------------------------


def rights_of(partner) -> dict:
    group_name = f"Partner: {partner.title_nl}"
    return {
        "groups": list(Group.objects.filter(name=group_name).values_list("pk", flat=True)),
        "collections": list(
            Collection.objects.filter(name=group_name).values_list("pk", flat=True)
        ),
        "page_permissions": sorted(
            GroupPagePermission.objects.filter(group=partner.group).values_list(
                "page", "permission__codename"
            )
        ),
        "media_permissions": GroupCollectionPermission.objects.filter(group=partner.group).count(),
        "workflows": Workflow.objects.filter(name=WORKFLOW_NAME).count(),
        "tasks": GroupApprovalTask.objects.filter(name=TASK_NAME).count(),
        "workflow_pages": sorted(
            WorkflowPage.objects.filter(workflow__name=WORKFLOW_NAME).values_list("page", flat=True)
        ),
    }


def test_new_partner_gets_group_collection_and_workflow(partner_a, agenda):
    partner_a.refresh_from_db()
    assert partner_a.group.name == "Partner: Museum Volkenkunde"
    assert partner_a.collection.name == "Partner: Museum Volkenkunde"
    rights = rights_of(partner_a)
    assert rights["page_permissions"] == sorted(
        [(partner_a.pk, "change_page"), (agenda.pk, "add_page")]
    )
    assert rights["media_permissions"] == 6
    assert rights["workflow_pages"] == sorted([partner_a.get_parent().pk, agenda.pk])
    task = GroupApprovalTask.objects.get(name=TASK_NAME)
    assert list(task.groups.values_list("name", flat=True)) == [MARKETING_MODERATORS]
    assert partner_a.group.permissions.filter(codename="access_admin").exists()


def test_saving_again_duplicates_nothing(partner_a, partner_b):
    before = rights_of(partner_a)
    partner_a.intro_nl = "Opnieuw opgeslagen."
    partner_a.save()
    publish(partner_a)
    ensure_partner_rights(partner_a)
    ensure_partner_rights(partner_a)
    partner_a.refresh_from_db()
    assert rights_of(partner_a) == before
    assert len(before["groups"]) == 1 and len(before["collections"]) == 1
    assert before["workflows"] == 1 and before["tasks"] == 1
    assert partner_b.group_id != partner_a.group_id
    assert partner_b.collection_id != partner_a.collection_id


# --- (2) Invitation ------------------------------------------------------------------------


def set_password_path(message) -> str:
    match = LINK.search(message.body)
    assert match, message.body
    return urlparse(match.group(0)).path


def test_invitation_end_to_end(client, partner_a, moderator, django_capture_on_commit_callbacks):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/partners/invite/", {"email": "Nieuw@Example.org", "partner": partner_a.pk}
        )
    assert response.status_code == 302

    user = User.objects.get(username="nieuw@example.org")
    assert partner_a.group in user.groups.all()
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["nieuw@example.org"]
    path = set_password_path(mail.outbox[0])

    client.logout()
    form = client.get(path, follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0] if form.redirect_chain else path
    assert 'name="new_password1"' in form.text
    done = client.post(
        set_password_url,
        {"new_password1": PASSWORD, "new_password2": PASSWORD},
        follow=True,
    )
    assert done.status_code == 200
    user.refresh_from_db()
    assert user.check_password(PASSWORD)

    login = client.post("/admin/login/", {"username": "nieuw@example.org", "password": PASSWORD})
    assert login.status_code == 302
    assert client.get("/admin/").status_code == 200
    # The link works once.
    assert 'name="new_password1"' not in client.get(path, follow=True).text


def test_non_moderator_cannot_invite(
    client, partner_a, editor_a, django_capture_on_commit_callbacks
):
    client.force_login(editor_a)
    users = User.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/partners/invite/", {"email": "vriend@example.org", "partner": partner_a.pk}
        )
    assert_refused(client, response)
    assert User.objects.count() == users
    assert mail.outbox == []


@pytest.mark.parametrize("lookup", ["pk", "slug"])
def test_management_command_invites(partner_a, lookup, django_capture_on_commit_callbacks):
    partner = str(partner_a.pk) if lookup == "pk" else partner_a.slug_nl
    with django_capture_on_commit_callbacks(execute=True):
        call_command("invite_partner_user", "cli@example.org", partner)
    user = User.objects.get(username="cli@example.org")
    assert partner_a.group in user.groups.all()
    assert not user.has_usable_password()
    assert len(mail.outbox) == 1
    set_password_path(mail.outbox[0])


def test_management_command_refuses_unknown_partner(partner_a):
    with pytest.raises(CommandError):
        call_command("invite_partner_user", "cli@example.org", "bestaat-niet")
    assert not User.objects.filter(username="cli@example.org").exists()


# --- (3) Moderation ------------------------------------------------------------------------


def approve(client, moderator, page):
    state = WorkflowState.objects.get(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    )
    client.force_login(moderator)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.current_task_state.pk}/",
        {"comment": "Prima"},
    )
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_partner_change_goes_live_after_approval(client, partner_a, editor_a, moderator):
    public_url = f"/nl/{partner_a.get_parent().slug_nl}/{partner_a.slug_nl}/"
    assert "Wereldculturen in Leiden." in client.get(public_url, HTTP_HOST="localhost").text

    client.force_login(editor_a)
    response = client.post(
        f"/admin/pages/{partner_a.pk}/edit/",
        partner_form(partner_a, intro_nl="Nu met een nieuwe vleugel.", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    client.logout()
    before = client.get(public_url, HTTP_HOST="localhost")
    assert before.status_code == 200
    assert "Wereldculturen in Leiden." in before.text
    assert "Nu met een nieuwe vleugel." not in before.text

    approve(client, moderator, partner_a)
    client.logout()
    after = client.get(public_url, HTTP_HOST="localhost")
    assert "Nu met een nieuwe vleugel." in after.text


def test_partner_event_appears_in_agenda_after_approval(
    client, agenda, partner_a, editor_a, moderator
):
    client.force_login(editor_a)
    response = client.post(
        f"/admin/pages/add/discoveries/eventpage/{agenda.pk}/",
        event_form("Maskernacht", "maskernacht", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    event = EventPage.objects.get(slug_nl="maskernacht")
    assert event.organiser_id == partner_a.pk
    client.logout()
    agenda_url = f"/nl/{agenda.slug_nl}/"
    assert "Maskernacht" not in client.get(agenda_url, HTTP_HOST="localhost").text
    assert client.get(f"{agenda_url}maskernacht/", HTTP_HOST="localhost").status_code == 404

    approve(client, moderator, event)
    client.logout()
    event.refresh_from_db()
    assert event.live
    assert "Maskernacht" in client.get(agenda_url, HTTP_HOST="localhost").text
    assert client.get(f"{agenda_url}maskernacht/", HTTP_HOST="localhost").status_code == 200


@pytest.mark.parametrize("language", ["nl", "en", "de"])
def test_directory_profile_and_board_render_in_every_language(client, sites, language):
    from tests.partners.catalogue import build_partner_catalogue

    for entry in build_partner_catalogue(sites):
        response = client.get(entry.url(language), HTTP_HOST=entry.host)
        assert response.status_code == 200, (entry.name, language)
        assert f'<html lang="{language}"' in response.text


@pytest.mark.parametrize("params", [{"sector": "circus"}, {"letter": "1"}, {"letter": "ÄB"}])
def test_directory_refuses_bad_filters_with_a_message(client, sites, params):
    from tests.partners.catalogue import build_partner_catalogue

    directory = build_partner_catalogue(sites)[0]
    response = client.get(directory.url("nl"), params, HTTP_HOST=directory.host)
    assert response.status_code == 400
    assert 'role="alert"' in response.text
