"""Whole-page cache for anonymous visitors, shared by every app server.

Entries are keyed by a generation that any publish, unpublish, move or settings
change replaces, so one publish invalidates every affected page in every language
on every server at once. Each server re-reads the generation at most once a second,
which bounds how stale a page can be after a publish. A page whose content goes stale by
itself (one that says whether a place is open now) carries a short `max-age`
(`expire_within`), and the cache keeps it no longer than that. A generation is a random
token, not a counter: after the cache is flushed a new one can never repeat an old
one, so whatever a process remembers per generation cannot come back stale.
"""

import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_max_age, patch_cache_control

GENERATION_KEY = "page-cache:generation"
GENERATION_CHECK_SECONDS = 1.0
# "Open now" may be wrong for at most this long after a closing time.
OPEN_NOW_SECONDS = 60
CACHEABLE_TYPES = ("text/html", "application/xml", "text/plain")
# Outer middleware (security, CSP, Permissions-Policy) adds its headers to hits too.
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Frame-Options")

_local = {"generation": None, "checked": 0.0}


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
    _local["generation"] = None


def _invalidate_on_signal(sender, **kwargs):
    invalidate_all()


def invalidate_when_saved(*models) -> None:
    """Content that pages show but that is not a page: saving it refreshes every page."""
    from django.db.models.signals import post_delete, post_save

    for model in models:
        uid = f"page-cache-{model._meta.label}"
        post_save.connect(_invalidate_on_signal, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_invalidate_on_signal, sender=model, dispatch_uid=f"{uid}-delete")


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


def _key(request) -> str:
    raw = f"{request.get_host()}|{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()
    return f"page-cache:{current_generation()}:{digest}"


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
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers.items():
                response[name] = value
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            headers = {name: response[name] for name in STORED_HEADERS if name in response}
            cache.set(key, (response.content, headers), _timeout(response))
            response["X-Page-Cache"] = "miss"
        return response
