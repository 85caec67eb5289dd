"""Text shown in Dutch because the visitor's language has none is marked as Dutch.

WCAG 2.1 success criterion 3.1.2 (language of parts): a screen reader must read Dutch text
with a Dutch voice, so the element around a fallback text gets `lang="nl"`, and the page
says in the visitor's language that some of its text is Dutch (leiden_site/languages.py).

    {% load leiden_languages %}
    <h1{% fallback_lang page "title" %}>{{ page.title }}</h1>
    <div class="stream"{% fallback_lang_of stream %}>…</div>  {# the value, not its name #}
    {% fallback_note page %}
"""

from django import template
from django.utils.html import format_html

from leiden_site.languages import FALLBACK_LANGUAGE, fallback_fields, is_dutch_value

register = template.Library()


def _lang_attribute(is_fallback: bool) -> str:
    return format_html(' lang="{}"', FALLBACK_LANGUAGE) if is_fallback else ""


@register.simple_tag
def fallback_lang(instance, field_name: str) -> str:
    """` lang="nl"` when the active language reads `field_name` of `instance` in Dutch."""
    if instance is None or not getattr(instance, "pk", None):
        return ""
    return _lang_attribute(field_name in fallback_fields(instance))


@register.simple_tag
def fallback_language(instance, field_name: str) -> str | None:
    """ "nl" or None, for a tag that takes attributes as arguments, such as `{% picture %}`
    (which leaves out an attribute whose value is None):

        {% fallback_language room "image_alt" as alt_language %}
        {% picture room.image … alt=room.image_alt lang=alt_language %}
    """
    if instance is None or not getattr(instance, "pk", None):
        return None
    return FALLBACK_LANGUAGE if field_name in fallback_fields(instance) else None


@register.simple_tag(takes_context=True)
def fallback_lang_of(context, value) -> str:
    """` lang="nl"` when `value` is the Dutch text of a field of the page being rendered."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return ""
    return _lang_attribute(is_dutch_value(page, value))


@register.inclusion_tag("components/language_fallback_note.html")
def fallback_note(page):
    """A note in the visitor's language when some of the page's text is Dutch."""
    has_fallback = bool(page is not None and getattr(page, "pk", None) and fallback_fields(page))
    return {"has_fallback": has_fallback}
