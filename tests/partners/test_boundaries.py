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


def assert_refused(response, client=None, hops=3):
    """403, or Wagtail's redirect away with its permission message (a redirect to another
    admin view, such as the revisions index to the history, is followed to its refusal)."""
    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        location = response["Location"]
        if location not in ("/admin/", "/admin/login/") and client is not None and hops:
            return assert_refused(client.get(location), client, hops - 1)
        assert location in ("/admin/", "/admin/login/"), location


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
    assert_refused(response, as_editor_a)
    assert db_state() == before


@pytest.mark.parametrize("action", ["publish", "unpublish", "delete"])
def test_bulk_actions_on_other_partner_change_nothing(as_editor_a, world, action):
    before = db_state()
    url = f"/admin/bulk/wagtailcore/page/{action}/?id={world['b'].pk}&next=/admin/"
    response = as_editor_a.post(url, {})
    assert response.status_code in (200, 302, 403)
    assert db_state() == before


def test_own_page_cannot_be_published_without_approval(as_editor_a, world):
    partner = world["a"]
    live_revision = partner.live_revision_id
    response = as_editor_a.post(
        f"/admin/pages/{partner.pk}/edit/",
        partner_form(partner, intro_nl="Meteen live?", **{"action-publish": "1"}),
    )
    assert response.status_code in (200, 302)
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
    assert_refused(response, as_editor_a)
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


# --- Refused: B's images and documents ------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "own", "other"),
    [
        ("/admin/images/", "image_a", "image_b"),
        ("/admin/images/?q=geheim", None, "image_b"),
        ("/admin/images/chooser/", "image_a", "image_b"),
        ("/admin/images/chooser/results/?q=Hortus", None, "image_b"),
        ("/admin/documents/", "document_a", "document_b"),
        ("/admin/documents/chooser/", "document_a", "document_b"),
        ("/admin/documents/chooser/results/?q=Hortus", None, "document_b"),
    ],
)
def test_listings_and_choosers_show_only_own_media(as_editor_a, world, url, own, other):
    response = as_editor_a.get(url)
    assert response.status_code == 200
    text = (
        response.json()["html"]
        if response["Content-Type"].startswith("application/json")
        else response.text
    )
    if own:
        assert world[own].title in text
    assert world[other].title not in text


MEDIA_B_ACTIONS = [
    ("image edit", "get", lambda w: f"/admin/images/{w['image_b'].pk}/"),
    ("image edit post", "post", lambda w: f"/admin/images/{w['image_b'].pk}/"),
    ("image delete", "get", lambda w: f"/admin/images/{w['image_b'].pk}/delete/"),
    ("image delete post", "post", lambda w: f"/admin/images/{w['image_b'].pk}/delete/"),
    ("image chosen", "get", lambda w: f"/admin/images/chooser/chosen/{w['image_b'].pk}/"),
    ("document edit", "get", lambda w: f"/admin/documents/edit/{w['document_b'].pk}/"),
    ("document edit post", "post", lambda w: f"/admin/documents/edit/{w['document_b'].pk}/"),
    ("document delete", "get", lambda w: f"/admin/documents/delete/{w['document_b'].pk}/"),
    ("document delete post", "post", lambda w: f"/admin/documents/delete/{w['document_b'].pk}/"),
    ("document chosen", "get", lambda w: f"/admin/documents/chooser/chosen/{w['document_b'].pk}/"),
]


@pytest.mark.parametrize(
    ("method", "url"), [pytest.param(m, u, id=name) for name, m, u in MEDIA_B_ACTIONS]
)
def test_other_partners_media_are_out_of_reach(as_editor_a, world, method, url):
    before = db_state()
    if method == "get":
        response = as_editor_a.get(url(world))
    else:
        response = as_editor_a.post(
            url(world), {"title": "Gekaapt", "collection": world["a"].collection.pk}
        )
    assert_refused(response, as_editor_a)
    assert db_state() == before


def test_upload_cannot_land_in_other_partners_collection(as_editor_a, world):
    """With rights on one collection only, Wagtail ignores the posted collection."""
    b_collection = world["b"].collection
    before = list(Image.objects.filter(collection=b_collection).values_list("pk", "title"))
    as_editor_a.post(
        "/admin/images/add/",
        {
            "title": "Koekoeksei",
            "file": SimpleUploadedFile("ei.png", png(), content_type="image/png"),
            "collection": b_collection.pk,
        },
    )
    after = list(Image.objects.filter(collection=b_collection).values_list("pk", "title"))
    assert after == before
    for image in Image.objects.filter(title="Koekoeksei"):
        assert image.collection_id == world["a"].collection_id


# --- Refused: everything that is not the partner's business ---------------------------------


STAFF_AREAS = [
    ("forms submissions", "get", lambda w: f"/admin/forms/submissions/{w['form'].pk}/"),
    ("forms export", "get", lambda w: f"/admin/forms/submissions/{w['form'].pk}/?export=csv"),
    ("forms delete", "post", lambda w: f"/admin/forms/submissions/{w['form'].pk}/delete/"),
    ("users", "get", lambda w: "/admin/users/"),
    ("user add", "post", lambda w: "/admin/users/new/"),
    ("user edit", "get", lambda w: f"/admin/users/edit/{w['editor_b'].pk}/"),
    ("groups", "get", lambda w: "/admin/groups/"),
    ("own group edit", "post", lambda w: f"/admin/groups/edit/{w['a'].group_id}/"),
    ("sites", "get", lambda w: "/admin/sites/"),
    ("collections", "get", lambda w: "/admin/collections/"),
    ("workflows", "get", lambda w: "/admin/workflows/list/"),
    ("site identity", "get", lambda w: f"/admin/settings/leiden_site/siteidentity/{w['site'].pk}/"),
    (
        "site identity post",
        "post",
        lambda w: f"/admin/settings/leiden_site/siteidentity/{w['site'].pk}/",
    ),
    ("navigation", "get", lambda w: f"/admin/settings/leiden_site/navigation/{w['site'].pk}/"),
    ("board", "get", lambda w: "/admin/snippets/partners/boardmember/"),
    ("board add", "post", lambda w: "/admin/snippets/partners/boardmember/add/"),
    ("themes", "get", lambda w: "/admin/snippets/leiden_site/theme/"),
    ("theme add", "post", lambda w: "/admin/snippets/leiden_site/theme/add/"),
    ("congress requests", "get", lambda w: "/admin/snippets/discoveries/congressrequest/"),
    ("subscribers", "get", lambda w: "/admin/snippets/discoveries/subscriber/"),
    ("subscribers export", "get", lambda w: "/admin/snippets/discoveries/subscriber/?export=csv"),
    ("redirects", "get", lambda w: "/admin/redirects/"),
    ("redirect add", "post", lambda w: "/admin/redirects/add/"),
    ("invite", "get", lambda w: "/admin/partners/invite/"),
    ("invite post", "post", lambda w: "/admin/partners/invite/"),
]


def staff_area_data(world):
    """Plausible valid input for every form above, so only the permission stands in the way."""
    return {
        "email": "indringer@example.org",
        "username": "indringer",
        "password1": "een-lang-wachtwoord-42",
        "password2": "een-lang-wachtwoord-42",
        "partner": world["b"].pk,
        "name": "Indringer",
        "name_nl": "Indringer",
        "slug": "indringer",
        "old_path": "/oud/",
        "redirect_link": "https://example.org/",
        "site": "",
        "is_permanent": "on",
        "organisation_name": "Gekaapt",
        "term_start": "2026-01-01",
        "represents_municipality": "on",
        "selected-submissions": [],
    }


@pytest.mark.parametrize(
    ("method", "url"), [pytest.param(m, u, id=name) for name, m, u in STAFF_AREAS]
)
def test_staff_areas_are_refused(as_editor_a, world, sites, method, url):
    world = {**world, "site": sites["discoveries"]}
    before = db_state()
    if method == "get":
        response = as_editor_a.get(url(world))
    else:
        response = as_editor_a.post(url(world), staff_area_data(world))
    assert_refused(response, as_editor_a)
    assert db_state() == before


def test_form_listing_shows_no_form_pages(as_editor_a, world):
    response = as_editor_a.get("/admin/forms/")
    if response.status_code == 200:
        assert f"/admin/forms/submissions/{world['form'].pk}/" not in response.text
        assert "Geheime Inzender" not in response.text
    else:
        assert_refused(response, as_editor_a)


def test_own_page_cannot_use_other_partners_image(as_editor_a, world):
    """Choosing B's image by its id in A's form must not put it on A's page."""
    partner = world["a"]
    as_editor_a.post(
        f"/admin/pages/{partner.pk}/edit/",
        partner_form(partner, logo=str(world["image_b"].pk), **{"action-submit": "1"}),
    )
    partner.refresh_from_db()
    assert partner.get_latest_revision_as_object().logo_id != world["image_b"].pk
