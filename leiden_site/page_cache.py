"""Whole-page cache for anonymous visitors, shared by every app server.

Entries are keyed by a generation that any publish, unpublish, move or settings
change replaces, so one publish invalidates every affected page in every language
on every server at once. Each server re-reads the generation at most once a second,
which bounds how stale a page can be after a publish. A page whose content goes stale by
itself (one that says whether a place is open now) carries a short `max-age`
(`expire_within`), and the cache keeps it no longer than that. A generation is a random
token, not a counter: after the cache is flushed a new one can never repeat an old
one, so whatever a process remembers per generation cannot come back stale.

A page is keyed by its host, its path and only the query parameters it reads, in
canonical order. Each response declares what it read (`reads_query`); the first
cacheable render of a path records that list, and from then on other parameters are
dropped from the request before the lookup, so `?utm_source=…` or `?random=…` is a hit
on the page without them and never a render of its own. A view that declares nothing
is keyed by its whole (sorted) query string.
"""

import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, QueryDict
from django.utils.cache import get_max_age, patch_cache_control

GENERATION_KEY = "page-cache:generation"
GENERATION_CHECK_SECONDS = 1.0
# "Open now" may be wrong for at most this long after a closing time.
OPEN_NOW_SECONDS = 60
CACHEABLE_TYPES = ("text/html", "application/xml", "text/plain")
# Outer middleware (security, CSP, Permissions-Policy) adds its headers to hits too.
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Frame-Options")

_local = {"generation": None, "checked": 0.0}
# What every page of a site shows (its settings, menus), kept in this process for the
# current generation: a publish or a settings change starts with an empty one.
_shared = {"generation": None, "values": {}}


def _new_generation() -> str:
    return uuid.uuid4().hex


def current_generation() -> str:
    now = time.monotonic()
    if _local["generation"] is None or now - _local["checked"] > GENERATION_CHECK_SECONDS:
        _local["generation"] = cache.get_or_set(GENERATION_KEY, _new_generation, timeout=None)
        _local["checked"] = now
    return _local["generation"]


def invalidate_all() -> None:
    cache.set(GENERATION_KEY, _new_generation(), timeout=None)
    forget_local()


def forget_local() -> None:
    """Drop what this process remembers, e.g. after the shared cache was cleared."""
    _local["generation"] = None
    _shared["values"] = {}


def shared_for_generation(key: tuple, build):
    """`build()`'s value, made once per process and generation: for what pages share."""
    generation = current_generation()
    if _shared["generation"] != generation:
        _shared["generation"], _shared["values"] = generation, {}
    if key not in _shared["values"]:
        _shared["values"][key] = build()
    return _shared["values"][key]


def _invalidate_on_signal(sender, **kwargs):
    invalidate_all()


def invalidate_when_saved(*models) -> None:
    """Content that pages show but that is not a page: saving it refreshes every page."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        uid = f"page-cache-{model._meta.label}"
        post_save.connect(_invalidate_on_signal, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_invalidate_on_signal, sender=model, dispatch_uid=f"{uid}-delete")


def reads_query(request, *names: str) -> None:
    """Declare GET parameters the response depends on; `reads_query(request)` declares none."""
    request.page_cache_query = getattr(request, "page_cache_query", None) or frozenset()
    request.page_cache_query |= frozenset(names)


def query_parameter(request, name: str) -> str | None:
    """`request.GET.get(name)`, declared to the page cache."""
    reads_query(request, name)
    return request.GET.get(name)


def canonical_query(params: QueryDict, names=None) -> str:
    """The parameters among `names` (all when None), sorted by name; values keep their order."""
    kept = QueryDict(mutable=True)
    for name in sorted(params):
        if names is None or name in names:
            kept.setlist(name, params.getlist(name))
    return kept.urlencode()


def _digest(*parts: str) -> str:
    raw = "|".join(parts)
    return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()


def _keep_only(request, query: str) -> None:
    """Render as if the visitor had asked for the canonical URL."""
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)


def expire_within(response, seconds: int = OPEN_NOW_SECONDS):
    """Let the page cache (and browsers) keep this response at most `seconds`."""
    patch_cache_control(response, max_age=seconds)
    return response


def _timeout(response) -> int:
    max_age = get_max_age(response)
    return (
        settings.PAGE_CACHE_SECONDS
        if max_age is None
        else min(max_age, settings.PAGE_CACHE_SECONDS)
    )


def _is_cacheable_request(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(("/admin/", "/documents/", "/static/", "/media/"))
    )


def _is_cacheable_response(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        # A page with a CSRF token belongs to one visitor.
        and not request.META.get("CSRF_COOKIE_USED")
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(CACHEABLE_TYPES)
        and not any(word in cache_control for word in ("private", "no-cache", "no-store"))
        and get_max_age(response) != 0
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        generation = current_generation()
        route = _digest(request.get_host(), request.path)
        names_key = f"page-cache:{generation}:query:{route}"
        names = cache.get(names_key) if request.META.get("QUERY_STRING") else None
        query = canonical_query(request.GET, names)
        if names is not None and query != request.META.get("QUERY_STRING", ""):
            _keep_only(request, query)
        key = f"page-cache:{generation}:page:{_digest(route, query)}"
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if not _is_cacheable_response(request, response):
            return response
        declared = getattr(request, "page_cache_query", None)
        if declared is not None and names is None:
            cache.set(names_key, tuple(sorted(declared)), settings.PAGE_CACHE_SECONDS)
        # A first render with parameters the page ignores may still echo them in links.
        if declared is None or declared.issuperset(request.GET):
            headers = {name: response[name] for name in STORED_HEADERS if name in response}
            cache.set(key, (response.content, headers), _timeout(response))
            response["X-Page-Cache"] = "miss"
        return response
