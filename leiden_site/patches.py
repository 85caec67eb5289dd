"""Every change this project makes to the behaviour of Wagtail or wagtail-modeltranslation.

Each patch says why it exists and which upstream version it was written against; the
version guard stops start-up on any other version, so an upgrade is a deliberate step:
read the upstream changes, re-run the tests of this module (tests/leiden_site/
test_patches.py, one per patch), then widen TESTED_VERSIONS.
"""

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import get_language

import wagtail
import wagtail_modeltranslation
from wagtail.models import Page
from wagtail_modeltranslation import patch_wagtailadmin

from leiden_site import page_cache

# Package -> the major.minor versions these patches were written and tested against.
TESTED_VERSIONS = {
    "wagtail": (wagtail.__version__, ["8.0"]),
    "wagtail_modeltranslation": (wagtail_modeltranslation.__version__, ["0.16"]),
}


def check_versions() -> None:
    """Refuse to start on a version the patches below were not tested with."""
    for package, (installed, tested) in TESTED_VERSIONS.items():
        if ".".join(installed.split(".")[:2]) not in tested:
            raise ImproperlyConfigured(
                f"{package} {installed} is installed, but leiden_site.patches was only tested "
                f"with {', '.join(tested)}: check each patch against the new version first."
            )


# --- Patch 1: route a site's pages by translated URL path in one query --------------------
# Written against wagtail-modeltranslation 0.16.1 on Wagtail 8.0.
#
# wagtail-modeltranslation replaces Page.route with its own `_new_route`, which walks the
# tree one level at a time with two queries per level. A site's home page instead finds
# the deepest page whose URL path in the visitor's language is a prefix of the request
# path, in one query; that page routes the rest (routable pages answer their feeds there).
# The pages found on the way are the breadcrumb trail, kept on the request for the page.
# Anything the single query cannot match falls back to modeltranslation's own routing.


def route_by_url_path(self, request, path_components):
    if not path_components:
        return patch_wagtailadmin._new_route(self, request, path_components)
    field = f"url_path_{get_language()}"
    prefixes = [
        self.url_path + "/".join(path_components[:length]) + "/"
        for length in range(1, len(path_components) + 1)
    ]
    trail = list(
        Page.objects.filter(**{f"{field}__in": prefixes}, path__startswith=self.path).order_by(
            "depth"
        )
    )
    if not trail:
        return patch_wagtailadmin._new_route(self, request, path_components)
    match = trail[-1].specific
    request.route_trail = [self, *trail[:-1], match]
    return match.route(request, path_components[match.depth - self.depth :])


# --- Patch 2: site root paths once per publish generation, not once per link -------------
# Written against wagtail-modeltranslation 0.16.1 on Wagtail 8.0.
#
# wagtail-modeltranslation keeps each language's site root paths in the shared cache and
# reads them again for every page object that builds a URL without a request (menus,
# cards, sitemap entries): with the database cache that is a query per link. The paths
# only change when a site or a home page does, and both replace the page cache's
# generation (leiden_site.signals), so each process may keep them per generation.

_site_root_paths = {"generation": None, "by_language": {}}


def site_root_paths_per_generation(self, request=None):
    generation = page_cache.current_generation()
    if _site_root_paths["generation"] != generation:
        _site_root_paths.update(generation=generation, by_language={})
    by_language = _site_root_paths["by_language"]
    language = get_language()
    if language not in by_language:
        by_language[language] = patch_wagtailadmin._localized_site_get_site_root_paths()
    return by_language[language]


def install() -> None:
    """Apply the patches; called from the core app's ready(), after modeltranslation's own."""
    from leiden_site.models import BaseHomePage

    check_versions()
    for model in apps.get_models():
        if issubclass(model, Page):
            model._get_site_root_paths = site_root_paths_per_generation
        if issubclass(model, BaseHomePage):
            model.route = route_by_url_path
