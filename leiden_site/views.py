"""Site-wide views: search, robots.txt, sitemap.xml and the error pages."""

import re

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import csrf
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Site

from leiden_site.forms import TOKEN_REFUSED
from leiden_site.listing import paginate
from leiden_site.middleware import UNPREFIXED_PATHS
from leiden_site.models import SearchDocument, SiteIdentity
from leiden_site.page_cache import query_parameter, reads_query
from leiden_site.sitemap import PageSitemap

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200
SEARCH_WORD = re.compile(r"\w+")


def _current_site(request) -> Site | None:
    return Site.find_for_request(request)


def _search_terms(query_string: str) -> str:
    """Words only: quotes and operators mean syntax to the full-text engines."""
    return " ".join(SEARCH_WORD.findall(query_string))


@require_safe
def search(request):
    site = _current_site(request)
    # NUL cannot be stored or searched anywhere; drop it rather than fail.
    query_string = (query_parameter(request, "q") or "").replace("\x00", "").strip()
    errors = []
    results_page = None
    promotions = []

    if len(query_string) > SEARCH_QUERY_MAX_LENGTH:
        errors.append(
            _("Your search is too long; use at most %(count)d characters.")
            % {"count": SEARCH_QUERY_MAX_LENGTH}
        )

    terms = _search_terms(query_string)
    if terms and len(query_string) <= SEARCH_QUERY_MAX_LENGTH and site:
        documents = (
            SearchDocument.objects.filter(
                language=get_language(), tree_path__startswith=site.root_page.path
            )
            .select_related("page")
            .search(terms, operator="and")
        )
        results_page = paginate(
            documents, query_parameter(request, "page"), SEARCH_RESULTS_PER_PAGE, errors
        )
        query = Query.get(terms)
        query.add_hit()
        promotions = list(
            query.editors_picks.filter(page__path__startswith=site.root_page.path, page__live=True)
            .select_related("page")
            .order_by("sort_order")
        )

    status = 400 if errors and not results_page else 200
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query_string[:SEARCH_QUERY_MAX_LENGTH],
            "results_page": results_page,
            "promotions": promotions,
            "errors": errors,
        },
        status=status,
    )


@require_safe
def robots_txt(request):
    reads_query(request)
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *[f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES],
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def sitemap_xml(request):
    site = _current_site(request)
    reads_query(request, "p")  # Django's sitemap view pages with ?p=
    return sitemap(request, sitemaps={"pages": PageSitemap(site, request)})


@require_safe
def csrf_token(request):
    """The token that site.js puts into the forms of pages served from the page cache."""
    response = JsonResponse({"token": get_token(request)})
    patch_cache_control(response, private=True, no_store=True)
    return response


def form_token_refused(request, reason=""):
    """CSRF_FAILURE_VIEW: a public form posted without a valid token (no JavaScript, a tab
    left open, cookies cleared) is shown again, filled in, with a fresh token.

    The page is served as a GET, so nothing is stored or sent; outside the public pages
    (the admin) Django's own refusal stands.
    """
    match = request.resolver_match
    if request.method != "POST" or match is None or request.path_info.startswith(UNPREFIXED_PATHS):
        return csrf.csrf_failure(request, reason)
    request.POST  # noqa: B018 - read before the method changes, to keep what was typed
    request.method = "GET"
    setattr(request, TOKEN_REFUSED, True)
    response = match.func(request, *match.args, **match.kwargs)
    if hasattr(response, "render"):
        response.render()
    response.status_code = 403
    return response


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No database look-ups here: the database may be why we are here.
    return render(request, "500.html", status=500)


@require_safe
def theme_css(request):
    """The site's colours as CSS custom properties, so pages need no inline style."""
    identity = SiteIdentity.for_request(request)
    response = HttpResponse(identity.theme_css, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response
