"""StreamField values from the block lists of the YAML content.

A body is a list of blocks, each a mapping with one key, the block's type:

    - heading: Text                      or {text: Text, level: h3}; h2 when left out
    - paragraph: Text                    or a list of texts, one <p> each; inline HTML allowed
    - list: {intro: Text, items: [...]}  a paragraph followed by a bullet list
    - image: picture-key                 or {picture: key, caption: Text}; the alt text is the
                                         picture's, from pictures.yaml
    - quote: {text: Text, attribution: Text}
    - call_to_action: {title: Text, text: Text, page: group:key, label: Text}
    - card_grid: {heading: Text, cards: [{page: group:key, text: Text}, ...]}
    - faq: {heading: Text, items: [{question: Text, answer: Text}, ...]}
    - table: {caption: Text, rows: [[cell, ...], ...]}; the first row holds the headings
    - timeline: {heading: Text, entries: [{when: Text, title: Text, text: Text}, ...]}
    - story: group:key, page: group:key  one chosen page (the home page's picks)
    - period: {from: monday, to: friday, opens: "10:00", closes: "17:00"}  (or `day: sunday`)
                                         opening hours, in a schedule's `periods`
    - service: {title: Text, text: Text, page: group:key}  a VVV service (page optional)

The Expat Centre's services have three streams of their own:

    - checklist: {heading: Text, items: [{item: Text, note: Text}, ...]}  what to bring
    - step: {title: Text, text: Text}
    - fee: {description: Text, amount: Text, exemptions: Text}

Every Text is a plain value or a mapping of languages (see translations.py). A body is built
once for each language its texts are written in; a language that none of them has is left
empty, and the site shows the Dutch body there, marked as Dutch (the demo's own test refuses
that: every body is written in nl, en and de).
"""

from .content import ContentError, PageRegistry
from .dates import clock, weekdays
from .pictures import Pictures
from .translations import Translated, is_translation, languages_in

# Visitors read the credit under every picture, so it is written in each language.
DEMO_CREDIT = {
    "nl": "Illustratie: Leiden Marketing (demo)",
    "en": "Illustration: Leiden Marketing (demo)",
    "de": "Illustration: Leiden Marketing (Demo)",
}


def build_body(blocks: list, pictures: Pictures, pages: PageRegistry) -> Translated | list:
    """A Translated value per language, or one list when no block has translated text."""
    languages = languages_in(blocks)
    if not languages:
        return BlocksInLanguage("nl", pictures, pages).build(blocks)
    return Translated(
        **{
            language: BlocksInLanguage(language, pictures, pages).build(blocks)
            for language in languages
        }
    )


class BlocksInLanguage:
    """Turns YAML blocks into StreamField values in one language."""

    def __init__(self, language: str, pictures: Pictures, pages: PageRegistry):
        self.language = language
        self.pictures = pictures
        self.pages = pages

    def build(self, blocks: list) -> list:
        return [self.block(block) for block in blocks]

    def block(self, block: dict) -> tuple:
        if not isinstance(block, dict) or len(block) != 1:
            raise ContentError(f"A block is a mapping with one key, its type: {block!r}")
        [(block_type, value)] = block.items()
        build = getattr(self, f"build_{block_type}", None)
        if build is None:
            raise ContentError(f"Unknown block type {block_type!r} (see demo/blocks.py)")
        return build(value)

    # --- Texts and links ---

    def text(self, value) -> str:
        """The current language of a text; a missing language is a content error."""
        if not is_translation(value):
            return value
        if self.language not in value:
            raise ContentError(f"No {self.language!r} text in {value!r}, while others have one")
        return value[self.language]

    def link(self, page_reference=None, label="") -> dict:
        page = self.pages.page(page_reference) if page_reference else None
        return {"page": page, "external_url": "", "label": self.text(label)}

    # --- One method per block type, returning (type, value) ---

    def build_heading(self, value):
        if isinstance(value, dict) and not is_translation(value):
            return (
                "heading",
                {"text": self.text(value["text"]), "level": value.get("level", "h2")},
            )
        return ("heading", {"text": self.text(value), "level": "h2"})

    def build_paragraph(self, value):
        paragraphs = value if isinstance(value, list) else [value]
        return ("paragraph", "".join(f"<p>{self.text(text)}</p>" for text in paragraphs))

    def build_list(self, value):
        items = "".join(f"<li>{self.text(item)}</li>" for item in value["items"])
        return ("paragraph", f"<p>{self.text(value['intro'])}</p><ul>{items}</ul>")

    def build_image(self, value):
        if not isinstance(value, dict):
            value = {"picture": value}
        key = value["picture"]
        return (
            "image",
            {
                "image": self.pictures.image(key),
                "alt_text": self.pictures.alt(key).get(self.language),
                "caption": self.text(value.get("caption", "")),
                "credit": DEMO_CREDIT.get(self.language, DEMO_CREDIT["nl"]),
            },
        )

    def build_period(self, value):
        return (
            "period",
            {
                "days": [str(day) for day in weekdays(value)],
                "opens": clock(value["opens"]),
                "closes": clock(value["closes"]),
            },
        )

    def build_service(self, value):
        page = self.pages.page(value["page"]) if value.get("page") else None
        return (
            "service",
            {"title": self.text(value["title"]), "text": self.text(value["text"]), "page": page},
        )

    def build_quote(self, value):
        return (
            "quote",
            {
                "quote": self.text(value["text"]),
                "attribution": self.text(value.get("attribution", "")),
            },
        )

    def build_call_to_action(self, value):
        return (
            "call_to_action",
            {
                "title": self.text(value["title"]),
                "text": self.text(value.get("text", "")),
                "link": self.link(value.get("page"), value.get("label", "")),
            },
        )

    def build_card_grid(self, value):
        cards = [
            {"page": self.pages.page(card["page"]), "text": self.text(card["text"])}
            for card in value["cards"]
        ]
        return ("card_grid", {"heading": self.text(value.get("heading", "")), "cards": cards})

    def build_faq(self, value):
        """Answers are rich text: a plain sentence is wrapped in a paragraph."""
        items = []
        for item in value["items"]:
            answer = self.text(item["answer"])
            items.append(
                {
                    "question": self.text(item["question"]),
                    "answer": answer if answer.startswith("<") else f"<p>{answer}</p>",
                }
            )
        return ("faq", {"heading": self.text(value["heading"]), "items": items})

    def build_table(self, value):
        table = {
            "data": [[self.text(cell) for cell in row] for row in value["rows"]],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": "",
        }
        return ("table", {"caption": self.text(value["caption"]), "table": table})

    def build_timeline(self, value):
        entries = [
            {name: self.text(entry[name]) for name in ("when", "title", "text")}
            for entry in value["entries"]
        ]
        return ("timeline", {"heading": self.text(value["heading"]), "entries": entries})

    def build_story(self, value):
        return ("story", self.pages.page(value))

    def build_page(self, value):
        return ("page", self.pages.page(value))

    def build_checklist(self, value):
        items = [
            {"item": self.text(item["item"]), "note": self.text(item.get("note", ""))}
            for item in value["items"]
        ]
        return ("checklist", {"heading": self.text(value.get("heading", "")), "items": items})

    def build_step(self, value):
        return ("step", {"title": self.text(value["title"]), "text": self.text(value["text"])})

    def build_fee(self, value):
        return (
            "fee",
            {
                "description": self.text(value["description"]),
                "amount": self.text(value["amount"]),
                "exemptions": self.text(value.get("exemptions", "")),
            },
        )
