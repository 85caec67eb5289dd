"""The StreamField blocks every site shares.

All block definitions live here, so page models reference one list and
migrations only change when this file does.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock as WagtailImageChooserBlock


class ImageChooserBlock(WagtailImageChooserBlock):
    """Loads every image of a stream, with its renditions, in two queries."""

    def bulk_to_python(self, values):
        values = list(values)
        images = (
            get_image_model()
            .objects.prefetch_renditions()
            .in_bulk([value for value in values if value is not None])
        )
        return [images.get(value) for value in values]

    def deconstruct(self):
        # Stored data is the same as Wagtail's block: keep migrations free of this class.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.images.blocks.ImageChooserBlock", args, kwargs


def card_targets(cards, known_pages=None) -> list[dict]:
    """The live pages of a card list, specific, with their images, in a fixed few queries.

    `known_pages` (from `card_pages`) holds pages already loaded for every grid of the
    page; only pages missing from it are loaded here.
    """
    from leiden_site.listing import card_image, specific_live_pages

    pages = dict(known_pages or {})
    missing = [card["page"] for card in cards if card["page"] and card["page"].pk not in pages]
    if missing:
        pages.update((page.pk, page) for page in specific_live_pages(missing))
    return [
        {
            "page": pages[card["page"].pk],
            "text": card["text"],
            "image": card_image(pages[card["page"].pk]),
        }
        for card in cards
        if card["page"] and card["page"].pk in pages
    ]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
        search_index=False,  # "Heading 2" is not something visitors search for
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class LinkStructValue(blocks.StructValue):
    def url(self):
        page = self.get("page")
        return page.url if page else self.get("external_url")

    def text(self):
        page = self.get("page")
        return self.get("label") or (page.title if page else self.get("external_url"))


class LinkBlock(blocks.StructBlock):
    """A link to a page or an external address, with an optional label."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External address"), required=False)
    label = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=80,
        help_text=_("Leave empty to use the title of the chosen page."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("external_url")):
            message = _("Choose a page or enter an external address, not both.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkStructValue


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action_block.html"


class CardBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    text = blocks.TextBlock(
        label=_("Text"), required=False, help_text=_("Leave empty to use the page's summary.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Card")


class CardGridBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    cards = blocks.ListBlock(CardBlock(), label=_("Cards"), min_num=1, max_num=12)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["cards"] = card_targets(value["cards"], context.get("card_pages"))
        return context

    class Meta:
        icon = "grip"
        label = _("Card grid")
        template = "blocks/card_grid_block.html"


def card_pages(stream) -> dict:
    """The live pages of every card grid in a StreamField, loaded together, by id: a page
    with several grids costs the queries of one (pages pass it to the blocks as
    `card_pages` in their context)."""
    from leiden_site.listing import specific_live_pages

    chosen = [
        card["page"]
        for block in stream
        if isinstance(block.block, CardGridBlock)
        for card in block.value["cards"]
        if card["page"]
    ]
    return {page.pk: page for page in specific_live_pages(chosen)}


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul"])


class FaqBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("FAQ")
        template = "blocks/faq_block.html"


class CaptionedEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video or post"))
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=120,
        help_text=_("Names the embedded content for screen-reader users."),
    )

    class Meta:
        icon = "media"
        label = _("Embed")
        template = "blocks/embed_block.html"


class CaptionedTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"), max_length=200)
    table = TableBlock(label=_("Table"), table_options={"contextMenu": True})

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table_block.html"


class TimelineEntryBlock(blocks.StructBlock):
    when = blocks.CharBlock(
        label=_("When"), max_length=40, help_text=_("A year, or a span such as 2005–2006.")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    entries = blocks.ListBlock(TimelineEntryBlock(), label=_("Moments"), min_num=1)

    class Meta:
        icon = "time"
        label = _("Timeline")
        template = "blocks/timeline_block.html"


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class CommonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Rich text"), features=RICH_TEXT_FEATURES, template="blocks/rich_text_block.html"
    )
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    card_grid = CardGridBlock()
    faq = FaqBlock()
    embed = CaptionedEmbedBlock()
    table = CaptionedTableBlock()
    timeline = TimelineBlock()

    class Meta:
        label = _("Content")
