"""One test per patch in leiden_site.patches, and the version guard that protects them."""

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.http import Http404
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.admin.views.pages.listing import GenericPageFilterSet, PageFilterSet

from leiden_site import patches
from leiden_site.factories import StandardPageFactory
from tests.conftest import publish


def test_the_installed_versions_are_the_tested_ones():
    patches.check_versions()


def test_an_untested_version_stops_start_up(monkeypatch):
    monkeypatch.setitem(patches.TESTED_VERSIONS, "wagtail", ("9.1.0", ["8.0"]))
    with pytest.raises(ImproperlyConfigured, match="wagtail 9.1.0"):
        patches.check_versions()


def test_every_home_page_type_routes_by_url_path(sites):
    for site in sites.values():
        assert type(site.root_page.specific).route is patches.route_by_url_path


@pytest.fixture
def deep_page(brand_home):
    """A page three levels below the home page, with translated slugs."""
    parent = brand_home
    for level in range(3):
        parent = publish(
            StandardPageFactory(
                parent=parent,
                title_nl=f"Niveau {level}",
                slug_nl=f"niveau-{level}",
                title_en=f"Level {level}",
                slug_en=f"level-{level}",
            )
        )
    return parent


def test_a_deep_page_is_found_in_one_query_and_keeps_its_trail(rf, deep_page, brand_home):
    request = rf.get("/en/level-0/level-1/level-2/", HTTP_HOST="localhost")
    with translation.override("en"), CaptureQueriesContext(connection) as queries:
        route = brand_home.route(request, ["level-0", "level-1", "level-2"])
    assert route.page.pk == deep_page.pk
    page_queries = [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]
    # One query finds the page and its ancestors; one more loads its specific type.
    assert len(page_queries) <= 2, [q["sql"] for q in page_queries]
    assert [page.title for page in request.route_trail] == [
        brand_home.title,
        "Niveau 0",
        "Niveau 1",
        "Niveau 2",
    ]


def test_a_path_in_another_language_is_not_found(rf, deep_page, brand_home):
    request = rf.get("/en/niveau-0/", HTTP_HOST="localhost")
    with translation.override("en"), pytest.raises(Http404):
        brand_home.route(request, ["niveau-0"])


DATABASE_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "patch_test_cache",
    },
    "renditions": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
}


def url_queries(pages) -> int:
    """Queries made to build each page's URL without a request (as menus and cards do)."""
    with CaptureQueriesContext(connection) as queries:
        for page in pages:
            assert page.get_url() is not None
    return len(queries)


def test_site_root_paths_cost_no_query_per_link_on_the_database_cache(brand_home):
    """With the database cache every cache read is a query; building a URL must not
    cost one (the sitemap of the demo content once made well over a thousand)."""
    with override_settings(CACHES=DATABASE_CACHE):
        call_command("createcachetable", verbosity=0)
        pages = [
            publish(StandardPageFactory(parent=brand_home, slug_nl=f"pagina-{number}"))
            for number in range(12)
        ]
        url_queries(pages[:1])  # reads the generation and the paths once
        fresh = [type(page).objects.get(pk=page.pk) for page in pages]
        assert url_queries(fresh[:1]) == url_queries(fresh) == 0


def test_every_page_listing_offers_the_missing_translation_filter():
    # The filter's results are tested in test_translation_filter.py.
    for filterset in (PageFilterSet, GenericPageFilterSet):
        assert "missing_translation" in filterset.base_filters


def test_a_site_is_found_without_a_query_once_known(rf, sites):
    from wagtail.models import Site

    Site.find_for_request(rf.get("/nl/", HTTP_HOST="vvv.localhost"))
    with CaptureQueriesContext(connection) as captured:
        site = Site.find_for_request(rf.get("/nl/", HTTP_HOST="vvv.localhost"))
    assert site == sites["vvv"]
    assert not captured.captured_queries


def test_a_new_host_name_answers_at_once(client, sites):
    client.get("/nl/", HTTP_HOST="vvv.localhost")
    vvv = sites["vvv"]
    vvv.hostname = "toerisme.localhost"
    vvv.save()
    with override_settings(ALLOWED_HOSTS=["*"]):
        response = client.get("/nl/", HTTP_HOST="toerisme.localhost")
    assert "VVV Leiden" in response.text


def test_the_moderation_dialog_asks_before_approving():
    """What the moderator sees is tested in test_moderation_completeness.py; this one says
    which upstream view the patch replaces, so an upgrade that renames it fails here."""
    from wagtail.admin.views.pages.workflow import WorkflowActionView

    assert WorkflowActionView.post is patches.refuse_approving_incomplete_pages
    assert patches.upstream_workflow_action_post.__qualname__ == "WorkflowAction.post"
