"""Purge a published page from the CDN or Varnish in every language.

Wagtail's frontend cache app purges the URL of the page in the language active while it
publishes, and can only swap the language prefix to reach the other languages; our slugs
are translated (/nl/agenda/ is /de/veranstaltungen/), so that would purge URLs that do not
exist. This app config takes the app's place in INSTALLED_APPS and connects handlers that
ask each page for its URL in each language. The purge itself is Wagtail's task, so it runs
where tasks run.

Besides the page, its parent is purged: an index (the agenda, the stories) lists it.
"""

from django.conf import settings
from django.utils import translation

from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import page_published, page_unpublished


def urls_in_every_language(page) -> set[str]:
    urls = set()
    cached_paths = page.specific_deferred.get_cached_paths()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            page_url = page.get_full_url()
        if page_url is None:  # not routable: outside every site
            continue
        urls.update(page_url + path.lstrip("/") for path in cached_paths)
    return urls


def purge_page_in_every_language(sender, instance, **kwargs) -> None:
    if not settings.WAGTAILFRONTENDCACHE:
        return
    urls = urls_in_every_language(instance)
    parent = instance.get_parent()
    if parent is not None and parent.depth > 1:  # the tree's root has no URL
        urls |= urls_in_every_language(parent)
    purge_urls_from_cache(sorted(urls))


class LanguageAwareFrontendCacheConfig(WagtailFrontendCacheAppConfig):
    def ready(self):
        # No sender: only pages send these, each with its own class.
        page_published.connect(purge_page_in_every_language, dispatch_uid="purge-published")
        page_unpublished.connect(purge_page_in_every_language, dispatch_uid="purge-unpublished")
