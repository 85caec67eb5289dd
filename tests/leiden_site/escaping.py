"""Script payloads for the escaping test, and how to put them into every field visitors read.

The fields are found by introspection: every text, rich-text and StreamField column of
every model of our apps that visitors see (pages, their inline rows, snippets, site
settings), and every text sub-field of every StreamField block, so a new model, field or
block is covered without touching this file.
"""

import datetime
from html.parser import HTMLParser

from django.apps import apps
from django.db import models

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
    if isinstance(block, blocks.MultipleChoiceBlock):
        return [next(value for value, _label in block.field.choices if value)]
    if isinstance(block, blocks.ChoiceBlock):
        return next(value for value, _label in block.field.choices if value)
    if isinstance(block, blocks.TimeBlock):
        return datetime.time(10)
    if isinstance(block, blocks.DateBlock):
        return datetime.date.today()
    if isinstance(block, (blocks.DecimalBlock, blocks.FloatBlock, blocks.IntegerBlock)):
        return 5
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


OUR_APPS = ("leiden_site", "partners", "discoveries", "vvv", "expat_centre")
# Rows visitors never see on a page: their own submissions, our search index, and what the
# scheduler keeps for staff.
NOT_SHOWN_MODELS = {
    "SearchDocument",
    "Subscriber",
    "CongressRequest",
    "BookingRequest",
    "AppointmentRequest",
    "BrokenLink",
    "ScheduledJob",
}


def visitor_models() -> list[type[models.Model]]:
    """Every model of our apps with a text field that visitors read."""
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in OUR_APPS
        and model.__name__ not in NOT_SHOWN_MODELS
        and text_fields(model)
    ]


def poison_everything(image, page) -> dict[str, list[str]]:
    """Payloads into every row of every visitor model; returns the fields filled per model.

    Rows that are not pages first (inline rows, snippets, settings); then each page gets a
    new published revision, which carries its freshly poisoned inline rows along.
    """
    filled = {}
    chosen_models = visitor_models()
    for model in chosen_models:
        if issubclass(model, Page):
            continue
        for row in model.objects.all():
            filled[model.__name__] = fill(row, image, page)
            if model.__name__ == "SiteIdentity":
                row.logo = None  # a site logo replaces the site name in the header
            row.save()
    for model in chosen_models:
        if not issubclass(model, Page):
            continue
        for row in model.objects.filter(depth__gt=1):
            if row.specific_class is not model:
                continue  # filled as its own, more specific type
            filled[model.__name__] = fill(row, image, page)
            row.save_revision(clean=False).publish()
    return filled
