"""A partner that leaves the network: retired (the usual way) or deleted, through the admin."""

import datetime

import pytest

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.models import GroupCollectionPermission, GroupPagePermission

from partners.models import BoardMember, PartnerPage
from tests.partners.conftest import PASSWORD
from tests.refusals import assert_refused


@pytest.fixture
def representative(world):
    return BoardMember.objects.create(
        name="Mr. Van Dijk",
        role="member",
        partner=world["a"],
        term_start=timezone.localdate() - datetime.timedelta(days=400),
    )


def former(name: str) -> str:
    return gettext("%(name)s (former partner)") % {"name": name}


def can_log_in(client, user) -> bool:
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    logged_in = "_auth_user_id" in client.session
    client.logout()
    return response.status_code == 302 and logged_in


def has_no_rights(partner) -> bool:
    group = partner.group
    return (
        group is None
        or not GroupPagePermission.objects.filter(group=group).exists()
        and not GroupCollectionPermission.objects.filter(group=group).exists()
        and not group.permissions.exists()
    )


def test_a_moderator_retires_a_partner(client, world, representative):
    partner, editor = world["a"], world["editor_a"]
    assert can_log_in(client, editor)
    client.force_login(world["moderator"])
    assert client.get(f"/admin/partners/{partner.pk}/retire/").status_code == 200
    response = client.post(f"/admin/partners/{partner.pk}/retire/")
    assert response.status_code == 302
    partner.refresh_from_db()
    assert not partner.live
    assert partner.retired_on == timezone.localdate()
    assert has_no_rights(partner)
    editor.refresh_from_db()
    assert not editor.is_active
    client.logout()
    assert not can_log_in(client, editor)
    representative.refresh_from_db()
    assert representative.represents == former(partner.title)


def test_an_editor_with_another_role_keeps_that_role(client, world, sites):
    editor = world["editor_a"]
    editor.groups.add(world["b"].group)
    client.force_login(world["moderator"])
    client.post(f"/admin/partners/{world['a'].pk}/retire/")
    editor.refresh_from_db()
    assert editor.is_active
    assert list(editor.groups.all()) == [world["b"].group]


def test_deleting_warns_and_offers_retiring(client, world):
    client.force_login(world["moderator"])
    warning = client.get(f"/admin/pages/{world['a'].pk}/delete/")
    text = warning.content.decode()
    assert f"/admin/partners/{world['a'].pk}/retire/" in text
    assert "?warned=1" in text


def test_deleting_a_partner_takes_every_right_and_keeps_the_board_record(
    client, world, representative
):
    partner, editor = world["a"], world["editor_a"]
    group_pk = partner.group_id
    client.force_login(world["moderator"])
    response = client.post(f"/admin/pages/{partner.pk}/delete/")
    assert response.status_code == 302
    assert not PartnerPage.objects.filter(pk=partner.pk).exists()
    assert not GroupPagePermission.objects.filter(group_id=group_pk).exists()
    assert not get_user_model().objects.get(pk=editor.pk).is_active
    representative.refresh_from_db()
    assert representative.partner is None
    assert representative.represents == former("Museum Volkenkunde")
    assert not representative.represents_municipality


def test_a_partner_editor_cannot_retire_anyone(client, world):
    client.force_login(world["editor_a"])
    response = client.post(f"/admin/partners/{world['b'].pk}/retire/")
    assert_refused(client, response)
    world["b"].refresh_from_db()
    assert world["b"].live and world["b"].retired_on is None
