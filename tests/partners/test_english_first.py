"""A partner may propose an event in English first: the Dutch fields it leaves empty take
the English text, and the page says what is still to be translated until someone does."""

import pytest

from discoveries.models import EventPage
from tests.partners.conftest import event_form
from tests.partners.test_dashboard import add_url

pytestmark = pytest.mark.django_db

ENGLISH = {
    "title_en": "Night of World Cultures",
    "slug_en": "night-of-world-cultures",
    "summary_en": "An evening among masks and music.",
}


def english_only(**changes):
    return {**event_form("", ""), "summary_nl": "", **ENGLISH, **changes, "action-submit": "1"}


def test_an_english_proposal_is_saved_with_dutch_filled_and_marked(client, world, agenda):
    client.force_login(world["editor_a"])
    response = client.post(add_url(agenda), english_only())
    assert response.status_code == 302

    event = EventPage.objects.get(title_en=ENGLISH["title_en"]).get_latest_revision_as_object()
    assert event.title_nl == ENGLISH["title_en"]
    assert event.summary_nl == ENGLISH["summary_en"]
    assert event.slug_nl == ENGLISH["slug_en"]
    assert event.dutch_copied_from_english == ["summary", "title"]

    # Moderators see it: in the page's "Languages" panel, and with the listing's filter.
    client.force_login(world["moderator"])
    edit = client.get(f"/admin/pages/{event.pk}/edit/", HTTP_ACCEPT_LANGUAGE="en").text
    assert 'data-complete="false"' in edit.split("translation-status")[1].split("</li>")[0]
    listed = client.get(f"/admin/pages/{agenda.pk}/", {"missing_translation": "nl"}).text
    assert f"/admin/pages/{event.pk}/edit/" in listed
    assert world["event_b"].title_nl not in listed


def test_writing_the_dutch_clears_the_mark(client, world, agenda):
    client.force_login(world["editor_a"])
    client.post(add_url(agenda), english_only())
    event = EventPage.objects.get(title_en=ENGLISH["title_en"])

    client.force_login(world["moderator"])
    data = english_only(title_nl="Nacht van de wereldculturen", slug_nl=ENGLISH["slug_en"])
    data["summary_nl"] = ENGLISH["summary_en"]
    data.pop("action-submit")
    response = client.post(f"/admin/pages/{event.pk}/edit/", data)
    assert response.status_code == 302
    event = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    assert event.dutch_copied_from_english == ["summary"]


def test_a_title_in_neither_language_is_refused_and_the_form_keeps_the_rest(client, world, agenda):
    client.force_login(world["editor_a"])
    events = EventPage.objects.count()
    response = client.post(add_url(agenda), english_only(title_en="", slug_en=""))
    assert response.status_code == 200
    assert EventPage.objects.count() == events
    assert ENGLISH["summary_en"] in response.text
    assert set(response.context["form"].errors) == {"title_nl", "slug_nl"}
