"""URL look-ups tuned for many languages: site root paths once per request and language,
and routing by translated URL path in one query.

Site root paths:
wagtail-modeltranslation keeps the paths in the shared cache (right: every
worker must agree), but reads them again for every page object that builds a URL
without the request, such as menu links and sitemap entries: with the database
cache that is one query per link. Remembering them on the current request makes
it one read per language per request.
"""

from contextvars import ContextVar

from django.apps import apps
from django.utils.translation import get_language

from wagtail.models import Page
from wagtail_modeltranslation import patch_wagtailadmin

_current_request: ContextVar = ContextVar("leiden_current_request", default=None)


def current_request():
    return _current_request.get()


class CurrentRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)
        finally:
            _current_request.reset(token)


def _site_root_paths(self, request=None):
    holder = request if request is not None else _current_request.get()
    if holder is None:
        return patch_wagtailadmin._new_get_site_root_paths(self, request)
    memo = holder.__dict__.setdefault("_leiden_site_root_paths", {})
    language = get_language()
    if language not in memo:
        memo[language] = patch_wagtailadmin._localized_site_get_site_root_paths()
    return memo[language]


def route_by_url_path(self, request, path_components):
    """Route from a site's home page in one query, not one query pair per level.

    The deepest page whose URL path in the visitor's language is a prefix of the
    request path gets the rest of the path (routable pages such as the agenda answer
    their feeds there). The pages found on the way are the breadcrumb trail, kept on
    the request for the page to use.
    """
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
    request._leiden_route_trail = [self, *trail[:-1], match]
    return match.route(request, path_components[match.depth - self.depth :])


def install() -> None:
    """Patch the page models, after modeltranslation patched them its own way."""
    from leiden_site.models import BaseHomePage

    for model in apps.get_models():
        if issubclass(model, Page):
            model._get_site_root_paths = _site_root_paths
        if issubclass(model, BaseHomePage):
            model.route = route_by_url_path
