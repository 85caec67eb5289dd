"""Texts in the site's languages, as the YAML files write them.

A text is either one plain value, the same in every language, or a mapping with a value per
language: {nl: ..., en: ..., de: ...}. A language left out stays empty in the database, and
the site falls back to Dutch there (MODELTRANSLATION_FALLBACK_LANGUAGES).
"""

from typing import Any, NamedTuple

from django.conf import settings

LANGUAGES = [code for code, _name in settings.LANGUAGES]  # nl first: the default


class Translated(NamedTuple):
    """One value per language; None leaves that language's column as it is (empty)."""

    nl: Any
    en: Any
    de: Any = None

    def get(self, language: str) -> Any:
        return getattr(self, language)


def is_translation(value: Any) -> bool:
    """True for a YAML mapping of languages, such as {nl: Plekken, en: Places}."""
    return isinstance(value, dict) and "nl" in value and set(value) <= set(LANGUAGES)


def translated(value: Any) -> Translated:
    """A YAML text as a Translated: its mapping of languages, or one value for all."""
    if isinstance(value, Translated):
        return value
    if is_translation(value):
        return Translated(**value)
    return Translated(value, value, value)


def languages_in(value: Any) -> list[str]:
    """The languages that the texts somewhere inside a YAML value are written in."""
    found = set()

    def visit(item):
        if is_translation(item):
            found.update(item)
        elif isinstance(item, dict):
            for child in item.values():
                visit(child)
        elif isinstance(item, list):
            for child in item:
                visit(child)

    visit(value)
    return [language for language in LANGUAGES if language in found]


def expand(fields: dict[str, Any]) -> dict[str, Any]:
    """Turn `title=Translated(...)` into title, title_nl, title_en, title_de.

    The base column gets the Dutch value too: the admin's UI language writes into it
    (docs/conventions.md, rule 4), so it must never hold stale text.
    """
    values = {}
    for name, value in fields.items():
        if isinstance(value, Translated):
            values[name] = value.nl
            for language in LANGUAGES:
                if value.get(language) is not None:
                    values[f"{name}_{language}"] = value.get(language)
        else:
            values[name] = value
    return values
