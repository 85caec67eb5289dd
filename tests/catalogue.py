"""One page of every page type on every site: what the quality gates walk through.

Every new page type joins the gates by adding itself to `build_catalogue`.
"""

from dataclasses import dataclass

import wagtail_factories

from leiden_site.factories import FormFieldFactory, FormPageFactory, StandardPageFactory
from tests.conftest import publish


@dataclass(frozen=True)
class CataloguePage:
    name: str
    host: str
    path: str  # without the language prefix
    status: int = 200

    def url(self, language: str) -> str:
        return f"/{language}{self.path}"


def rich_body(image):
    return [
        ("heading", {"text": "Een stad vol verhalen", "level": "h2"}),
        ("paragraph", "<p>Leiden heeft de oudste <b>universiteit</b> van Nederland.</p>"),
        (
            "image",
            {
                "image": image,
                "alt_text": "Grachtenpanden aan het Rapenburg",
                "caption": "Rapenburg",
                "credit": "Leiden Marketing",
            },
        ),
        ("quote", {"quote": "Hier begon de Gouden Eeuw van de wetenschap.", "attribution": "Gids"}),
        (
            "call_to_action",
            {
                "title": "Plan je bezoek",
                "text": "Alles over reizen en parkeren.",
                "link": {"page": None, "external_url": "https://example.org/", "label": "Meer"},
            },
        ),
        (
            "faq",
            {
                "heading": "Vragen",
                "items": [{"question": "Is de Hortus open?", "answer": "<p>Ja, dagelijks.</p>"}],
            },
        ),
        (
            "table",
            {
                "caption": "Openingstijden",
                "table": {
                    "data": [["Dag", "Open"], ["Maandag", "10-17"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                },
            },
        ),
    ]


def build_catalogue(sites) -> list[CataloguePage]:
    brand = sites["discoveries"].root_page.specific
    image = wagtail_factories.ImageFactory(title="Rapenburg")
    content = publish(
        StandardPageFactory(
            parent=brand,
            title_nl="Ontdek Leiden",
            slug_nl="ontdek",
            title_en="Discover Leiden",
            body_nl=rich_body(image),
        )
    )
    cards = [("card_grid", {"heading": "Meer", "cards": [{"page": content, "text": ""}]})]
    brand.body_nl = cards
    publish(brand)
    form = FormPageFactory(parent=brand, title_nl="Contact", slug_nl="contact")
    FormFieldFactory(page=form, label_nl="Naam", field_type="singleline")
    FormFieldFactory(page=form, label_nl="E-mail", field_type="email")
    FormFieldFactory(
        page=form,
        label_nl="Onderwerp",
        field_type="dropdown",
        choices_nl="Vraag\nTip",
        required=False,
    )
    FormFieldFactory(page=form, label_nl="Bericht", field_type="multiline", required=False)
    FormFieldFactory(page=form, label_nl="Nieuwsbrief", field_type="checkbox", required=False)
    publish(form)
    return [
        CataloguePage("home-discoveries", "localhost", "/"),
        CataloguePage("home-vvv", "vvv.localhost", "/"),
        CataloguePage("home-expat", "expat.localhost", "/"),
        CataloguePage("standard-page", "localhost", "/ontdek/"),
        CataloguePage("form-page", "localhost", "/contact/"),
        CataloguePage("search", "localhost", "/search/?q=leiden"),
        CataloguePage("not-found", "vvv.localhost", "/bestaat-niet/", status=404),
    ]
