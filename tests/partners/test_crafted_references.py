"""A crafted form post cannot put another partner's image or document on a page, nor
link to another partner's proposal: not in a StreamField block, not in rich text."""

import json

import pytest

from discoveries.factories import EventPageFactory
from tests.partners.conftest import partner_form

STREAM = "body_nl"


def image_block(image_id) -> dict:
    return {
        f"{STREAM}-count": "1",
        f"{STREAM}-0-type": "image",
        f"{STREAM}-0-deleted": "",
        f"{STREAM}-0-order": "0",
        f"{STREAM}-0-id": "",
        f"{STREAM}-0-value-image": str(image_id),
        f"{STREAM}-0-value-alt_text": "Een zaal",
        f"{STREAM}-0-value-caption": "",
        f"{STREAM}-0-value-credit": "",
    }


def rich_text_block(entity_type, entity_data) -> dict:
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "text": "Lees meer",
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 9, "key": 0}],
            }
        ],
        "entityMap": {"0": {"type": entity_type, "mutability": "MUTABLE", "data": entity_data}},
    }
    return {
        f"{STREAM}-count": "1",
        f"{STREAM}-0-type": "paragraph",
        f"{STREAM}-0-deleted": "",
        f"{STREAM}-0-order": "0",
        f"{STREAM}-0-id": "",
        f"{STREAM}-0-value": json.dumps(contentstate),
    }


@pytest.fixture
def proposal_b(agenda, world):
    """Partner B's event that is not live yet."""
    event = EventPageFactory(
        parent=agenda, title_nl="Nog geheim", slug_nl="nog-geheim", owner=world["editor_b"]
    )
    event.unpublish()
    return event


@pytest.fixture
def as_editor_a(client, world, proposal_b):
    world["proposal_b"] = proposal_b
    client.force_login(world["editor_a"])
    return client


def save_profile(client, partner, body: dict):
    data = partner_form(partner, **body)
    return client.post(f"/admin/pages/{partner.pk}/edit/", data)


def stored_body(partner):
    partner.refresh_from_db()
    return partner.get_latest_revision_as_object().body_nl.raw_data


def test_own_image_in_a_block_is_saved(as_editor_a, world):
    response = save_profile(as_editor_a, world["a"], image_block(world["image_a"].pk))
    assert response.status_code == 302
    assert stored_body(world["a"])[0]["value"]["image"] == world["image_a"].pk


@pytest.mark.parametrize(
    "body",
    [
        lambda w: image_block(w["image_b"].pk),
        lambda w: rich_text_block("DOCUMENT", {"id": w["document_b"].pk}),
        lambda w: rich_text_block("LINK", {"id": w["proposal_b"].pk}),
    ],
    ids=["image block", "document link in rich text", "link to another partner's proposal"],
)
def test_another_partners_media_is_refused_and_nothing_is_saved(as_editor_a, world, body):
    revisions_before = world["a"].revisions.count()
    response = save_profile(as_editor_a, world["a"], body(world))
    assert response.status_code == 200  # the form again, with the reason
    assert "Deze mag u hier niet gebruiken" in " ".join(response.context["form"].errors[STREAM])
    assert world["a"].revisions.count() == revisions_before


def test_own_document_and_live_pages_may_be_linked(as_editor_a, world):
    for body in [
        rich_text_block("DOCUMENT", {"id": world["document_a"].pk}),
        rich_text_block("LINK", {"id": world["event_b"].pk}),
    ]:
        assert save_profile(as_editor_a, world["a"], body).status_code == 302
