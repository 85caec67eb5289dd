"""One test per patch in leiden_site.patches, and the version guard that protects them."""

import pytest

from django.core.exceptions import ImproperlyConfigured
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.utils import translation

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
