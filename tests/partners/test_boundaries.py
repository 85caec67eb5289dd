"""What a partner's own editor may and may not do, proved through the admin's own URLs.

The editor (a member of partner A's group) may edit and submit A's profile, upload into
A's collection and add events to the agenda. Everything else is refused, and every refusal
leaves the database exactly as it was.
"""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.models import Image
from wagtail.models import WorkflowState

from discoveries.factories import EventPageFactory
from discoveries.models import EventPage
from tests.conftest import publish
from tests.partners.conftest import db_state, event_form, partner_form, png
from tests.refusals import assert_refused


@pytest.fixture
def as_editor_a(client, world):
    client.force_login(world["editor_a"])
    return client


# --- Allowed ---------------------------------------------------------------------------------


def test_editor_submits_own_page_and_live_page_waits_for_approval(as_editor_a, world, client):
    partner = world["a"]
    edit_url = f"/admin/pages/{partner.pk}/edit/"
    form = as_editor_a.get(edit_url)
    assert form.status_code == 200
    assert 'name="action-submit"' in form.text
    assert 'name="action-publish"' not in form.text

    response = as_editor_a.post(
        edit_url,
        partner_form(partner, intro_nl="Nieuw: de wereld in Leiden.", **{"action-submit": "1"}),
    )
    assert response.status_code == 302

    partner.refresh_from_db()
    assert partner.intro_nl == "Wereldculturen in Leiden."  # live content unchanged
    assert partner.get_latest_revision_as_object().intro_nl == "Nieuw: de wereld in Leiden."
    workflow_state = WorkflowState.objects.get(
        base_content_type__isnull=False, object_id=str(partner.pk)
    )
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    client.force_login(world["moderator"])
    task_state = workflow_state.current_task_state
    approve = client.post(
        f"/admin/pages/workflow/action/{partner.pk}/approve/{task_state.pk}/", {"comment": ""}
    )
    assert approve.status_code == 302
    partner.refresh_from_db()
    assert partner.intro_nl == "Nieuw: de wereld in Leiden."


def test_editor_uploads_image_into_own_collection(as_editor_a, world):
    collection = world["a"].collection
    response = as_editor_a.post(
        "/admin/images/add/",
        {
            "title": "Volkenkunde zaal",
            "file": SimpleUploadedFile("zaal.png", png(), content_type="image/png"),
            "collection": collection.pk,
        },
    )
    assert response.status_code == 302
    image = Image.objects.get(title="Volkenkunde zaal")
    assert image.collection == collection
    assert image.uploaded_by_user == world["editor_a"]


def test_editor_adds_event_with_own_organisation(as_editor_a, world, agenda):
    add_url = f"/admin/pages/add/discoveries/eventpage/{agenda.pk}/"
    form = as_editor_a.get(add_url)
    assert form.status_code == 200
    assert 'name="occurrences-TOTAL_FORMS"' in form.text
    assert 'name="organiser"' not in form.text  # partner editors cannot choose

    response = as_editor_a.post(add_url, event_form("Maskers", "maskers", **{"action-submit": "1"}))
    assert response.status_code == 302, response.context and response.context["form"].errors
    event = EventPage.objects.get(slug_nl="maskers")
    assert event.organiser_id == world["a"].pk
    assert event.owner == world["editor_a"]
    assert not event.live  # waits for a moderator
    assert event.occurrences.count() == 1
    assert WorkflowState.objects.filter(
        object_id=str(event.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


# --- Refused: partner B's page ---------------------------------------------------------------


def _b(world):
    return world["b"].pk


def _b_revision(world):
    return world["b"].latest_revision_id


PAGE_B_ACTIONS = [
    ("edit", "get", lambda w: f"/admin/pages/{_b(w)}/edit/", None),
    (
        "save draft",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/edit/",
        lambda w: partner_form(w["b"], intro_nl="Gekaapt"),
    ),
    (
        "submit",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/edit/",
        lambda w: partner_form(w["b"], intro_nl="Gekaapt", **{"action-submit": "1"}),
    ),
    (
        "publish",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/edit/",
        lambda w: partner_form(w["b"], intro_nl="Gekaapt", **{"action-publish": "1"}),
    ),
    ("preview", "get", lambda w: f"/admin/pages/{_b(w)}/edit/preview/", None),
    (
        "preview post",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/edit/preview/",
        lambda w: partner_form(w["b"], intro_nl="Gekaapt"),
    ),
    ("view draft", "get", lambda w: f"/admin/pages/{_b(w)}/view_draft/", None),
    ("history", "get", lambda w: f"/admin/pages/{_b(w)}/history/", None),
    ("revisions", "get", lambda w: f"/admin/pages/{_b(w)}/revisions/", None),
    (
        "view revision",
        "get",
        lambda w: f"/admin/pages/{_b(w)}/revisions/{_b_revision(w)}/view/",
        None,
    ),
    (
        "revert revision",
        "get",
        lambda w: f"/admin/pages/{_b(w)}/revisions/{_b_revision(w)}/revert/",
        None,
    ),
    (
        "compare revisions",
        "get",
        lambda w: f"/admin/pages/{_b(w)}/revisions/compare/live...{_b_revision(w)}/",
        None,
    ),
    (
        "compare earliest",
        "get",
        lambda w: f"/admin/pages/{_b(w)}/revisions/compare/earliest...latest/",
        None,
    ),
    ("copy", "get", lambda w: f"/admin/pages/{_b(w)}/copy/", None),
    (
        "copy post",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/copy/",
        lambda w: {
            "new_title": "Kopie",
            "new_slug": "kopie",
            "new_parent_page": w["b"].get_parent().pk,
            "publish_copies": "on",
        },
    ),
    ("move", "get", lambda w: f"/admin/pages/{_b(w)}/move/", None),
    (
        "move confirm",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/move/{w['a'].get_parent().get_parent().pk}/confirm/",
        lambda w: {},
    ),
    ("delete", "get", lambda w: f"/admin/pages/{_b(w)}/delete/", None),
    ("delete post", "post", lambda w: f"/admin/pages/{_b(w)}/delete/", lambda w: {}),
    ("unpublish", "get", lambda w: f"/admin/pages/{_b(w)}/unpublish/", None),
    ("unpublish post", "post", lambda w: f"/admin/pages/{_b(w)}/unpublish/", lambda w: {}),
    ("lock", "post", lambda w: f"/admin/pages/{_b(w)}/lock/", lambda w: {}),
    (
        "privacy",
        "post",
        lambda w: f"/admin/pages/{_b(w)}/privacy/",
        lambda w: {"restriction_type": "password", "password": "geheim"},
    ),
    (
        "add partner",
        "get",
        lambda w: f"/admin/pages/add/partners/partnerpage/{w['b'].get_parent().pk}/",
        None,
    ),
    (
        "add partner post",
        "post",
        lambda w: f"/admin/pages/add/partners/partnerpage/{w['b'].get_parent().pk}/",
        lambda w: partner_form(w["b"], title_nl="Nep", slug_nl="nep", **{"action-submit": "1"}),
    ),
]


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [pytest.param(m, u, d, id=name) for name, m, u, d in PAGE_B_ACTIONS],
)
def test_other_partners_page_is_out_of_reach(as_editor_a, world, method, url, data):
    before = db_state()
    if method == "get":
        response = as_editor_a.get(url(world))
    else:
        response = as_editor_a.post(url(world), data(world))
    assert_refused(as_editor_a, response)
    assert db_state() == before


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete"])
def test_bulk_actions_on_other_partner_change_nothing(as_editor_a, world, action):
    before = db_state()
    url = f"/admin/bulk/wagtailcore/page/{action}/?id={world['b'].pk}&next=/admin/"
    response = as_editor_a.post(url, {})
    assert_refused(as_editor_a, response)
    assert db_state() == before


def test_own_page_cannot_be_published_without_approval(as_editor_a, world):
    partner = world["a"]
    live_revision = partner.live_revision_id
    response = as_editor_a.post(
        f"/admin/pages/{partner.pk}/edit/",
        partner_form(partner, intro_nl="Meteen live?", **{"action-publish": "1"}),
    )
    assert response.status_code == 302  # saved, back to the editor; the checks below say how
    partner.refresh_from_db()
    assert partner.intro_nl == "Wereldculturen in Leiden."
    assert partner.live_revision_id == live_revision
    assert partner.has_unpublished_changes  # kept as a draft at most


# --- Refused: events -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "suffix"),
    [("get", "edit/"), ("post", "edit/"), ("post", "delete/"), ("post", "unpublish/")],
)
def test_other_partners_event_is_out_of_reach(as_editor_a, world, method, suffix):
    event = world["event_b"]
    before = db_state()
    url = f"/admin/pages/{event.pk}/{suffix}"
    if method == "get":
        response = as_editor_a.get(url)
    else:
        data = event_form("Overgenomen", event.slug_nl, **{"action-submit": "1"})
        response = as_editor_a.post(url, data)
    assert_refused(as_editor_a, response)
    assert db_state() == before


def test_new_event_cannot_name_another_organiser(as_editor_a, world, agenda):
    data = event_form("Nachtvlinders", "nachtvlinders", organiser=str(world["b"].pk))
    response = as_editor_a.post(f"/admin/pages/add/discoveries/eventpage/{agenda.pk}/", data)
    assert response.status_code == 302
    event = EventPage.objects.get(slug_nl="nachtvlinders")
    assert event.organiser_id == world["a"].pk


def test_own_event_cannot_be_handed_to_another_organiser(as_editor_a, world, agenda):
    event = publish(
        EventPageFactory(
            parent=agenda,
            title_nl="Rondleiding",
            slug_nl="rondleiding",
            organiser=world["a"],
            owner=world["editor_a"],
        )
    )
    data = event_form(
        "Rondleiding",
        "rondleiding",
        organiser=str(world["b"].pk),
        **{"action-submit": "1"},
    )
    response = as_editor_a.post(f"/admin/pages/{event.pk}/edit/", data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.organiser_id == world["a"].pk
    assert event.get_latest_revision_as_object().organiser_id == world["a"].pk
