"""Site-wide views: search, robots.txt, sitemap.xml and the error pages."""

import re

from django.conf import settings
from django.contrib.sitemaps.views import sitemap
from django.db.models import prefetch_related_objects
from django.http import HttpResponse, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views import csrf
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Site

from leiden_site.forms import TOKEN_REFUSED
from leiden_site.listing import paginate, with_renditions
from leiden_site.middleware import UNPREFIXED_PATHS
from leiden_site.models import SearchDocument, SiteIdentity
from leiden_site.page_cache import query_parameter, reads_query
from leiden_site.sitemap import PageSitemap

SEARCH_RESULTS_PER_PAGE = 10
# Fewer results than this and the search offers a spelling suggestion, if it has one.
FEW_RESULTS = 3
# Results each of the other sites shows below the visitor's own site's results.
OTHER_SITE_RESULTS = 3
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
    context = {"results_page": None, "promotions": [], "suggestion": "", "other_sites": []}

    if len(query_string) > SEARCH_QUERY_MAX_LENGTH:
        errors.append(
            _("Your search is too long; use at most %(count)d characters.")
            % {"count": SEARCH_QUERY_MAX_LENGTH}
        )

    terms = _search_terms(query_string)
    if terms and len(query_string) <= SEARCH_QUERY_MAX_LENGTH and site:
        context.update(_search_site(request, site, terms, errors))

    search_query = query_string[:SEARCH_QUERY_MAX_LENGTH]
    suggestion = context["suggestion"]
    status = 400 if errors and not context["results_page"] else 200
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": search_query,
            "errors": errors,
            "page_query": urlencode({"q": search_query}),
            "suggestion_url": f"{reverse('search')}?{urlencode({'q': suggestion})}",
            "results_query": suggestion if context.get("showing_suggestion") else search_query,
            **context,
        },
        status=status,
    )


def _search_site(request, site, terms: str, errors: list[str]) -> dict:
    """Results on the visitor's site (or for the corrected words, if the query found none),
    promotions, a spelling suggestion when little was found, and the other sites' results."""
    language = get_language()
    on_site = SearchDocument.objects.on_site(language, site)
    results = on_site.matching(terms)
    suggestion = on_site.spelling_suggestion(terms) if results.count() < FEW_RESULTS else ""
    showing_suggestion = bool(suggestion) and results.count() == 0
    if showing_suggestion:
        results = on_site.matching(_search_terms(suggestion))
    results_page = paginate(
        results, query_parameter(request, "page"), SEARCH_RESULTS_PER_PAGE, errors
    )
    found_terms = _search_terms(suggestion) if showing_suggestion else terms
    other_sites = _other_sites_results(site, language, found_terms)
    prefetch_related_objects(
        [*results_page, *(doc for _name, docs in other_sites for doc in docs)],
        with_renditions("image"),
    )
    query = Query.get(terms)
    query.add_hit()
    promotions = list(
        query.editors_picks.filter(page__path__startswith=site.root_page.path, page__live=True)
        .select_related("page")
        .order_by("sort_order")
    )
    return {
        "results_page": results_page,
        "promotions": promotions,
        "suggestion": suggestion,
        "showing_suggestion": showing_suggestion,
        "other_sites": other_sites,
    }


def _other_sites_results(site, language: str, terms: str) -> list[tuple[str, list]]:
    """(site name, a few results) for each other site with results, in site order."""
    others = list(Site.objects.exclude(pk=site.pk).select_related("root_page").order_by("pk"))
    names = {
        identity.site_id: identity.site_name
        for identity in SiteIdentity.objects.filter(site__in=others)
    }
    groups = []
    for other in others:
        found = list(
            SearchDocument.objects.on_site(language, other).matching(terms)[:OTHER_SITE_RESULTS]
        )
        if found:
            groups.append((names.get(other.pk) or other.site_name or other.hostname, found))
    return groups


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
