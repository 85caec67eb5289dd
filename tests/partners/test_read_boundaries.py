"""What a partner's editor may not read: visitors' personal data, other partners' media and
proposals, through the choosers, the admin API, reports and history.

Partner B has an image, a document and an event proposal still in moderation; the
editor of partner A looks for them everywhere the admin offers.
"""

import datetime
import json

import pytest

from django.test import Client
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Workflow

from discoveries.factories import EventPageFactory
from discoveries.models import CongressRequest, Subscriber
from tests.refusals import assert_refused

SECRET_EVENT = "Geheime proeverij"
SECRET_NAME = "Geheime Inzender"


@pytest.fixture
def proposal_b(agenda, world):
    """Partner B's event, written by B's editor and waiting for a moderator."""
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=20)
    event = EventPageFactory(
        parent=agenda,
        title_nl=SECRET_EVENT,
        slug_nl="geheime-proeverij",
        organiser=world["b"],
        owner=world["editor_b"],
        live=False,
        occurrences=[(start, start + datetime.timedelta(hours=2))],
    )
    revision = event.save_revision(user=world["editor_b"])
    Workflow.objects.get(name="Partner review").start(event, world["editor_b"])
    event.refresh_from_db()
    assert revision.pk == event.latest_revision_id
    return event


@pytest.fixture
def personal_data(world):
    subscriber = Subscriber.objects.create(
        email="geheim@example.org", language="nl", consent_at=timezone.now()
    )
    congress = CongressRequest.objects.create(
        name=SECRET_NAME,
        email="congres@example.org",
        start_date=timezone.localdate() + datetime.timedelta(days=90),
        end_date=timezone.localdate() + datetime.timedelta(days=91),
        attendees=120,
        setup="theatre",
        language="nl",
    )
    return {"subscriber": subscriber, "congress": congress, "form": world["form"]}


@pytest.fixture
def as_editor_a(client, world, proposal_b, personal_data):
    client.force_login(world["editor_a"])
    return client


def shows_nothing_secret(client, response, *secrets, hops=3):
    """True when neither the response nor where its redirects land shows a secret."""
    while response.status_code == 302 and hops:
        response = client.get(response["Location"])
        hops -= 1
    assert response.status_code in (200, 403, 404, 405), response.status_code
    text = response.content.decode()
    return not any(secret in text for secret in secrets)


# --- 1. Visitors' personal data through the snippet choosers ---------------------------------


@pytest.mark.parametrize("model", ["subscriber", "congressrequest"])
@pytest.mark.parametrize("view", ["", "results/"])
def test_snippet_choosers_of_personal_data_are_refused(as_editor_a, model, view):
    response = as_editor_a.get(f"/admin/snippets/choose/discoveries/{model}/{view}")
    assert_refused(as_editor_a, response)


def test_chosen_views_of_personal_data_are_refused(as_editor_a, personal_data):
    subscriber, congress = personal_data["subscriber"], personal_data["congress"]
    for url in [
        f"/admin/snippets/choose/discoveries/subscriber/chosen/{subscriber.pk}/",
        f"/admin/snippets/choose/discoveries/congressrequest/chosen/{congress.pk}/",
        f"/admin/snippets/choose/discoveries/congressrequest/chosen-multiple/?id={congress.pk}",
    ]:
        response = as_editor_a.get(url)
        assert_refused(as_editor_a, response)


def test_moderators_still_choose_what_they_may_see(client, world, personal_data):
    client.force_login(world["moderator"])
    response = client.get("/admin/snippets/choose/discoveries/congressrequest/")
    assert response.status_code == 200
    assert SECRET_NAME in response.content.decode()


def test_form_submissions_of_other_pages_are_refused(as_editor_a, world):
    response = as_editor_a.get(f"/admin/forms/submissions/{world['form'].pk}/")
    assert shows_nothing_secret(as_editor_a, response, SECRET_NAME)
    assert FormSubmission.objects.filter(page=world["form"]).exists()


# --- 2. The admin API --------------------------------------------------------------------


def api_items(client, endpoint, **params):
    response = client.get(f"/admin/api/main/{endpoint}/", params)
    assert response.status_code == 200, response.content[:200]
    return response.json()["items"]


def test_admin_api_lists_only_own_images_and_documents(as_editor_a, world):
    image_ids = {item["id"] for item in api_items(as_editor_a, "images")}
    assert world["image_a"].pk in image_ids
    assert world["image_b"].pk not in image_ids
    document_ids = {item["id"] for item in api_items(as_editor_a, "documents")}
    assert world["document_b"].pk not in document_ids
    assert as_editor_a.get(f"/admin/api/main/images/{world['image_b'].pk}/").status_code == 404
    document_b = world["document_b"].pk
    assert as_editor_a.get(f"/admin/api/main/documents/{document_b}/").status_code == 404


def test_admin_api_hides_other_partners_proposals(as_editor_a, agenda, proposal_b, world):
    titles = {item["title"] for item in api_items(as_editor_a, "pages", child_of=agenda.pk)}
    assert SECRET_EVENT not in titles
    assert world["event_b"].title in titles  # live events stay visible
    assert as_editor_a.get(f"/admin/api/main/pages/{proposal_b.pk}/").status_code == 404


# --- 3. Choosers for images, documents and pages ---------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "/admin/images/chooser/",
        "/admin/images/chooser/results/?q=hortus",
        "/admin/documents/chooser/",
        "/admin/documents/chooser/results/?q=hortus",
    ],
)
def test_media_choosers_offer_only_own_media(as_editor_a, world, url):
    response = as_editor_a.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    assert world["image_b"].title not in text
    assert world["document_b"].title not in text


def test_chosen_views_refuse_other_partners_media(as_editor_a, world):
    for url in [
        f"/admin/images/chooser/{world['image_b'].pk}/",
        f"/admin/documents/chooser/{world['document_b'].pk}/",
    ]:
        assert shows_nothing_secret(as_editor_a, as_editor_a.get(url), "Hortus"), url


@pytest.mark.parametrize(
    "url",
    ["/admin/choose-page/", "/admin/choose-page/search/?q=proeverij"],
)
def test_page_chooser_hides_other_partners_proposals(as_editor_a, agenda, url):
    response = as_editor_a.get(url)
    assert response.status_code == 200
    assert SECRET_EVENT not in response.content.decode()
    listing = as_editor_a.get(f"/admin/choose-page/{agenda.pk}/")
    assert SECRET_EVENT not in listing.content.decode()


# --- 4. Other partners' proposals in listings, search, reports and history -------------------


@pytest.mark.parametrize(
    "url",
    [
        "/admin/pages/search/?q=proeverij",
        "/admin/reports/site-history/",
        "/admin/reports/page-types-usage/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/aging-pages/",
        "/admin/reports/locked/",
        "/admin/workflows/tasks/index/",
        "/admin/",
    ],
)
def test_proposals_of_other_partners_stay_out_of_sight(as_editor_a, url):
    assert shows_nothing_secret(as_editor_a, as_editor_a.get(url), SECRET_EVENT)


def test_agenda_listing_shows_live_events_and_own_proposals_only(as_editor_a, agenda, world):
    response = as_editor_a.get(f"/admin/pages/{agenda.pk}/")
    text = response.content.decode()
    assert response.status_code == 200
    assert SECRET_EVENT not in text
    assert world["event_b"].title in text


@pytest.mark.parametrize("view", ["usage/", "history/", "edit/", "view_draft/", "workflow/"])
def test_proposal_pages_of_other_partners_are_refused(as_editor_a, proposal_b, view):
    response = as_editor_a.get(f"/admin/pages/{proposal_b.pk}/{view}")
    assert shows_nothing_secret(as_editor_a, response, SECRET_EVENT)


def test_moderators_see_every_proposal(client, world, agenda, proposal_b):
    client.force_login(world["moderator"])
    assert SECRET_EVENT in client.get(f"/admin/pages/{agenda.pk}/").content.decode()


def test_partners_see_their_own_proposals(client, world, agenda, proposal_b):
    client.force_login(world["editor_b"])
    assert SECRET_EVENT in client.get(f"/admin/pages/{agenda.pk}/").content.decode()


# --- 5. The copy-translation endpoint of wagtail-modeltranslation ---------------------------


def copy_translation_post(page, **extra):
    return {
        "origin_field_name": "body_nl",
        "target_field_name": "body_en",
        "serializedOriginField": json.dumps(extra.pop("serialized", [])),
        **extra,
    }


def copy_url(page_id):
    return f"/admin/pages/{page_id}/edit/copy_translation_content/"


def test_copy_translation_refuses_get_and_unknown_pages(as_editor_a, world):
    assert as_editor_a.get(copy_url(world["a"].pk)).status_code == 405
    ajax = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}
    assert (
        as_editor_a.post(copy_url(999999), copy_translation_post(None), **ajax).status_code == 404
    )


def test_copy_translation_needs_the_csrf_token(world):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(world["editor_a"])
    response = strict.post(
        copy_url(world["a"].pk),
        copy_translation_post(world["a"]),
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 403


def test_copy_translation_needs_edit_permission(as_editor_a, world):
    response = as_editor_a.post(
        copy_url(world["b"].pk),
        copy_translation_post(world["b"]),
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 403


def test_copy_translation_renders_no_image_of_another_partner(as_editor_a, world):
    image_b = world["image_b"]
    serialized = [
        {"name": "body_nl-count", "value": "1"},
        {"name": "body_nl-0-type", "value": "image"},
        {"name": "body_nl-0-deleted", "value": ""},
        {"name": "body_nl-0-order", "value": "0"},
        {"name": "body_nl-0-value-image", "value": str(image_b.pk)},
        {"name": "body_nl-0-value-alt_text", "value": "kas"},
    ]
    response = as_editor_a.post(
        copy_url(world["a"].pk),
        copy_translation_post(world["a"], serialized=serialized),
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 400
    assert image_b.title not in response.content.decode()


def test_copy_translation_still_copies_for_the_editor(as_editor_a, world):
    serialized = [
        {"name": "body_nl-count", "value": "1"},
        {"name": "body_nl-0-type", "value": "quote"},
        {"name": "body_nl-0-deleted", "value": ""},
        {"name": "body_nl-0-order", "value": "0"},
        {"name": "body_nl-0-value-quote", "value": "Wereldculturen"},
        {"name": "body_nl-0-value-attribution", "value": ""},
    ]
    response = as_editor_a.post(
        copy_url(world["a"].pk),
        copy_translation_post(world["a"], serialized=serialized),
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert "Wereldculturen" in json.loads(response.content)
