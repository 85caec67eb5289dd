"""A picture whose description exists only in Dutch is read out in Dutch on /en/.

The catalogue's pictures have Dutch descriptions only; a screen reader must read such an
`alt` with a Dutch voice (WCAG 3.1.2), so the `<img>` or an element around it says
`lang="nl"`, while a description written in English stays English.
"""

from html.parser import HTMLParser

import pytest

from django.db.models import Q
from django.test import Client

from modeltranslation.translator import translator
from wagtail.images import get_image_model

from discoveries.models import VenuePage
from tests.catalogue import build_catalogue
from tests.conftest import publish

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
PAGES_WITH_A_PICTURE = [
    "home-discoveries",
    "home-vvv",
    "home-expat",
    "event",
    "route",
    "venue",
    "theme",
    "place",
    "story",
    "expat-guide",
    "expat-employer",
]
HOME_DESCRIPTIONS = {
    "discoveries": "Boten op de Nieuwe Rijn",
    "vvv": "De balie bij het station",
    "expat": "Fietsen bij Leiden Centraal",
}


class PictureLanguages(HTMLParser):
    """The language each `<img>`'s description is read in: its own `lang` or its nearest
    ancestor's, up to `<html lang>`."""

    def __init__(self):
        super().__init__()
        self.open: list[tuple[str, str | None]] = []
        self.pictures: dict[str, str | None] = {}

    def _current(self) -> str | None:
        return self.open[-1][1] if self.open else None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        language = attributes.get("lang") or self._current()
        if tag == "img":
            self.pictures.setdefault(attributes.get("alt") or "", language)
        if tag not in VOID:
            self.open.append((tag, language))

    def handle_endtag(self, tag):
        # Closes an element whose end tag HTML lets one leave out (<li>, <p>) as well.
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                return


def picture_languages(html: str) -> dict[str, str | None]:
    parser = PictureLanguages()
    parser.feed(html)
    return parser.pictures


def dutch_only_descriptions() -> set[str]:
    """Every picture description in the database written in Dutch and not in English."""
    found = set()
    for model in translator.get_registered_models():
        if "image_alt" not in translator.get_options_for_model(model).fields:
            continue
        rows = model._default_manager.exclude(image_alt_nl="").filter(
            Q(image_alt_en="") | Q(image_alt_en__isnull=True)
        )
        found.update(rows.values_list("image_alt_nl", flat=True))
    return found


@pytest.fixture
def catalogue(sites):
    entries = build_catalogue(sites)
    picture = get_image_model().objects.first()
    for name, description in HOME_DESCRIPTIONS.items():
        home = sites[name].root_page.specific
        home.image = picture
        home.image_alt_nl = description
        publish(home)
    return {entry.name: entry for entry in entries}


def test_dutch_picture_descriptions_on_english_pages_are_marked_dutch(catalogue):
    # One catalogue for every page type: building it is the slow part.
    unmarked, unchecked = {}, []
    for name in PAGES_WITH_A_PICTURE:
        entry = catalogue[name]
        response = Client().get(entry.url("en"), HTTP_HOST=entry.host)
        assert response.status_code == 200, name
        shown = picture_languages(response.text)
        dutch = dutch_only_descriptions() & shown.keys()
        if not dutch:
            unchecked.append(name)
        wrong = {alt: shown[alt] for alt in dutch if shown[alt] != "nl"}
        if wrong:
            unmarked[name] = wrong
    assert unchecked == [], "no picture with a Dutch-only description on these pages"
    assert unmarked == {}, "Dutch descriptions read as another language"


def test_a_description_written_in_english_stays_english(catalogue):
    entry = catalogue["venue"]
    venue = VenuePage.objects.get()
    venue.image_alt_en = "The great hall"
    publish(venue)
    shown = picture_languages(Client().get(entry.url("en"), HTTP_HOST=entry.host).text)
    assert shown["The great hall"] == "en"
    assert shown["De grote zaal vol stoelen"] == "nl"  # the room's, still Dutch only
