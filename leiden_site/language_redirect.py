"""`/`: send the visitor to the home page in their language, without database work.

Every first visit passes through here, so the answer comes from the request and the
settings alone: the browser's `Accept-Language`, else the default language of the site
whose host name (from the settings, as `setup_sites` stores it) was asked for.
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.http.request import split_domain_port
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.http import require_safe

from leiden_site.provisioning import site_specs


def accepted_language(header: str) -> str | None:
    """The first of our languages the browser accepts, in its order of preference."""
    for code, _quality in parse_accept_lang_header(header):
        if code == "*":
            return None
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return None


def site_default_language(host: str) -> str:
    hostname, _port = split_domain_port(host)
    for spec in site_specs():
        if getattr(settings, spec.hostname_setting) == hostname:
            return spec.default_language
    return settings.LANGUAGE_CODE


@require_safe
def language_redirect(request):
    header = request.headers.get("Accept-Language", "")
    language = accepted_language(header) or site_default_language(request.get_host())
    response = HttpResponseRedirect(f"/{language}/")
    # Shared caches must not hand one visitor's language to the next.
    patch_vary_headers(response, ("Accept-Language",))
    return response
