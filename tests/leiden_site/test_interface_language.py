"""Interface strings come from the gettext catalogues in locale/, in the visitor's language."""

import gettext
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED_LANGUAGES = ("nl", "de")  # English is the source language: its msgstr stay empty

# The exact strings as they stand in locale/<lang>/LC_MESSAGES/django.po.
SKIP_LINK = {"nl": "Direct naar de inhoud", "de": "Zum Inhalt springen", "en": "Skip to content"}
SEARCH_BUTTON = {"nl": "Zoeken", "de": "Suchen", "en": "Search"}


# --- A tiny .po reader ----------------------------------------------------------------------

PO_LINE = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) "(.*)"$')
PO_CONTINUATION = re.compile(r'^"(.*)"$')


def _unquote(text: str) -> str:
    return re.sub(
        r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text
    )


def read_po(path: Path) -> list[dict]:
    """Each entry as {"flags": set, "msgid": str, "msgid_plural": str?, "msgstr": [str, ...]}."""
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry = {"flags": set(), "msgstr": []}
        field = None
        for line in block.strip().splitlines():
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#~"):
                entry["obsolete"] = True
            elif line.startswith("#") or not line.strip():
                continue
            elif match := PO_LINE.match(line):
                field, value = match.group(1), _unquote(match.group(2))
                if field.startswith("msgstr"):
                    entry["msgstr"].append(value)
                else:
                    entry[field] = value
            elif (match := PO_CONTINUATION.match(line)) and field:
                value = _unquote(match.group(1))
                if field.startswith("msgstr"):
                    entry["msgstr"][-1] += value
                else:
                    entry[field] += value
            else:
                raise AssertionError(f"{path}: cannot read line {line!r}")
        if "msgid" in entry and not entry.get("obsolete"):
            entries.append(entry)
    return entries


def messages(lang: str) -> list[dict]:
    """The catalogue's entries without the header."""
    return [e for e in read_po(LOCALE_DIR / lang / "LC_MESSAGES" / "django.po") if e["msgid"]]


# --- The catalogues -------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ("nl", "en", "de"))
def test_each_language_has_a_catalogue(lang):
    assert (LOCALE_DIR / lang / "LC_MESSAGES" / "django.po").is_file()
    assert (LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo").is_file(), "run compilemessages"
    assert messages(lang), f"the {lang} catalogue lists no strings"


def test_the_catalogues_list_the_same_strings():
    msgids = {lang: {e["msgid"] for e in messages(lang)} for lang in ("nl", "en", "de")}
    assert msgids["nl"] == msgids["de"] == msgids["en"]


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_every_string_is_translated_and_checked(lang):
    untranslated = [e["msgid"] for e in messages(lang) if not e["msgstr"] or not all(e["msgstr"])]
    fuzzy = [e["msgid"] for e in messages(lang) if "fuzzy" in e["flags"]]
    assert not untranslated, f"untranslated in {lang}: {untranslated}"
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy}"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_plural_entries_have_both_forms(lang):
    for entry in messages(lang):
        if "msgid_plural" in entry:
            assert len(entry["msgstr"]) == 2 and all(entry["msgstr"]), entry["msgid"]


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_translations_keep_their_placeholders(lang):
    placeholder = re.compile(r"%\(\w+\)[sd]|\{\{\s*\w+\s*\}\}")
    for entry in messages(lang):
        for index, translation in enumerate(entry["msgstr"]):
            # msgstr[0] is the singular; msgstr[1] the plural (for nl and de)
            source = entry["msgid"] if index == 0 else entry.get("msgid_plural", entry["msgid"])
            assert sorted(placeholder.findall(translation)) == sorted(
                placeholder.findall(source)
            ), f"{lang}: {entry['msgid']!r} -> {translation!r}"


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_compiled_catalogue_matches_the_po_file(lang):
    """The .mo Django loads gives every msgid its translation from the .po (so it is not stale)."""
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "django.mo").open("rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    for entry in messages(lang):
        if "msgctxt" in entry:
            assert compiled.pgettext(entry["msgctxt"], entry["msgid"]) == entry["msgstr"][0]
        elif "msgid_plural" in entry:
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 1) == entry["msgstr"][0]
            assert compiled.ngettext(entry["msgid"], entry["msgid_plural"], 2) == entry["msgstr"][1]
        else:
            assert compiled.gettext(entry["msgid"]) == entry["msgstr"][0], entry["msgid"]


def test_expected_strings_are_the_catalogue_strings():
    for lang in TRANSLATED_LANGUAGES:
        translations = {e["msgid"]: e["msgstr"][0] for e in messages(lang)}
        assert translations["Skip to content"] == SKIP_LINK[lang]
        assert translations["Search"] == SEARCH_BUTTON[lang]


# --- The rendered pages ---------------------------------------------------------------------


class InterfaceText(HTMLParser):
    """The text of the skip link and of the header's search button."""

    WATCHED = {("a", "skip-link"): "skip_link", ("button", "site-search__button"): "search_button"}

    def __init__(self):
        super().__init__()
        self.found = {}
        self._current = None

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        for (watched_tag, watched_class), name in self.WATCHED.items():
            if tag == watched_tag and watched_class in classes:
                self._current = name
                self.found.setdefault(name, "")

    def handle_endtag(self, tag):
        if self._current and tag in ("a", "button"):
            self.found[self._current] = self.found[self._current].strip()
            self._current = None

    def handle_data(self, data):
        if self._current:
            self.found[self._current] += data


@pytest.mark.parametrize("lang", ("nl", "de", "en"))
def test_interface_renders_in_the_page_language(client, sites, lang):
    response = client.get(f"/{lang}/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in response.text
    parser = InterfaceText()
    parser.feed(response.text)
    assert parser.found.get("skip_link") == SKIP_LINK[lang]
    assert parser.found.get("search_button") == SEARCH_BUTTON[lang]
