"""The YAML files under demo/content/, and the pages the loader made, by reference."""

from pathlib import Path

import yaml

from django.core.management.base import CommandError

CONTENT_DIR = Path(__file__).resolve().parent / "content"


class ContentError(CommandError):
    """A mistake in the YAML content: an unknown key, a reference to a page not made yet."""


def read(name: str) -> dict:
    """One content file, e.g. read("discoveries/places.yaml")."""
    path = CONTENT_DIR / name
    with path.open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


class PageRegistry(dict):
    """Pages by reference: `vvv:home`, `discoveries:visit`, `place:rmo`, `event:expat-meetup`.

    A page is registered under the `key` its YAML entry gives, once the loader has made it;
    a reference to a page that is not there (yet) is a content error.
    """

    def page(self, reference: str):
        if reference not in self:
            raise ContentError(
                f"Unknown page {reference!r}: no page with that key, or it comes later in the "
                "content (a page can only refer to pages made before it)"
            )
        return self[reference]
