import json

from django import template
from django.conf import settings
from django.middleware.csrf import get_token
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

from leiden_site.forms import token_refused
from leiden_site.language_redirect import site_default_language

register = template.Library()

LANGUAGE_NATIVE_NAMES = {"nl": "Nederlands", "en": "English", "de": "Deutsch"}
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _page_urls(page, request, current_site) -> tuple[str, str]:
    """(get_url, get_full_url) of the page in the active language, from one look-up of
    its URL parts where Wagtail's two methods make one each."""
    parts = page.get_url_parts(request=request)
    if parts is None or parts[1] is None and parts[2] is None:
        return "", ""
    site_id, root_url, path = parts
    sites = {root_path[0] for root_path in page._get_site_root_paths(request)}
    is_local = (current_site is not None and site_id == current_site.pk) or len(sites) == 1
    return (path if is_local else root_url + path), root_url + path


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page (or view) in each language, for hreflang and the switcher."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    is_page = page is not None and getattr(page, "pk", None)
    # A routable page's sub-view (a theme, a feed) keeps its part of the path, and
    # the switcher keeps the visitor's filters.
    page_url = page.get_url(request) if is_page else None
    suffix = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
    query = request.META.get("QUERY_STRING", "")
    current_site = Site.find_for_request(request) if is_page else None
    # x-default is the version `/` sends a browser without a language preference to.
    default = site_default_language(request.get_host())
    links = []
    for code, _name in settings.LANGUAGES:
        if is_page:
            with translation.override(code):
                url, full_url = _page_urls(page, request, current_site)
            full_url += suffix
            url += suffix + (f"?{query}" if query else "")
        else:
            url = translate_url(request.get_full_path(), code)
            full_url = request.build_absolute_uri(url)
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NATIVE_NAMES.get(code, code),
                "url": url,  # for the switcher: relative on the same site
                "full_url": full_url,  # for hreflang and sitemaps
                "is_current": code == current,
                "is_default": code == default,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def form_token(context):
    """A public form's CSRF field that keeps the page shareable in the page cache.

    On a GET the page is the same for everyone: the field stays empty and site.js fills
    it from /csrf-token/. A page answering a post (errors, or a refused token when the
    script did not run) is this visitor's alone and carries a fresh token itself.
    """
    request = context["request"]
    token = get_token(request) if request.method == "POST" or token_refused(request) else ""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}" data-form-token>', token
    )


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, last_title="", last_url=""):
    """The trail from the site's home to the page in the context; a routable page's
    sub-view (a theme) adds itself as the last step with `last_title` and `last_url`."""
    page = context.get("page")
    trail = page.breadcrumb_trail(context.get("request")) if page is not None else []
    crumbs = [{"title": crumb.title, "page": crumb} for crumb in trail]
    if last_title:
        crumbs.append({"title": last_title, "url": last_url})
    return {"crumbs": crumbs if len(crumbs) > 1 else [], "request": context.get("request")}


@register.simple_tag(takes_context=True)
def json_ld(context, page):
    """Structured data as <script type="application/ld+json">, safe inside HTML."""
    data = page.json_ld(context["request"])
    if not data:
        return ""
    payload = json.dumps(data if len(data) > 1 else data[0], ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(payload.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped above
    )


# --- Front-end helpers for the templates ----------------------------------------------------

OG_LOCALES = {"nl": "nl_NL", "en": "en_GB", "de": "de_DE"}


@register.filter
def og_locale(code):
    """The Open Graph locale (nl_NL) for a language code (nl)."""
    return OG_LOCALES.get(code, code)


@register.filter
def has_json_ld(page):
    """True when the page can describe itself as structured data."""
    return callable(getattr(page, "json_ld", None))


@register.filter
def tel_href(phone):
    """A phone number as written ("071 516 60 00") turned into a tel: address."""
    phone = str(phone or "")
    digits = "".join(char for char in phone if char.isdigit())
    return f"tel:+{digits}" if phone.strip().startswith("+") else f"tel:{digits}"


@register.simple_tag(takes_context=True)
def absolute_uri(context, url):
    """An absolute address on the host the visitor used (renditions, og:image)."""
    request = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.simple_tag(takes_context=True)
def link_href(context, link):
    """Where a LinkBlock value points: the page relative to the current site, or the address."""
    if not link:
        return ""
    page = link.get("page")
    if page is not None:
        return page.get_url(context.get("request")) or ""
    return link.get("external_url") or ""


@register.simple_tag(takes_context=True)
def site_key(context):
    """The app of the current site's home page type (discoveries, vvv, expat_centre)."""
    request = context.get("request")
    if request is None:
        return ""
    cached = getattr(request, "_leiden_site_key", None)
    if cached is not None:
        return cached
    from wagtail.models import Site

    site = Site.find_for_request(request)
    key = ""
    if site is not None:
        model = site.root_page.specific_class
        key = model._meta.app_label if model else ""
    request._leiden_site_key = key
    return key


@register.filter
def active_filter_count(form) -> int:
    """How many fields of a GET filter form the visitor filled in: a folded filter bar's
    summary says so, so a visitor knows the list is narrowed without opening it."""
    if not form.is_bound or not hasattr(form.data, "getlist"):
        return 0
    return sum(1 for name in form.fields if any(value.strip() for value in form.data.getlist(name)))


@register.simple_tag
def map_tiles():
    """The tile server every map uses (settings.MAP_TILE_URL); empty: the bundled outline."""
    return {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}
