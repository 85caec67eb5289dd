"""Menus for the browser tests: the catalogue builds pages, not navigation."""

from django.core.cache import cache

from wagtail.models import Page

from leiden_site.models import Navigation


def add_menus(site, pages: list[Page]) -> list[Page]:
    """Put the pages in the site's main menu and footer links (Dutch); returns the pages."""
    navigation = Navigation.for_site(site)
    items = [("link", {"page": page, "external_url": "", "label": ""}) for page in pages]
    navigation.main_menu_nl = items
    navigation.footer_links_nl = items
    navigation.save()
    cache.clear()
    return pages


def brand_menu_pages(site) -> list[Page]:
    """The brand site's pages below the home page, in tree order (the catalogue's pages)."""
    return list(site.root_page.get_children().live().specific().order_by("path"))


# The demo's menus, as each site's YAML file writes them.
DEMO_SITE_FILES = {"discoveries": "discoveries/site.yaml", "vvv": "vvv.yaml", "expat": "expat.yaml"}


def _demo_titles() -> dict:
    """Every demo page's title texts by its key, from all the content files."""
    from demo.content import CONTENT_DIR, read

    titles = {}

    def visit(item):
        if isinstance(item, dict):
            if "key" in item and "title" in item:
                titles[item["key"]] = item["title"]
            for child in item.values():
                visit(child)
        elif isinstance(item, list):
            for child in item:
                visit(child)

    for path in sorted(CONTENT_DIR.rglob("*.yaml")):
        visit(read(str(path.relative_to(CONTENT_DIR))))
    return titles


def demo_menu_labels(site: str, language: str) -> list[str]:
    """What the demo's main menu of `site` shows in `language`: each item's own label, or
    the title of its page (Dutch where a language is missing, as on the site)."""
    from demo.content import read

    titles = _demo_titles()
    labels = []
    for item in read(DEMO_SITE_FILES[site])["settings"]["main_menu"]:
        text = item.get("label") if isinstance(item, dict) else titles[item]
        if isinstance(text, dict):
            text = text.get(language) or text["nl"]
        labels.append(text)
    return labels


def set_menu_labels(site, language: str, labels: list[str]) -> None:
    """A main menu in `language` with these labels, each a link to the site's home page."""
    navigation = Navigation.for_site(site)
    items = [
        ("link", {"page": site.root_page, "external_url": "", "label": label}) for label in labels
    ]
    setattr(navigation, f"main_menu_{language}", items)
    navigation.save()
    cache.clear()
