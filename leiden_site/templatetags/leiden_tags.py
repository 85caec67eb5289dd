import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

LANGUAGE_NATIVE_NAMES = {"nl": "Nederlands", "en": "English", "de": "Deutsch"}
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page (or view) in each language, for hreflang and the switcher."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if page is not None and getattr(page, "pk", None):
            with translation.override(code):
                url = page.get_url(request)
                full_url = page.get_full_url(request)
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
            }
        )
    return links


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
