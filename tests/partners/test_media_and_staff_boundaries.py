"""What a partner's own editor may not do with other partners' media, staff areas and forms.

Each refusal is followed to where it lands and leaves the database exactly as it was; the
pages and events are in `test_boundaries.py`.
"""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images.models import Image

from tests.partners.conftest import db_state, partner_form, png
from tests.refusals import assert_refused


@pytest.fixture
def as_editor_a(client, world):
    client.force_login(world["editor_a"])
    return client


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
    assert_refused(as_editor_a, response)
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
    assert_refused(as_editor_a, response)
    assert db_state() == before


def test_form_listing_shows_no_form_pages(as_editor_a, world):
    response = as_editor_a.get("/admin/forms/")
    if response.status_code == 200:
        assert f"/admin/forms/submissions/{world['form'].pk}/" not in response.text
        assert "Geheime Inzender" not in response.text
    else:
        assert_refused(as_editor_a, response)


def test_own_page_cannot_use_other_partners_image(as_editor_a, world):
    """Choosing B's image by its id in A's form must not put it on A's page."""
    partner = world["a"]
    as_editor_a.post(
        f"/admin/pages/{partner.pk}/edit/",
        partner_form(partner, logo=str(world["image_b"].pk), **{"action-submit": "1"}),
    )
    partner.refresh_from_db()
    assert partner.get_latest_revision_as_object().logo_id != world["image_b"].pk
