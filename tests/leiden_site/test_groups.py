"""Staff groups and their rights, proved through the admin's own URLs."""

import pytest

from django.contrib.auth.models import Group, User

from expat_centre.apps import EXPAT_STAFF
from leiden_site.declarations import MARKETING_EDITORS, MARKETING_MODERATORS
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish
from tests.refusals import assert_refused
from vvv.apps import VVV_STAFF


def member_of(group_name, username):
    user = User.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def pages(brand_home, vvv_home, expat_home):
    return {
        "brand": publish(StandardPageFactory(parent=brand_home, title_nl="Ontdek")),
        "vvv": publish(StandardPageFactory(parent=vvv_home, title_nl="Rondleidingen")),
        "expat": publish(StandardPageFactory(parent=expat_home, title_nl="Wonen")),
    }


def edit_post(client, page, title, action=None):
    data = {
        "title_nl": title,
        "slug_nl": page.slug_nl,
        "intro_nl": page.intro_nl or "",
        "body_nl-count": "0",
        "body_en-count": "0",
        "body_de-count": "0",
    }
    if action:
        data[action] = "1"
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def test_groups_exist_after_setup(sites):
    names = set(Group.objects.values_list("name", flat=True))
    assert {MARKETING_EDITORS, MARKETING_MODERATORS, VVV_STAFF, EXPAT_STAFF} <= names


@pytest.mark.parametrize(
    ("group", "allowed", "refused"),
    [
        (MARKETING_EDITORS, ["brand", "vvv", "expat"], []),
        (VVV_STAFF, ["vvv"], ["brand", "expat"]),
        (EXPAT_STAFF, ["expat"], ["brand", "vvv"]),
    ],
)
def test_edit_views_follow_the_group(client, pages, group, allowed, refused):
    client.force_login(member_of(group, "staff"))
    for key in allowed:
        assert client.get(f"/admin/pages/{pages[key].pk}/edit/").status_code == 200, key
    for key in refused:
        assert_refused(client, client.get(f"/admin/pages/{pages[key].pk}/edit/"))
        before = pages[key].title_nl
        edit_post(client, pages[key], "Overgenomen")
        pages[key].refresh_from_db()
        assert pages[key].title_nl == before
        assert pages[key].get_latest_revision().content["title_nl"] == before


def test_editor_saves_a_draft_but_cannot_publish(client, pages):
    client.force_login(member_of(MARKETING_EDITORS, "editor"))
    page = pages["brand"]
    edit_post(client, page, "Nieuwe titel", action="action-publish")
    page.refresh_from_db()
    assert page.title_nl == "Ontdek"  # the live page is unchanged
    assert page.has_unpublished_changes


def test_moderator_publishes(client, pages):
    client.force_login(member_of(MARKETING_MODERATORS, "moderator"))
    page = pages["vvv"]
    response = edit_post(client, page, "Stadswandelingen", action="action-publish")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_nl == "Stadswandelingen"
    settings_form = client.get("/admin/settings/leiden_site/siteidentity/", follow=True)
    assert settings_form.status_code == 200
    assert 'name="tagline_nl"' in settings_form.text


def test_site_staff_cannot_reach_settings_or_users(client, sites):
    client.force_login(member_of(VVV_STAFF, "vvv"))
    for url in ("/admin/users/", "/admin/groups/", "/admin/sites/"):
        assert_refused(client, client.get(url))
