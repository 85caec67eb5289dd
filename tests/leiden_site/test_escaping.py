"""Whatever an editor or a visitor types is shown as text, never run as markup.

Script payloads go into every text field visitors read, of every page type, inline row,
snippet and site setting (`tests/leiden_site/escaping.py` finds them by introspection),
into the form fields and the search query; then every page of the catalogue is rendered
and no payload may come out as live markup. Rich text keeps its markup, but Wagtail's
rich-text whitelist (the editor's converter) must strip scripts and event handlers.
"""

import re
from urllib.parse import urlencode

import pytest

from django.utils import translation
from django.utils.html import escape

from wagtail.images.models import Image
from wagtail.models import Page

from leiden_site.models import FormPage, StandardPage
from tests.catalogue import build_catalogue
from tests.conftest import publish
from tests.leiden_site.escaping import (
    ESCAPED_SCRIPT,
    PAYLOAD,
    RICH_PAYLOAD,
    cache_embed,
    editor_rich_text,
    live_markup,
    poison_everything,
    visitor_models,
)


@pytest.fixture
def poisoned_catalogue(sites):
    catalogue = build_catalogue(sites)
    cache_embed()
    image = Image.objects.get(title="Rapenburg")
    content = StandardPage.objects.get(slug_nl="ontdek")
    filled = poison_everything(image, content)
    # Cards show the chosen page's title and summary too: refresh them after the edits.
    publish(Page.objects.get(pk=sites["discoveries"].root_page_id).specific)
    return catalogue, filled


def test_every_model_visitors_see_is_poisoned(poisoned_catalogue):
    """A model with text visitors read but no row in the catalogue would go unchecked."""
    _catalogue, filled = poisoned_catalogue
    unfilled = sorted(
        model.__name__ for model in visitor_models() if not filled.get(model.__name__)
    )
    assert unfilled == [], "give these a row in tests/catalogue.py"
    assert {
        "EventPage",
        "PlacePage",
        "RoutePage",
        "VenuePage",
        "StoryPage",
        "Theme",
        "PartnerPage",
        "BoardMember",
        "VenueRoom",
        "RouteStop",
    } <= set(filled)


def test_the_walk_covers_the_fields_visitors_read(poisoned_catalogue):
    _catalogue, filled = poisoned_catalogue
    assert {"title_nl", "seo_title_nl", "search_description_nl", "intro_nl", "body_nl"} <= set(
        filled["StandardPage"]
    )
    assert {"hero_title_nl", "image_alt_nl", "body_nl"} <= set(filled["HomePage"])
    assert {"intro_nl", "thank_you_text_nl"} <= set(filled["FormPage"])
    assert {"label_nl", "help_text_nl"} <= set(filled["FormField"])
    assert {"tagline_nl", "footer_text_nl", "contact_note_nl", "organisation_name"} <= set(
        filled["SiteIdentity"]
    )
    assert {"main_menu_nl", "footer_links_nl"} <= set(filled["Navigation"])
    body = StandardPage.objects.get(slug_nl="ontdek").body_nl
    assert {block.block_type for block in body} == set(body.stream_block.child_blocks)


def test_rich_text_keeps_its_markup_but_loses_scripts():
    stored = editor_rich_text(RICH_PAYLOAD)
    assert re.search(r"<p[^>]*>Leiden", stored)
    assert "<b>vet</b>" in stored
    assert live_markup(stored) == []


def test_no_payload_runs_on_any_page_type(client, poisoned_catalogue):
    catalogue, _filled = poisoned_catalogue
    problems = {}
    for entry in catalogue:
        response = client.get(entry.url("nl"), HTTP_HOST=entry.host)
        assert response.status_code == entry.status, entry
        html = response.content.decode()
        found = live_markup(html)
        if ESCAPED_SCRIPT not in html:
            found.append("the escaped payload is missing: is the text shown at all?")
        if found:
            problems[entry.name] = found
    assert problems == {}


def test_page_fields_show_as_text(client, poisoned_catalogue):
    """Each plain-text field's payload shows up as text: in the page, not in a comment."""
    html = client.get("/nl/ontdek/", HTTP_HOST="localhost").content.decode()
    escaped = escape(PAYLOAD)
    # title, seo title, description, intro, block texts, table cells, menus, settings ...
    assert html.count(escaped) >= 20
    assert re.search(r"<p[^>]*>Leiden ", html), "rich text keeps its paragraphs"


def test_form_landing_page_escapes_nothing_into_markup(client, poisoned_catalogue):
    form_page = FormPage.objects.get(slug_nl="contact")
    with translation.override("nl"):
        form = form_page.get_form(page=form_page, user=None)
    data = {}
    for name, field in form.fields.items():
        if name == "website_url":
            continue
        if getattr(field, "choices", None):
            data[name] = next(value for value, _label in field.choices if value)
        elif "email" in type(field).__name__.lower():
            data[name] = "bezoeker@example.org"
        elif "boolean" in type(field).__name__.lower():
            data[name] = "on"
        else:
            data[name] = PAYLOAD
    response = client.post("/nl/contact/", data, HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "page-form--done" in html, "the form was not accepted"
    assert live_markup(html) == []


def test_search_query_is_shown_as_text(client, poisoned_catalogue):
    response = client.get(f"/nl/search/?{urlencode({'q': PAYLOAD})}", HTTP_HOST="localhost")
    html = response.content.decode()
    assert live_markup(html) == []
    assert ESCAPED_SCRIPT in html
    assert 'value="Leiden &lt;script&gt;alert(&quot;x&quot;)' in html
