"""Whatever an editor or a visitor types is shown as text, never run as markup.

Script payloads go into every text field visitors read: the page fields, every text
sub-field of every StreamField block (found by walking the block definitions, so a
new block or field is covered without touching this file), the form fields, the site
settings, the menus and the search query. Rich text keeps its markup, but Wagtail's
rich-text whitelist (the editor's converter) must strip scripts and event handlers.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlencode

import pytest

from django.db import models
from django.utils import translation
from django.utils.html import escape

from modeltranslation.fields import TranslationField
from wagtail import blocks
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.models import Image
from wagtail.models import Page

from expat_centre.models import (
    ArrivalChecklistPage,
    EmployerIndexPage,
    EmployerPage,
    GuideIndexPage,
    GuidePage,
    ServiceIndexPage,
    ServicePage,
)
from leiden_site.models import FormField, FormPage, Navigation, SiteIdentity, StandardPage
from tests.catalogue import build_catalogue
from tests.conftest import publish

SCRIPT = '<script>alert("x")</script>'
BREAKOUT = '"><img src=x onerror=alert(1)>'
PAYLOAD = f"Leiden {SCRIPT} {BREAKOUT}"
RICH_PAYLOAD = (
    '<p>Leiden <script>alert("x")</script><img src="x" onerror="alert(1)"/>'
    '<b onmouseover="alert(1)">vet</b> <a href="javascript:alert(1)">link</a></p>'
)
ESCAPED_SCRIPT = "&lt;script&gt;alert("
EMBED_URL = "https://www.youtube.com/watch?v=leiden"
SAFE_URL = "https://example.org/"

# Page types whose own fields get the payloads (the others show them through menus and settings).
POISONED_PAGE_TYPES = (
    StandardPage,
    FormPage,
    ServiceIndexPage,
    ServicePage,
    GuideIndexPage,
    GuidePage,
    ArrivalChecklistPage,
    EmployerIndexPage,
    EmployerPage,
)

# Text columns that visitors never read back from a page (addresses, paths).
NOT_SHOWN = {"slug", "url_path", "draft_title", "path", "to_address", "from_address", "subject"}


class LiveMarkupFinder(HTMLParser):
    """Collects elements and attributes that a payload would have smuggled in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        handlers = [name for name in attributes if name.startswith("on")]
        if handlers:
            self.found.append(f"<{tag}> with event handler {handlers}")
        if tag == "img" and attributes.get("src") == "x":
            self.found.append("<img src=x> injected")
        if tag == "script":
            kind = (attributes.get("type") or "text/javascript").lower()
            runnable = "javascript" in kind or kind == "module"
            self._in_script = runnable and not attributes.get("src")
            if self._in_script:
                self.found.append("inline <script> element")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and "alert" in data:
            self.found.append(f"script runs: {data.strip()[:60]}")


def live_markup(html: str) -> list[str]:
    finder = LiveMarkupFinder()
    finder.feed(html)
    finder.close()
    problems = list(finder.found)
    if "<script>alert" in html:
        problems.append("raw <script>alert in the HTML")
    return problems


def editor_rich_text(html: str) -> str:
    """The HTML as stored after a round trip through the admin's rich-text editor."""
    widget = get_rich_text_editor_widget(features=["h2", "h3", "bold", "italic", "link", "ul"])
    return widget.value_from_datadict({"text": widget.format_value(html)}, {}, "text")


# --- Filling fields --------------------------------------------------------------------------


def text_fields(model) -> list[models.Field]:
    """The Dutch (or untranslated) text columns an editor fills in and visitors read."""
    fields = model._meta.concrete_fields
    translated = {f.translated_field.name for f in fields if isinstance(f, TranslationField)}
    chosen = []
    for field in fields:
        if isinstance(field, TranslationField):
            if field.language != "nl":
                continue
            base = field.translated_field
        else:
            base = field
            if field.name in translated:
                continue  # written through its language columns
        if not isinstance(base, (models.CharField, models.TextField, StreamField)):
            continue
        if base.name in NOT_SHOWN or not field.editable or base.choices:
            continue
        if any(not isinstance(v, type(None)) and hasattr(v, "regex") for v in base.validators):
            continue  # colours, e-mail and web addresses: validation refuses a payload
        if isinstance(base, (models.EmailField, models.URLField)):
            continue
        chosen.append(field)
    return chosen


def sample_value(block, image, page):
    """A value for any block with the payload in every text it holds."""
    if isinstance(block, blocks.StreamBlock):
        return [
            (name, sample_value(child, image, page)) for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: sample_value(child, image, page) for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [sample_value(block.child_block, image, page)]
    if isinstance(block, TableBlock):
        cells = [[PAYLOAD, PAYLOAD], [PAYLOAD, PAYLOAD]]
        return {
            "data": cells,
            "first_row_is_table_header": True,
            "first_col_is_header": True,
            "table_caption": PAYLOAD,
        }
    if isinstance(block, blocks.RichTextBlock):
        return editor_rich_text(RICH_PAYLOAD)
    if isinstance(block, EmbedBlock):
        return EMBED_URL
    if isinstance(block, blocks.URLBlock):
        return SAFE_URL
    if isinstance(block, blocks.ChoiceBlock):
        return next(value for value, _label in block.field.choices if value)
    if isinstance(block, ImageChooserBlock):
        return image
    if isinstance(block, blocks.PageChooserBlock):
        return page
    if isinstance(block, blocks.BooleanBlock):
        return True
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return PAYLOAD
    raise NotImplementedError(f"teach test_escaping to fill a {type(block).__name__}")


SHORT_PAYLOAD = "<i>x</i>"


def fill(instance, image, page) -> list[str]:
    """Put payloads into every visitor-read text field of the instance; returns their names."""
    names = []
    for field in text_fields(type(instance)):
        if isinstance(field, StreamField):
            value = sample_value(field.stream_block, image, page)
        elif isinstance(field, RichTextField):
            value = editor_rich_text(RICH_PAYLOAD)
        elif field.max_length and field.max_length < len(PAYLOAD):
            # PostgreSQL refuses an overlong value: a short tag still proves escaping.
            value = SHORT_PAYLOAD[: field.max_length]
        else:
            value = PAYLOAD
        setattr(instance, field.attname, value)
        names.append(field.name)
    for field in type(instance)._meta.concrete_fields:
        if isinstance(field, models.ForeignKey) and field.related_model is Image:
            setattr(instance, field.attname, image.pk)  # alt texts only show with an image
    return names


def cache_embed():
    """The embed provider's answer, stored so no request leaves the test."""
    Embed.objects.create(
        url=EMBED_URL,
        hash=get_embed_hash(EMBED_URL),
        type="video",
        html='<iframe src="https://www.youtube-nocookie.com/embed/leiden" title="Video"></iframe>',
        title="Video",
    )


@pytest.fixture
def poisoned_catalogue(sites):
    catalogue = build_catalogue(sites)
    cache_embed()
    image = Image.objects.get(title="Rapenburg")
    content = StandardPage.objects.get(slug_nl="ontdek")
    filled = {}
    for model in (*POISONED_PAGE_TYPES, *(type(s.root_page.specific) for s in sites.values())):
        for page in model.objects.all():
            filled[model.__name__] = fill(page, image, content)
            page.save_revision(clean=False).publish()
    for field in FormField.objects.all():
        filled["FormField"] = fill(field, image, content)
        field.save()
    for site in sites.values():
        identity = SiteIdentity.for_site(site)
        filled["SiteIdentity"] = fill(identity, image, content)
        identity.logo = None  # the logo replaces the site name in the header
        identity.save()
        navigation = Navigation.for_site(site)
        filled["Navigation"] = fill(navigation, image, content)
        navigation.save()
    # Cards show the chosen page's title and summary too: refresh them after the edits.
    publish(Page.objects.get(pk=sites["discoveries"].root_page_id).specific)
    return catalogue, filled


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
    assert {"intro_nl", "what_to_bring_nl", "steps_nl", "fees_nl", "body_nl"} <= set(
        filled["ServicePage"]
    )
    assert {"intro_nl", "body_nl", "image_alt_nl"} <= set(filled["GuidePage"])
    assert {"intro_nl", "body_nl", "city"} <= set(filled["EmployerPage"])
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
