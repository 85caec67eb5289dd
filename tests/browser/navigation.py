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
