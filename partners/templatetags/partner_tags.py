from django import template
from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from leiden_site.listing import attach_images
from leiden_site.page_cache import current_generation
from partners.models import PartnerIndexPage, PartnerPage

register = template.Library()


@register.simple_tag(takes_context=True)
def partner_logos(context):
    """The strip of partner logos, rendered once per site, language and publication."""
    request = context["request"]
    key = f"partner-logos:{current_generation()}:{request.get_host()}:{get_language()}"
    html = cache.get(key)
    if html is None:
        partners = attach_images(
            list(PartnerPage.objects.live().exclude(logo=None).order_by("title_nl")), ("logo",)
        )
        context_data = {"partners": partners, "directory": PartnerIndexPage.objects.live().first()}
        html = render_to_string(
            "partners/components/logo_strip.html", context_data, request=request
        )
        cache.set(key, html, 3600)
    return mark_safe(html)  # noqa: S308 - our own template's output
